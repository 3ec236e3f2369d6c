#include "client/queuesearch.h"

#include "core/application.h"
#include "core/normalizer.h"
#include "core/prefectures.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
// A postal code as its digits: what needle() makes of "733-0001" as typed.
QString postalDigits(const QString &postalCode)
{
    QString digits = postalCode;
    digits.remove(u'-');
    return digits;
}

// An address as it is read out, the prefecture first ("広島県広島市西区…"):
// one line, so that the prefecture and the town are found together. The
// prefecture's English name has a line of its own (staff using the English
// UI type "Osaka").
QString spokenAddress(const QString &prefecture, const QString &address)
{
    return Prefectures::name(prefecture) + address;
}
} // namespace

QString QueueSearch::key(const Application &a)
{
    const Customer &c = a.customer;
    QStringList parts{c.companyName,
                      c.lastName + c.firstName,
                      c.lastName + u' ' + c.firstName,
                      c.email,
                      c.phone,
                      c.department,
                      postalDigits(c.postalCode),
                      spokenAddress(c.prefecture, c.address),
                      Prefectures::englishName(c.prefecture)};
    for (const Destination &d : a.destinations)
        parts << d.companyName << d.lastName + d.firstName << d.phone << d.department
              << postalDigits(d.postalCode) << spokenAddress(d.prefecture, d.address)
              << Prefectures::englishName(d.prefecture);
    for (const LoginUser &u : a.loginUsers)
        parts << u.lastName + u.firstName << u.email << u.mobile;
    // Each line once: destinations and login users are mostly step 1's
    // values again (prefilled), and every search reads every entry's text.
    QStringList keys;
    for (const QString &p : std::as_const(parts)) {
        const QString k = form(p);
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    // Never null: the column is NOT NULL.
    return keys.isEmpty() ? QStringLiteral("") : keys.join(u'\n');
}

QString QueueSearch::needle(const QString &typed)
{
    QString n = form(typed);
    // A postal code is written with its mark (〒733-0001) as often as not.
    if (n.startsWith(u'\u3012'))
        n = n.mid(1).trimmed();
    // A phone number or a postal code typed with its punctuation finds the
    // digits stored.
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9()+\\- ]+$"));
    if (phoneLike.match(n).hasMatch())
        n.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return n;
}

QString QueueSearch::searchedText(const QString &storedKey, const QString &id)
{
    // Folded here too: keys sealed before kana and hyphens were folded. The
    // number is the entry's own id, never stored twice; an entry with
    // nothing to find it by (purged) stays so.
    if (storedKey.isEmpty())
        return QString();
    // One allocation, made to its size: one is kept in memory for every
    // entry of the queue.
    QString searched;
    searched.reserve(storedKey.size() + 1 + id.size());
    searched.append(storedKey);
    for (QChar &c : searched)
        c = foldedCharacter(c);
    searched.append(u'\n').append(id);
    return searched;
}

bool QueueSearch::matches(const QString &searched, const QString &needle)
{
    return Finder(needle).matches(searched);
}

QueueSearch::Finder::Finder(const QString &needle)
    : m_matcher(needle)
    // Eight characters are the number's first part as a customer reads it
    // out; fewer digits are part of a phone number or a postal code.
    , m_fewDigits(needle.size() < 8 && Normalizer::isAsciiDigits(needle))
{}

bool QueueSearch::Finder::matches(const QString &searched) const
{
    // The number is the last line (searchedText), looked in only for more
    // than a few digits.
    const qsizetype number = m_fewDigits ? searched.lastIndexOf(u'\n') : -1;
    const QStringView text = number >= 0 ? QStringView(searched).left(number) : searched;
    return m_matcher.indexIn(text) >= 0;
}

namespace {
QChar kanaFolded(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x30A1 && u <= 0x30F6) || u == 0x30FD || u == 0x30FE)
        return QChar(char16_t(u - 0x60));
    return c;
}

QChar hyphenFolded(QChar c)
{
    return Normalizer::isHyphenLookAlike(c) ? QChar(u'-') : c;
}
} // namespace

QChar QueueSearch::foldedCharacter(QChar c)
{
    return hyphenFolded(kanaFolded(c));
}

QString QueueSearch::foldKana(QString text)
{
    for (QChar &c : text)
        c = kanaFolded(c);
    return text;
}

QString QueueSearch::form(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
    for (QChar &c : folded)
        c = foldedCharacter(c);
    return folded;
}
