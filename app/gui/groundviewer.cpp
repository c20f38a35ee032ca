// SPDX-License-Identifier: EUPL-1.2
#include "groundviewer.h"

#include "adviceview.h"
#include "glossarylabel.h"
#include "pagestyle.h"
#include "ruleset.h"
#include "ruletextcontext.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace deelwijzer {

GroundViewer::GroundViewer(RuleTextContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("groundViewer"));
    m_citation = PageStyle::headingLabel(this, QStringLiteral("groundCitation"));
    m_citation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title = PageStyle::textLabel(this, QStringLiteral("groundTitle"));
    m_title->setFont(PageStyle::boldFont());
    m_law = PageStyle::textLabel(this, QStringLiteral("groundLaw"));
    m_role = PageStyle::textLabel(this, QStringLiteral("groundRole"));
    m_wordsCaption = PageStyle::textLabel(this, QStringLiteral("groundWordsCaption"));
    m_words = PageStyle::textLabel(this, QStringLiteral("groundWords"));
    QFont quoteFont = m_words->font();
    quoteFont.setItalic(true);
    m_words->setFont(quoteFont);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meaning = new GlossaryLabel(context, this);
    m_meaning->setObjectName(QStringLiteral("groundMeaning"));
    m_note = new GlossaryLabel(context, this);
    m_note->setObjectName(QStringLiteral("groundNote"));
    m_unsure = PageStyle::textLabel(this, QStringLiteral("groundUnsure"));
    m_urlLabel = new QLabel(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("groundUrl"));
    m_url->setReadOnly(true);
    m_urlLabel->setBuddy(m_url);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("groundOpenButton"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_openButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(PageStyle::spacing(this));
    layout->addWidget(m_citation);
    layout->addWidget(m_title);
    layout->addWidget(m_law);
    layout->addWidget(m_role);
    layout->addWidget(m_meaning);
    layout->addWidget(m_wordsCaption);
    layout->addWidget(m_words);
    layout->addWidget(m_note);
    layout->addWidget(m_unsure);
    layout->addWidget(m_urlLabel);
    layout->addLayout(urlRow);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QUrl url(m_url->text());
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            QDesktopServices::openUrl(url);
    });
    connect(m_context, &RuleTextContext::changed, this, &GroundViewer::render);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 22);
    retranslateUi();
}

void GroundViewer::showGround(const QString &groundId)
{
    m_groundId = groundId;
    render();
    show();
    raise();
    activateWindow();
    m_closeButton->setFocus();
}

QString GroundViewer::citationText() const
{
    return m_citation->accessibleName();
}

QString GroundViewer::urlText() const
{
    return m_url->text();
}

QString GroundViewer::wordsText() const
{
    return m_words->isHidden() ? QString() : m_words->text();
}

void GroundViewer::render()
{
    const RuleSet *rules = m_context->rules();
    const LegalGround *g = rules ? rules->ground(m_groundId) : nullptr;
    if (!g)
        return;
    const QString lang = m_context->language();
    const QString citation = rules->citation(*g, lang);
    m_citation->setText(PageStyle::heading(citation.toHtmlEscaped(), 1));
    m_citation->setAccessibleName(citation);
    m_title->setText(g->title.text(lang));
    if (const Law *law = rules->law(g->law))
        m_law->setText(tr("Law: %1").arg(law->name.text(lang)));
    else
        m_law->clear();
    m_law->setVisible(!m_law->text().isEmpty());
    const QString role = AdviceView::roleLabel(g->role, lang);
    m_role->setText(tr("Usual role: %1").arg(role));
    m_role->setVisible(!role.isEmpty());
    m_wordsCaption->setText(AdviceView::wordsCaption(*g, lang));
    m_words->setText(QStringLiteral("“%1”").arg(g->words));
    m_wordsCaption->setVisible(!g->words.isEmpty());
    m_words->setVisible(!g->words.isEmpty());
    m_meaning->setRuleText(g->meaning);
    m_note->setRuleText(g->note);
    m_note->setVisible(!g->note.isEmpty());
    m_unsure->setText(QStringLiteral("⚠ ") + tr("This ground is uncertain: sources differ or the law is unsettled. "
                                                 "Check it with your privacy officer or a lawyer."));
    m_unsure->setVisible(g->unsure);
    const QString url = rules->groundUrl(*g);
    m_url->setText(url);
    m_url->setVisible(!url.isEmpty());
    m_urlLabel->setVisible(!url.isEmpty());
    m_openButton->setVisible(!url.isEmpty());
    setWindowTitle(tr("Legal ground: %1").arg(citation));
}

void GroundViewer::retranslateUi()
{
    m_urlLabel->setText(tr("Official text (&link):"));
    m_url->setAccessibleName(tr("Link to the official text"));
    m_openButton->setText(tr("Open in &browser"));
    m_openButton->setToolTip(tr("Opens the link in your web browser. Deelwijzer itself never goes online."));
    m_openButton->setAccessibleName(tr("Open the official text in your web browser"));
    m_meaning->setAccessibleDescription(tr("What it means"));
    render();
}

void GroundViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace deelwijzer
