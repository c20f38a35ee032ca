// SPDX-License-Identifier: EUPL-1.2
#include "reviewbookaction.h"

#include "reviewbookbuilder.h"
#include "ruleset.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace deelwijzer {

ReviewBookAction::ReviewBookAction(std::function<const RuleSet *()> rules, QWidget *window)
    : QAction(window)
    , m_rules(std::move(rules))
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
    setText(tr("Export &review book…"));
    setStatusTip(tr("The whole rule set as one document for legal review and sign-off"));
}

QString ReviewBookAction::write(const RuleSet &rules, const QString &path, const QString &languageId)
{
    ReviewBookRequest request;
    request.rules = &rules;
    request.reviews = request.rules->info().reviews;
    request.language = reportLanguageFromId(languageId).value_or(ReportLanguage::Dutch);
    request.created = QDateTime::currentDateTime();
    request.cases = casesOf(rules, rules.origin() + QStringLiteral("/cases"));
    QString error;
    return writeReviewBook(request, path, &error) ? QString() : error;
}

void ReviewBookAction::exportBook()
{
    const RuleSet *rules = m_rules();
    if (!rules)
        return;
    const QStringList languages{tr("Dutch"), tr("English"), tr("Dutch and English")};
    const QStringList languageIds{QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("both")};
    bool ok = false;
    const QString language = QInputDialog::getItem(m_window, tr("Export review book"), tr("Language of the review book:"),
                                                   languages, 0, false, &ok);
    if (!ok)
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
    const QString error = write(*rules, path, languageIds.value(languages.indexOf(language)));
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export review book"), tr("The review book could not be saved.\n\n%1").arg(error));
}

} // namespace deelwijzer
