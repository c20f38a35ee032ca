// SPDX-License-Identifier: EUPL-1.2
#include "reviewbookaction.h"

#include "diagnostics.h"
#include "reviewbookbuilder.h"
#include "reviewbookdialog.h"
#include "ruleset.h"
#include "rulesetloader.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace deelwijzer {

ReviewBookAction::ReviewBookAction(std::function<const RuleSet *()> rules, Settings *settings, QWidget *window)
    : QAction(window)
    , m_rules(std::move(rules))
    , m_settings(settings)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionExportReviewBook"));
    window->installEventFilter(this);
    retranslate();
    connect(this, &QAction::triggered, this, &ReviewBookAction::exportBook);
}

bool ReviewBookAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::eventFilter(watched, event);
}

void ReviewBookAction::retranslate()
{
    setText(tr("Export revie&w book…"));
    setStatusTip(tr("The whole rule set as one document for legal review and sign-off"));
}

QString ReviewBookAction::write(const RuleSet &rules, const QString &path, const QString &languageId,
                                const QString &sinceFolder)
{
    ReviewBookRequest request;
    request.rules = &rules;
    request.reviews = request.rules->info().reviews;
    request.language = reportLanguageFromId(languageId).value_or(ReportLanguage::Dutch);
    request.created = QDateTime::currentDateTime();
    request.cases = casesOf(rules, rules.origin() + QStringLiteral("/cases"));
    std::shared_ptr<const RuleSet> earlier;
    if (!sinceFolder.isEmpty()) {
        const RuleSetLoadResult loaded = RuleSetLoader::loadFolder(sinceFolder);
        if (!loaded.ok()) {
            QString problem;
            for (const Diagnostic &d : loaded.diagnostics.items()) {
                if (d.severity == Diagnostic::Severity::Error) {
                    problem = d.toString();
                    break;
                }
            }
            return tr("The earlier rules in %1 could not be loaded: %2").arg(sinceFolder, problem);
        }
        earlier = loaded.ruleSet;
        Diagnostics diagnostics; // case files that cannot be read are left out; `check` reports them
        request.since = changesSince(*earlier, sinceFolder, rules, rules.origin(), diagnostics);
    }
    QString error;
    return writeReviewBook(request, path, &error) ? QString() : error;
}

void ReviewBookAction::exportBook()
{
    const RuleSet *rules = m_rules();
    if (!rules)
        return;
    ReviewBookDialog dialog(m_settings, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("deelwijzer-review-book-%1-%2.pdf").arg(rules->info().id, rules->info().version);
    const QString pdfFilter = tr("PDF files (*.pdf)");
    QString chosenFilter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export review book"), QDir(folder).filePath(suggested),
                                                pdfFilter + QStringLiteral(";;") + tr("Web pages (*.html)"), &chosenFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html"))
        path += chosenFilter == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".html");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = write(*rules, path, dialog.languageId(), dialog.sinceFolder());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export review book"), tr("The review book could not be saved.\n\n%1").arg(error));
}

} // namespace deelwijzer
