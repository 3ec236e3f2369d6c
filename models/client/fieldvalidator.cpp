#include "client/fieldvalidator.h"

#include "core/applicationrules.h"
#include "core/normalizer.h"

#include <QRegularExpression>

namespace {

// Keeps the cursor where the person left it when normalisation changes the
// length (a removed hyphen before the cursor moves it one to the left).
void replaceKeepingCursor(QString &input, int &pos, const QString &normalised,
                          QString (*normalise)(const QString &))
{
    if (normalised == input)
        return;
    const int before = int(normalise(input.left(pos)).size());
    input = normalised;
    pos = qBound(0, before, int(input.size()));
}

} // namespace

FieldValidator::FieldValidator(const FieldSpec &spec, QObject *parent)
    : QValidator(parent)
    , m_spec(spec)
{}

QValidator::State FieldValidator::validate(QString &input, int &pos) const
{
    const bool severalAtOnce = input.size() > m_last.size() + 1;
    putOnOneLine(input, pos);
    State state = check(input, pos);
    // A paste the field cannot take as it is stays on screen, and the
    // message under the field says what is wrong with it (docs/decisions.md).
    if (state == Invalid && severalAtOnce)
        state = Intermediate;
    if (state != Invalid)
        m_last = input;
    return state;
}

void FieldValidator::putOnOneLine(QString &input, int &pos)
{
    replaceKeepingCursor(input, pos, Normalizer::onOneLine(input), &Normalizer::onOneLine);
}

QValidator::State FieldValidator::check(QString &input, int &pos) const
{
    switch (m_spec.kind) {
    case FieldKind::PostalCode: {
        // A code with its address after it, pasted whole: kept as it is, for
        // the page to part (PostalAutofill) or to say what is wrong with it.
        if (Normalizer::postalCodeAndAddress(input))
            return Intermediate;
        replaceKeepingCursor(input, pos, Normalizer::postalCodeCharacters(input),
                             &Normalizer::postalCodeCharacters);
        const QString v = input.trimmed();
        const qsizetype hyphen = v.indexOf(u'-');
        QString digits = v;
        digits.remove(u'-');
        if (!Normalizer::isAsciiDigits(digits) || digits.size() > 7 || v.count(u'-') > 1 ||
            (hyphen >= 0 && hyphen != 3))
            return Invalid;
        if (v.isEmpty())
            return m_spec.required ? Intermediate : Acceptable;
        return digits.size() == 7 ? Acceptable : Intermediate;
    }
    case FieldKind::Phone:
    case FieldKind::Mobile: {
        replaceKeepingCursor(input, pos, Normalizer::phoneCharacters(input),
                             &Normalizer::phoneCharacters);
        const QString v = input.trimmed();
        if (v.isEmpty())
            return m_spec.required ? Intermediate : Acceptable;
        // "+81" on its way (it becomes 0 once typed), and an extension, which
        // is kept on screen so that its message can say why it cannot stay.
        static const QRegularExpression onItsWay(
            QStringLiteral("^(\\+8?|[0-9]{1,11}\\s*(内線?|(?i)e(xt?\\.?)?|x|#)\\s*[0-9]*)$"));
        if (onItsWay.match(v).hasMatch())
            return Intermediate;
        if (!Normalizer::isAsciiDigits(v) || v.size() > 11)
            return Invalid;
        return ApplicationRules::checkValue(m_spec, v).isEmpty() ? Acceptable : Intermediate;
    }
    case FieldKind::Email:
    case FieldKind::EmailConfirmation: {
        const QString normalised = Normalizer::emailCharacters(input);
        // A key typed never vanishes: a comma hit for the dot beside it
        // (taro@example, on its way to taro@example,co.jp) stays for the
        // message to point at; taken away as a paste's trailing punctuation
        // is, it left another valid address (exampleco.jp), a stranger's.
        const bool keyVanishes = normalised != input && input.size() == m_last.size() + 1 &&
                                 normalised == Normalizer::emailCharacters(m_last);
        if (!keyVanishes)
            replaceKeepingCursor(input, pos, normalised, &Normalizer::emailCharacters);
        // Never Invalid: refusing a paste would silently lose what was typed;
        // the message under the field says what is wrong instead.
        return ApplicationRules::checkValue(m_spec, input.trimmed()).isEmpty() ? Acceptable
                                                                               : Intermediate;
    }
    case FieldKind::Units: {
        const QString v = Normalizer::phoneCharacters(input);
        if (!Normalizer::isAsciiDigits(v) || v.size() > 2)
            return Invalid;
        if (v.isEmpty())
            return Intermediate;
        input = v;
        pos = qMin(pos, int(input.size()));
        return ApplicationRules::checkUnits(v.toInt()).isEmpty() ? Acceptable : Intermediate;
    }
    case FieldKind::Text:
    case FieldKind::Prefecture:
        return ApplicationRules::checkValue(m_spec, input.trimmed()).isEmpty() ? Acceptable
                                                                               : Intermediate;
    }
    return Intermediate;
}

void FieldValidator::fixup(QString &input) const
{
    switch (m_spec.kind) {
    case FieldKind::PostalCode:
        input = Normalizer::postalCode(input);
        break;
    case FieldKind::Phone:
    case FieldKind::Mobile:
        input = Normalizer::phone(input);
        break;
    case FieldKind::Email:
    case FieldKind::EmailConfirmation:
        input = Normalizer::email(input);
        break;
    default:
        input = Normalizer::text(input);
        break;
    }
}
