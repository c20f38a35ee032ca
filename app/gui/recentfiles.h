// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace deelwijzer {

class AdviceDocument;
class DocumentPrompts;
class MainActions;
class Settings;
class StartPage;

/// The recently opened advices, listed in File > Open recent and on the start page as the
/// settings keep them; choosing one opens it (after asking to save the advice in progress).
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    RecentFiles(Settings *settings, AdviceDocument *document, DocumentPrompts *prompts, MainActions *actions,
                StartPage *startPage);

    /// Lists the files the settings keep.
    void update();

private:
    void open(const QString &path);

    Settings *m_settings;
    DocumentPrompts *m_prompts;
    MainActions *m_actions;
    StartPage *m_startPage;
};

} // namespace deelwijzer
