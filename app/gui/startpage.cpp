// SPDX-License-Identifier: EUPL-1.2
#include "startpage.h"

#include "adviceview.h"
#include "focusring.h"
#include "markuprenderer.h"
#include "pagestyle.h"
#include "ruleset.h"
#include "rulesetcontroller.h"
#include "reviewstatement.h"
#include "ruletextcontext.h"
#include "verdictstyle.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace deelwijzer {

StartPage::StartPage(RuleTextContext *context, RuleSetController *rules, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_rules(rules)
{
    new FocusRing(this); // texts and the scrolling page show where the focus is
    setObjectName(QStringLiteral("startPage"));
    auto *content = new PageContent;
    content->setObjectName(QStringLiteral("startContent"));

    m_title = PageStyle::headingLabel(content, QStringLiteral("startTitle"));
    m_intro = PageStyle::textLabel(content, QStringLiteral("startIntro"));

    // Restore offer after a crash.
    m_restoreBox = new QFrame(content);
    m_restoreBox->setObjectName(QStringLiteral("restoreBox"));
    m_restoreBox->setFrameShape(QFrame::StyledPanel);
    m_restoreBox->setFrameShadow(QFrame::Plain);
    m_restoreBox->setLineWidth(2);
    m_restoreText = PageStyle::textLabel(m_restoreBox, QStringLiteral("restoreText"));
    m_restoreButton = new QPushButton(m_restoreBox);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_discardButton = new QPushButton(m_restoreBox);
    m_discardButton->setObjectName(QStringLiteral("discardRestoreButton"));
    auto *restoreIcon = new QLabel(m_restoreBox);
    restoreIcon->setPixmap(VerdictStyle::warningPixmap(24));
    auto *restoreLayout = new QGridLayout(m_restoreBox);
    restoreLayout->addWidget(restoreIcon, 0, 0, Qt::AlignTop);
    restoreLayout->addWidget(m_restoreText, 0, 1, 1, 3);
    restoreLayout->addWidget(m_restoreButton, 1, 1);
    restoreLayout->addWidget(m_discardButton, 1, 2);
    restoreLayout->setColumnStretch(3, 1);
    m_restoreBox->hide();

    // The ways in. Further entries (training) are added with addEntry().
    m_newButton = new QPushButton(content);
    m_newButton->setObjectName(QStringLiteral("newAdviceButton"));
    m_newButton->setAutoDefault(true);
    m_newButton->setDefault(true);
    m_openButton = new QPushButton(content);
    m_openButton->setObjectName(QStringLiteral("openAdviceButton"));
    m_openButton->setAutoDefault(true);
    m_continueButton = new QPushButton(content);
    m_continueButton->setObjectName(QStringLiteral("continueAdviceButton"));
    m_continueButton->setAutoDefault(true);
    m_continueButton->hide();
    m_entries = new QGridLayout;
    m_entryButtons = {m_continueButton, m_newButton, m_openButton};
    layoutEntries();

    // Role (profile).
    m_roleLabel = new QLabel(content);
    m_roleCombo = new QComboBox(content);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roleLabel->setBuddy(m_roleCombo);
    m_roleHelp = PageStyle::textLabel(content);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_roleLabel);
    roleRow->addWidget(m_roleCombo);
    roleRow->addStretch(1);

    // Recent files.
    m_recentTitle = PageStyle::headingLabel(content, QStringLiteral("recentTitle"));
    m_recentList = new QListWidget(content);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setWordWrap(true);
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_recentEmpty = PageStyle::textLabel(content, QStringLiteral("recentEmpty"));

    // Rules in use.
    m_rulesTitle = PageStyle::headingLabel(content, QStringLiteral("rulesTitle"));
    m_rulesInfo = PageStyle::textLabel(content, QStringLiteral("rulesInfo"));
    m_rulesInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rulesStatus = PageStyle::textLabel(content, QStringLiteral("rulesStatus"));
    m_chooseRulesButton = new QPushButton(content);
    m_chooseRulesButton->setObjectName(QStringLiteral("chooseRulesButton"));
    m_chooseRulesButton->setAutoDefault(true);
    m_builtinRulesButton = new QPushButton(content);
    m_builtinRulesButton->setObjectName(QStringLiteral("builtinRulesButton"));
    m_builtinRulesButton->setAutoDefault(true);
    auto *rulesButtons = new QHBoxLayout;
    rulesButtons->addWidget(m_chooseRulesButton);
    rulesButtons->addWidget(m_builtinRulesButton);
    rulesButtons->addStretch(1);

    m_disclaimer = PageStyle::textLabel(content, QStringLiteral("disclaimer"));

    auto *column = new QVBoxLayout(content);
    const int gap = PageStyle::spacing(this);
    column->setSpacing(gap);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addWidget(m_restoreBox);
    column->addLayout(m_entries);
    column->addSpacing(gap);
    column->addLayout(roleRow);
    column->addWidget(m_roleHelp);
    column->addSpacing(gap);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recentList);
    column->addWidget(m_recentEmpty);
    column->addSpacing(gap);
    column->addWidget(m_rulesTitle);
    column->addWidget(m_rulesInfo);
    column->addWidget(m_rulesStatus);
    column->addLayout(rulesButtons);
    column->addSpacing(gap);
    column->addWidget(m_disclaimer);
    column->addStretch(1);

    m_content = content;
    // Paragraphs keep a readable line length; rows of buttons may be wider than that.
    m_readable = {m_intro, m_restoreBox, m_roleHelp, m_recentList, m_recentEmpty, m_rulesInfo, m_rulesStatus,
                  m_disclaimer};
    updateReadableWidth();
    QScrollArea *scroll = PageStyle::scrollArea(this, content, QStringLiteral("startScroll"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_newButton, &QPushButton::clicked, this, &StartPage::newAdviceRequested);
    connect(m_continueButton, &QPushButton::clicked, this, &StartPage::continueRequested);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_restoreButton, &QPushButton::clicked, this, &StartPage::restoreRequested);
    connect(m_discardButton, &QPushButton::clicked, this, &StartPage::discardRestoreRequested);
    connect(m_chooseRulesButton, &QPushButton::clicked, this, &StartPage::chooseRulesRequested);
    connect(m_builtinRulesButton, &QPushButton::clicked, this, &StartPage::builtinRulesRequested);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_roleCombo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT roleChanged(m_roleCombo->itemData(index).toString()); });
    connect(m_context, &RuleTextContext::changed, this, &StartPage::updateRulesInfo);
    retranslateUi();
}

void StartPage::addEntry(QAbstractButton *button)
{
    button->setParent(m_content);
    m_entryButtons.append(button);
    layoutEntries();
}

void StartPage::layoutEntries()
{
    // As many buttons on a row as fit (at 200% text they no longer fit on one).
    const int available = std::max(m_content ? m_content->width() : width(), fontMetrics().averageCharWidth() * 30)
                          - 2 * PageStyle::spacing(this);
    QList<QPoint> places; // (column, row) of each button, (-1, -1) when hidden
    int row = 0;
    int column = 0;
    int used = 0;
    for (QAbstractButton *button : std::as_const(m_entryButtons)) {
        // Explicitly hidden (e.g. "continue" with no advice open): no place on a row.
        if (button->testAttribute(Qt::WA_WState_ExplicitShowHide) && button->testAttribute(Qt::WA_WState_Hidden)) {
            places.append({-1, -1});
            continue;
        }
        const int needed = button->sizeHint().width() + std::max(m_entries->horizontalSpacing(), 0);
        if (column > 0 && used + needed > available) {
            ++row;
            column = 0;
            used = 0;
        }
        places.append({column++, row});
        used += needed;
    }
    if (places == m_entryPlaces)
        return; // unchanged: re-adding would only ask for another layout pass
    m_entryPlaces = places;
    while (m_entries->count() > 0)
        delete m_entries->takeAt(0);
    int columns = 0;
    for (qsizetype i = 0; i < m_entryButtons.size(); ++i) {
        if (places[i].x() >= 0) {
            m_entries->addWidget(m_entryButtons[i], places[i].y(), places[i].x());
            columns = std::max(columns, places[i].x() + 1);
        }
    }
    // An empty last column takes the spare width, so the buttons keep their natural size.
    const int lastColumn = std::max(m_entries->columnCount(), columns + 1);
    for (int c = 0; c < lastColumn; ++c)
        m_entries->setColumnStretch(c, c == columns ? 1 : 0);
}

void StartPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutEntries();
}

void StartPage::updateReadableWidth()
{
    const int width = fontMetrics().averageCharWidth() * 110;
    for (QWidget *widget : std::as_const(m_readable))
        widget->setMaximumWidth(width);
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recentPaths = paths;
    updateRecent();
}

void StartPage::updateRecent()
{
    m_recentList->clear();
    for (const QString &path : std::as_const(m_recentPaths)) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1 (in %2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    // As tall as its entries (at most six), not a big empty box.
    if (!m_recentPaths.isEmpty()) {
        const int rows = int(std::min<qsizetype>(m_recentPaths.size(), 6));
        const int rowHeight = std::max(m_recentList->sizeHintForRow(0), fontMetrics().height() + 4);
        m_recentList->setFixedHeight(rows * rowHeight + 2 * m_recentList->frameWidth() + fontMetrics().height() / 2);
    }
    m_recentList->setVisible(!m_recentPaths.isEmpty());
    m_recentEmpty->setVisible(m_recentPaths.isEmpty());
}

void StartPage::setRoles(const QList<QPair<QString, QString>> &roles, const QString &current)
{
    m_roleCombo->clear();
    m_roleCombo->addItem(tr("Ask me every time"), QString());
    for (const auto &role : roles)
        m_roleCombo->addItem(role.second, role.first);
    const int index = m_roleCombo->findData(current);
    m_roleCombo->setCurrentIndex(index < 0 ? 0 : index);
}

QString StartPage::role() const
{
    return m_roleCombo->currentData().toString();
}

void StartPage::setRestoreOffer(const QDateTime &when)
{
    m_restoreTime = when;
    m_restoreBox->setVisible(when.isValid());
    retranslateUi();
    if (when.isValid())
        m_restoreButton->setFocus();
}

void StartPage::setContinueOffer(bool on)
{
    m_continueButton->setVisible(on);
    layoutEntries();
}

QAbstractButton *StartPage::preferredButton() const
{
    if (isRestoreOffered())
        return m_restoreButton;
    if (!m_continueButton->isHidden())
        return m_continueButton;
    return m_newButton;
}

bool StartPage::isRestoreOffered() const
{
    return !m_restoreBox->isHidden();
}

void StartPage::updateRulesInfo()
{
    const RuleSet *rules = m_context->rules();
    if (!rules) {
        m_rulesInfo->setText(tr("No rule set is loaded."));
        m_rulesStatus->clear();
        m_builtinRulesButton->setVisible(true);
        return;
    }
    const QString lang = m_context->language();
    const RuleSetInfo &info = rules->info();
    QString where = m_rules->isBuiltin() ? tr("built into Deelwijzer")
                                         : tr("from the folder %1").arg(QDir::toNativeSeparators(m_rules->origin()));
    QString text = tr("%1 (id %2, version %3), %4.").arg(rules->displayName(lang), info.id, info.version, where);
    if (info.validFrom.isValid())
        text += QLatin1Char(' ') + tr("Describes the law as of %1.").arg(QLocale().toString(info.validFrom, QLocale::LongFormat));
    m_rulesInfo->setText(text);

    const QString status = AdviceView::statusLabel(info.status, lang);
    const MarkupRenderer renderer(rules, lang);
    const QString note = renderer.plain(info.statusNote);
    m_rulesStatus->setText((note.isEmpty() ? tr("Status: %1.").arg(status) : tr("Status: %1. %2").arg(status, note))
                           + QLatin1Char('\n') + ReviewStatement::text(*rules, lang));
    m_builtinRulesButton->setVisible(!m_rules->isBuiltin());
}

void StartPage::retranslateUi()
{
    m_title->setText(PageStyle::heading(tr("May I share this information?").toHtmlEscaped(), 1));
    m_intro->setText(tr("Deelwijzer helps you decide whether, how and on which legal ground you may share personal "
                        "data in a case of (possible) human trafficking. You answer questions about your role and "
                        "the situation, one at a time; never about names."));
    m_restoreText->setText(
        tr("Deelwijzer was not closed normally. Your unfinished advice of %1 was kept. Do you want to continue it?")
            .arg(QLocale().toString(m_restoreTime, QLocale::ShortFormat)));
    m_restoreButton->setText(tr("&Restore the unfinished advice"));
    m_discardButton->setText(tr("Discard it"));
    m_newButton->setText(tr("Start a &new advice"));
    m_continueButton->setText(tr("&Continue the current advice"));
    m_openButton->setText(tr("&Open a saved advice…"));
    m_roleLabel->setText(tr("Your &role:"));
    m_roleCombo->setAccessibleName(tr("Your role"));
    if (m_roleCombo->count() > 0)
        m_roleCombo->setItemText(0, tr("Ask me every time"));
    m_roleHelp->setText(tr("Filled in for you on every new advice; you can still change it in the advice."));
    m_recentTitle->setText(PageStyle::heading(tr("Recently saved advices").toHtmlEscaped(), 2));
    m_recentList->setAccessibleName(tr("Recently saved advices"));
    m_recentEmpty->setText(tr("No saved advices yet."));
    m_rulesTitle->setText(PageStyle::heading(tr("Rules in use").toHtmlEscaped(), 2));
    m_chooseRulesButton->setText(tr("Use rules from a &folder…"));
    m_builtinRulesButton->setText(tr("Use the &built-in rules"));
    m_disclaimer->setText(tr("The advice supports your professional judgement; it does not replace it. When in doubt, "
                             "ask your privacy officer (FG) or a lawyer."));
    updateRecent();
    updateRulesInfo();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The buttons' new words have other widths: place them on rows again, now and once
        // the buttons others retranslate (training) have their new text too.
        layoutEntries();
        QTimer::singleShot(0, this, &StartPage::layoutEntries);
    } else if (event->type() == QEvent::FontChange) {
        updateReadableWidth();
        updateRecent();
        layoutEntries();
    }
    QWidget::changeEvent(event);
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateRulesInfo();
}

} // namespace deelwijzer
