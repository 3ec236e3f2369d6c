#include "ui/namesplitter.h"

#include "ui/validatedfield.h"

#include <QRegularExpression>

namespace {

bool isJapaneseScript(QStringView part)
{
    for (const char32_t c : part.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        const bool japanese = script == QChar::Script_Han || script == QChar::Script_Hiragana ||
                              script == QChar::Script_Katakana || c == U'々' || c == U'〆' ||
                              c == U'ー' || c == U'ヶ';
        if (!japanese)
            return false;
    }
    return !part.isEmpty();
}

// The other part when `whole` is two parts and one of them is `said`
// (the family name of "Tanaka Hanako" beside "Hanako", the given name of
// "山田 太郎" beside "山田"); nothing otherwise.
std::optional<QString> otherPart(const QString &whole, const QString &said)
{
    const QStringList parts = whole.simplified().split(u' ');
    const QString one = said.simplified();
    if (parts.size() != 2 || one.isEmpty())
        return std::nullopt;
    const bool first = parts[0].compare(one, Qt::CaseInsensitive) == 0;
    const bool second = parts[1].compare(one, Qt::CaseInsensitive) == 0;
    // "Lee Lee" with "Lee": which one is the family name is anyone's guess.
    if (first == second)
        return std::nullopt;
    return first ? parts[1] : parts[0];
}

// An honorific copied with the name from a mail or a list (山田 太郎 様,
// 山田様, 佐藤 さん): the mails add their own, and one kept would be said
// twice (山田 太郎 様 様); "山田 様" was even parted into 山田 and 様. Only
// after the name: 様 also written on, the others after a space (鵜殿 is a
// family name).
bool dropHonorific(QString &name)
{
    static const QRegularExpression honorific(
        QStringLiteral("^(.*[^\\s\u3000])(?:[\\s\u3000]*様|[\\s\u3000]+(?:殿|さま|さん|氏|先生))"
                       "[\\s\u3000]*$"));
    const QRegularExpressionMatch m = honorific.match(name);
    if (!m.hasMatch())
        return false;
    name = m.captured(1).trimmed();
    return true;
}

} // namespace

NameSplitter::NameSplitter(ValidatedField *lastName, ValidatedField *firstName, QObject *parent)
    : QObject(parent)
    , m_lastName(lastName)
    , m_firstName(firstName)
{
    connect(lastName, &ValidatedField::editingFinished, this, &NameSplitter::partWhenLeft);
    // The given name typed after the whole name went into 氏名(姓).
    connect(firstName, &ValidatedField::editingFinished, this, &NameSplitter::partWhenLeft);
}

std::optional<NameSplitter::Parts> NameSplitter::split(const QString &fullName)
{
    // simplified() takes the full-width space too.
    const QStringList parts = fullName.simplified().split(u' ');
    if (parts.size() != 2 || !isJapaneseScript(parts[0]) || !isJapaneseScript(parts[1]))
        return std::nullopt;
    return Parts{parts[0], parts[1]};
}

bool NameSplitter::part(QString &lastName, QString &firstName)
{
    bool changed = dropHonorific(lastName);
    changed = dropHonorific(firstName) || changed;
    return partNames(lastName, firstName) || changed;
}

bool NameSplitter::partNames(QString &lastName, QString &firstName)
{
    if (!lastName.isEmpty() && !firstName.isEmpty()) {
        // Any script and either order (Tanaka Hanako, Hanako Tanaka): the
        // name said twice is evidence enough of which part the other is.
        if (const std::optional<QString> family = otherPart(lastName, firstName)) {
            lastName = *family;
            return true;
        }
        if (const std::optional<QString> given = otherPart(firstName, lastName)) {
            firstName = *given;
            return true;
        }
        return false;
    }
    // The whole name in either field while the other is empty: in 氏名(名)
    // when a Tab too many went before the customer said it.
    const std::optional<Parts> parts = split(lastName.isEmpty() ? firstName : lastName);
    if (!parts)
        return false;
    lastName = parts->lastName;
    firstName = parts->firstName;
    return true;
}

void NameSplitter::partWhenLeft()
{
    QString lastName = m_lastName->value();
    QString firstName = m_firstName->value();
    if (!part(lastName, firstName))
        return;
    m_lastName->setValue(lastName);
    m_firstName->setValue(firstName);
}
