// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"
#include "localizedtext.h"
#include "ruleformat.h"
#include "ruleset.h"
#include "yamldocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace deelwijzer {

/// A text that contains markup, kept with its place so references can be checked once the
/// whole rule set is read.
struct MarkupText
{
    SourceLocation location;
    QString text;
};

/// Reads typed values out of YamlNodes and reports schema problems (wrong type, unknown or
/// missing keys, invalid ids, missing translations) at the node's position.
class SchemaReader
{
    Q_DECLARE_TR_FUNCTIONS(SchemaReader)
public:
    explicit SchemaReader(Diagnostics &diagnostics) : m_diagnostics(diagnostics) {}

    void setLanguages(const QStringList &languages) { m_languages = languages; }

    bool expectMapping(const YamlNode &node, const QString &what);
    /// `what` is an untranslated QT_TRANSLATE_NOOP("SchemaReader", ...) text, translated only
    /// when there is something to report (this runs for every entry of a large rule set).
    bool expectMapping(const YamlNode &node, const char *what);
    /// Reports keys not in `allowed` (with a "did you mean" suggestion) and missing `required` keys.
    void checkKeys(const YamlNode &node, std::span<const char *const> allowed, std::span<const char *const> required,
                   const QString &what);
    void checkKeys(const YamlNode &node, std::initializer_list<const char *> allowed,
                   std::initializer_list<const char *> required, const QString &what)
    {
        checkKeys(node, std::span<const char *const>(allowed.begin(), allowed.size()),
                  std::span<const char *const>(required.begin(), required.size()), what);
    }
    /// Checks `node` against one of the rule format's key tables (ruleformat.h).
    void checkKeys(const YamlNode &node, const RuleKeys &keys, const QString &what)
    {
        checkKeys(node, keys.allowed, keys.required, what);
    }
    void unknownKey(const YamlNode &key, const QStringList &allowed, const QString &what);
    void typeError(const YamlNode &node, const QString &expected, const QString &field);

    QString readString(const YamlNode &node, const QString &field);
    QString readId(const YamlNode &node, const QString &field);
    /// `what` as for expectMapping(const char *): e.g. "question id".
    QString readId(const YamlNode &node, const char *what);
    QStringList readIdList(const YamlNode &node, const QString &field);
    QDate readDate(const YamlNode &node, const QString &field);
    LocalizedText readText(const YamlNode &node, const QString &field);
    /// Nesting is bounded by YamlDocument::MaxDepth, so the recursion is too.
    Condition readCondition(const YamlNode &node);

    // Optional fields of a mapping: empty when absent.
    QString readStringField(const YamlNode &parent, const QString &field);
    QString readIdField(const YamlNode &parent, const QString &field);
    QString readUrlField(const YamlNode &parent, const QString &field);
    QStringList readIdListField(const YamlNode &parent, const QString &field);
    LocalizedText readTextField(const YamlNode &parent, const QString &field);
    bool readBoolField(const YamlNode &parent, const QString &field);

    /// Texts read so far that contain `[[`, for RuleSetValidator's markup check.
    const std::vector<MarkupText> &markupTexts() const { return m_markupTexts; }

    /// Where `field` stands in `parent`, or the parent's own place when it is absent.
    static SourceLocation fieldLocation(const YamlNode &parent, const QString &field);
    static bool isValidId(const QString &id);
    /// Words with a meaning of their own in conditions, which cannot be question ids.
    static bool isReservedWord(const QString &id);

private:
    Diagnostics &m_diagnostics;
    QStringList m_languages;
    std::vector<MarkupText> m_markupTexts;
};

} // namespace deelwijzer
