// SPDX-License-Identifier: EUPL-1.2
#include "aboutboxes.h"

#include "adviceview.h"
#include "markuprenderer.h"
#include "ruleset.h"

#include <QMessageBox>

namespace deelwijzer {

void AboutBoxes::showRules(QWidget *parent, const RuleSet &rules, const QString &language)
{
    const RuleSetInfo &info = rules.info();
    const MarkupRenderer renderer(&rules, language);
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(rules.displayName(language).toHtmlEscaped(),
                            tr("Id %1, version %2, status %3.").arg(info.id, info.version, AdviceView::statusLabel(info.status, language)).toHtmlEscaped(),
                            renderer.plain(info.statusNote).toHtmlEscaped(),
                            tr("Fingerprint (SHA-256): %1").arg(rules.fingerprint()).toHtmlEscaped());
    QMessageBox box(QMessageBox::Information, tr("About the rules in use"), text, QMessageBox::Close, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void AboutBoxes::showApp(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Deelwijzer"),
                       tr("<h3>Deelwijzer %1</h3><p>Helps professionals decide whether, how and on which legal ground "
                          "they may share personal data in a case of human trafficking.</p><p>Deelwijzer works "
                          "entirely on this computer: it never goes online and stores your files readable by you "
                          "alone. The advice supports your professional judgement; it does not replace it.</p>")
                           .arg(QStringLiteral(DEELWIJZER_VERSION)));
}

} // namespace deelwijzer
