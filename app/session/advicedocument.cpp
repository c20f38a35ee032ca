// SPDX-License-Identifier: EUPL-1.2
#include "advicedocument.h"

#include "advicesession.h"
#include "autosave.h"
#include "casefile.h"
#include "ruleset.h"
#include "settings.h"

#include <QFileInfo>

namespace deelwijzer {

AdviceDocument::AdviceDocument(Settings *settings, const QString &autosaveFolder, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_session(new AdviceSession(this))
    , m_autosave(new Autosave(autosaveFolder, this))
{
}

AdviceDocument::~AdviceDocument() = default;

void AdviceDocument::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = rules;
    m_session->setRules(std::move(rules));
}

void AdviceDocument::startNew()
{
    m_autosave->discard();
    m_session->start();
}

bool AdviceDocument::open(const QString &path, Diagnostics &diagnostics)
{
    if (!m_rules)
        return false;
    const bool ok = restore(CaseFile::read(path, diagnostics), diagnostics, Source::File, QFileInfo(path).absoluteFilePath());
    if (!ok && m_settings) {
        m_settings->removeRecentFile(path);
        m_settings->sync();
        Q_EMIT recentFilesChanged();
    }
    if (ok)
        remember(path);
    return ok;
}

bool AdviceDocument::restoreAutosave(Diagnostics &diagnostics)
{
    if (!m_rules)
        return false;
    return restore(m_autosave->load(diagnostics), diagnostics, Source::Autosave, m_autosave->originalPath());
}

bool AdviceDocument::restore(std::optional<CaseFile> file, Diagnostics &diagnostics, Source source, const QString &path)
{
    if (file)
        file->checkAgainst(*m_rules, diagnostics);
    if (!file || diagnostics.hasErrors())
        return false;
    file->path = path;
    Q_EMIT aboutToRestore(source);
    // An opened file holds everything: the copy of earlier work goes. A restored copy is kept
    // until its work is saved, since it is not saved anywhere else.
    if (source == Source::File)
        m_autosave->discard();
    m_session->restore(*file);
    if (source == Source::Autosave)
        m_session->setModified(true);
    Q_EMIT restored(source);
    return true;
}

bool AdviceDocument::save(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_session->toCaseFile().save(absolute, error))
        return false;
    m_session->setFilePath(absolute);
    m_session->setModified(false);
    m_autosave->discard();
    remember(absolute);
    Q_EMIT saved(absolute);
    return true;
}

void AdviceDocument::remember(const QString &path)
{
    if (!m_settings)
        return;
    m_settings->addRecentFile(path);
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    m_settings->sync();
    Q_EMIT recentFilesChanged();
}

void AdviceDocument::autosaveNow()
{
    if (!m_session->isStarted() || !m_session->isModified())
        return; // nothing to keep, or the saved file holds everything
    m_autosave->setOriginalPath(m_session->filePath());
    m_autosave->save(m_session->toCaseFile());
}

bool AdviceDocument::hasAutosave() const
{
    return m_autosave->exists();
}

QDateTime AdviceDocument::autosaveTime() const
{
    return m_autosave->exists() ? m_autosave->lastSaved() : QDateTime();
}

void AdviceDocument::discardAutosave()
{
    m_autosave->discard();
}

void AdviceDocument::discardChanges()
{
    m_autosave->discard();
    m_session->setModified(false);
}

void AdviceDocument::close()
{
    if (!m_session->isModified())
        m_autosave->discard();
}

QString AdviceDocument::folder() const
{
    if (!m_session->filePath().isEmpty())
        return QFileInfo(m_session->filePath()).absolutePath();
    return m_settings ? m_settings->lastFolder() : QString();
}

} // namespace deelwijzer
