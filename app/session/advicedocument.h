// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "casefile.h"
#include "diagnostics.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace deelwijzer {

class AdviceSession;
class Autosave;
class RuleSet;
class Settings;

/// The advice as a document: new, open, save, autosave and restore of the AdviceSession, with
/// the recent files and folder in the Settings. Widget-free: the window asks the questions
/// (save first? restore the copy?) and shows what went wrong; this class does the work and
/// never loses it (a file that does not open changes nothing; the autosave copy goes only
/// when the work is safe or the user discarded it).
class AdviceDocument : public QObject
{
    Q_OBJECT

public:
    enum class Source { File, Autosave };

    /// `settings` (may be null: no recent files) must outlive the document. `autosaveFolder`
    /// empty: AppDataLocation.
    explicit AdviceDocument(Settings *settings, const QString &autosaveFolder = QString(), QObject *parent = nullptr);
    ~AdviceDocument() override;

    AdviceSession *session() const { return m_session; }
    Autosave *autosave() const { return m_autosave; }

    /// The rules new and opened advices are checked against (the session starts over).
    void setRules(std::shared_ptr<const RuleSet> rules);

    /// Starts a new, empty advice. The autosave copy is discarded: ask the user first.
    void startNew();
    /// Opens the advice saved in `path`; false with `diagnostics` (naming file and line) when it
    /// cannot be read or does not fit the rules: then nothing changed and the file leaves the
    /// recent files.
    bool open(const QString &path, Diagnostics &diagnostics);
    /// Restores the copy autosaved after a crash (unsaved again); false with `diagnostics` when
    /// it cannot be read or no longer fits the rules (the copy is kept).
    bool restoreAutosave(Diagnostics &diagnostics);
    /// Saves the advice to `path` (made absolute); false with `error`.
    bool save(const QString &path, QString *error = nullptr);

    /// Writes the autosave copy when there are unsaved changes.
    void autosaveNow();
    bool hasAutosave() const;
    QDateTime autosaveTime() const;
    void discardAutosave();
    /// The user chose not to keep the unsaved changes.
    void discardChanges();
    /// The program closes normally: with nothing unsaved the autosave copy is not needed.
    void close();

    /// The folder to offer in file dialogs: the advice's own, else the last one used.
    QString folder() const;

Q_SIGNALS:
    /// An advice from `source` replaces the one in the session (before it is restored).
    void aboutToRestore(deelwijzer::AdviceDocument::Source source);
    /// The advice from `source` is in the session.
    void restored(deelwijzer::AdviceDocument::Source source);
    /// Saved to `path` (absolute).
    void saved(const QString &path);
    /// The recent files in the settings changed.
    void recentFilesChanged();

private:
    /// The one way a saved advice (a file or the autosave copy) comes back into the session.
    bool restore(std::optional<CaseFile> file, Diagnostics &diagnostics, Source source, const QString &path);
    void remember(const QString &path);

    Settings *m_settings;
    AdviceSession *m_session;
    Autosave *m_autosave;
    std::shared_ptr<const RuleSet> m_rules;
};

} // namespace deelwijzer
