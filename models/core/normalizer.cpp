#include "core/normalizer.h"

#include "core/application.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace {

QString halfWidth(const QString &value)
{
    return value.normalized(QString::NormalizationForm_KC);
}

// After characters were taken out of a normalised text: a letter and a
// mark that stood apart are side by side now (キ ゙ → ギ) and compose, as
// they would the next time the value is normalised. Nothing to do for the
// digits and hyphens a valid value has.
QString composedAgain(const QString &value)
{
    return value.normalized(QString::NormalizationForm_C);
}

// `once` applied until the value stops changing (each change shortens it;
// nine looks are more than any real value needs).
QString settled(const QString &value, QString (*once)(const QString &))
{
    // A value already in its form (most of them, and every one the service
    // gets from the client) is looked at once.
    QString v = value;
    for (int i = 0; i < 9; ++i) {
        QString next = once(v);
        if (next == v)
            break;
        v = std::move(next);
    }
    return v;
}

QString withoutInvisible(QString value)
{
    value.removeIf([](QChar c) { return Normalizer::isInvisible(c.unicode()); });
    return value;
}

// Marks of writing direction, which Windows programs put around a phone
// number or an address they show (‪+81 82-123-4567‬): in a code, a number
// or an email address, made of Latin letters and digits alone, they carry
// nothing and go. In a name they stay refused (they can reorder what is
// shown).
QString withoutDirectionMarks(QString value)
{
    value.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E) ||
               (u >= 0x2066 && u <= 0x2069);
    });
    return value;
}

// What a postal code, a phone number, an email address, a date or a number is
// read from: half-width, without the invisible characters and the marks of
// direction.
QString codeCharacters(const QString &value)
{
    return halfWidth(withoutDirectionMarks(withoutInvisible(value)));
}

// A space of the web or of typesetting (no-break, thin, figure …) copied
// with a name or an address is a space: the value reads the same and is
// parted, searched and compared as typed. The ideographic space stays, as
// Japanese writes it.
QString withPlainSpaces(QString value)
{
    for (QChar &c : value) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F)
            c = u' ';
    }
    return value;
}

// Spaces typed around the @ or a dot while the customer spells an address
// out ("taro @ example. co. jp") go: no address holds one there, and what is
// left is what was said. A space elsewhere (taro yamada@…) stays for the
// rules to point at: a dot, a hyphen or nothing may have been meant.
QString withoutSpacesAtJoins(const QString &value)
{
    if (!value.contains(u' '))
        return value;
    const auto joins = [](QChar c) { return c == u'@' || c == u'.'; };
    QString joined;
    joined.reserve(value.size());
    for (qsizetype i = 0; i < value.size();) {
        if (value[i] != u' ') {
            joined += value[i++];
            continue;
        }
        qsizetype end = i;
        while (end < value.size() && value[end] == u' ')
            ++end;
        const bool besideJoin = (!joined.isEmpty() && joins(joined.back())) ||
                                (end < value.size() && joins(value[end]));
        if (!besideJoin)
            joined += QStringView(value).mid(i, end - i);
        i = end;
    }
    return joined;
}

// With the input method on, the hyphen key gives ー and the full stop 。:
// between two ASCII letters or digits (taroーyamada, example。co) they are
// what was meant. Elsewhere they stay: ー belongs to a Japanese domain
// (ラーメン.jp), and a 。 at the end closes a sentence the address was
// copied out of.
QString inputMethodJoinsToAscii(QString value)
{
    const auto asciiLetterOrDigit = [](QChar c) {
        return c.unicode() < 0x80 && c.isLetterOrNumber();
    };
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        const QChar c = value[i];
        if (!asciiLetterOrDigit(value[i - 1]) || !asciiLetterOrDigit(value[i + 1]))
            continue;
        if (c == u'。')
            value[i] = u'.';
        else if (c != u'-' && Normalizer::isHyphenLookAlike(c))
            value[i] = u'-';
    }
    return value;
}

// A domain name's characters are letters and digits (and an input method's
// 。 for a dot); punctuation is a slip that conversion would hide:
// example、co.jp became xn--exampleco-1j3h.jp, valid and wrong.
bool isDomainNameText(const QString &domain)
{
    const QList<uint> characters = domain.toUcs4();
    return std::all_of(characters.cbegin(), characters.cend(), [](uint c) {
        return c < 0x80 || QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'。';
    });
}

template<typename Record> void normalise(const QList<RecordField<Record>> &fields, Record &record)
{
    for (const RecordField<Record> &f : fields) {
        if (f.text)
            record.*f.text = Normalizer::value(f.spec.kind, record.*f.text);
    }
}

bool isHalfWidthKatakana(QChar c)
{
    return c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F;
}

// Half-width katakana (ｶﾌﾞｼｷｶﾞｲｼｬ, from older systems and some keyboards)
// in the full width Japanese text is written in. Only that block: names
// keep their full-width letters and their variant ideographs, which NFKC
// or NFC would change.
QString fullWidthKatakana(const QString &value)
{
    if (std::none_of(value.cbegin(), value.cend(), isHalfWidthKatakana))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size();) {
        if (!isHalfWidthKatakana(value[i])) {
            out += value[i++];
            continue;
        }
        qsizetype end = i;
        while (end < value.size() && isHalfWidthKatakana(value[end]))
            ++end;
        // NFKC widens the run and joins each sound mark to its kana (ｶﾞ → ガ).
        const QString run = value.mid(i, end - i).normalized(QString::NormalizationForm_KC);
        for (const QChar c : run) {
            const bool mark = c.unicode() == 0x3099 || c.unicode() == 0x309A;
            if (!mark) {
                out += c;
                continue;
            }
            // A mark after a full-width kana typed before it (カ + ﾞ), or on its
            // own: joined where it can be, else its spacing form (゛ ゜).
            const QString joined =
                out.isEmpty()
                    ? QString()
                    : QString(out.back()).append(c).normalized(QString::NormalizationForm_C);
            if (joined.size() == 1)
                out.back() = joined.front();
            else
                out += QChar(c.unicode() == 0x3099 ? 0x309B : 0x309C);
        }
        i = end;
    }
    return out;
}

QString hyphensToAscii(QString value)
{
    for (QChar &c : value) {
        if (Normalizer::isHyphenLookAlike(c))
            c = u'-';
    }
    return value;
}

} // namespace

bool Normalizer::isHyphenLookAlike(QChar c)
{
    switch (c.unicode()) {
    case 0x002D: // - hyphen-minus
    case 0x30FC: // ー katakana prolonged sound mark
    case 0xFF70: // ｰ half-width prolonged sound mark
    case 0xFF0D: // － full-width hyphen-minus
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
    case 0x2012: // ‒ figure dash
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2015: // ― horizontal bar
    case 0x2212: // − minus sign
    case 0xFE63: // ﹣ small hyphen-minus
    case 0x2043: // ⁃ hyphen bullet
        return true;
    default:
        return false;
    }
}

bool Normalizer::isInvisible(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
           c == 0x00AD; // the soft hyphen: a place to break, nothing to read
}

bool Normalizer::hasForbiddenCharacter(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < value.size() && QChar::isLowSurrogate(value[i + 1].unicode())) {
                ++i;
                continue;
            }
            return true; // lone high surrogate
        }
        if (QChar::isLowSurrogate(c))
            return true; // lone low surrogate
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return true; // C0 and C1 controls, DEL
        if (c == 0x2028 || c == 0x2029)
            return true; // line and paragraph separators
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
            c == 0x200F || c == 0x061C)
            return true; // bidi overrides, embeddings, isolates and marks
    }
    return false;
}

qsizetype Normalizer::length(QStringView value)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i].isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

bool Normalizer::isAsciiDigits(QStringView value)
{
    for (QChar c : value) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString Normalizer::text(const QString &value)
{
    return fullWidthKatakana(withPlainSpaces(withoutInvisible(value))).trimmed();
}

QString Normalizer::postalCodeCharacters(const QString &value)
{
    QString v = hyphensToAscii(codeCharacters(value));
    // The postal mark is often typed or pasted in front of the code.
    v.remove(u'〒');
    QString code = v.trimmed();
    if (code.isEmpty())
        return v;
    // A space between the two groups separates them as a hyphen does:
    // "733 0001" and "733 - 0001" are 733-0001.
    if (code.contains(u'-'))
        code.remove(u' ');
    else
        code = code.simplified().replace(u' ', u'-');
    // A space typed after the first three digits is the separator being
    // typed: "733 " goes on as "733-", and the next digits follow it.
    if (code.size() == 3 && v.endsWith(u' ') && isAsciiDigits(code))
        code += u'-';
    return composedAgain(code);
}

QString Normalizer::phoneCharacters(const QString &value)
{
    QString v = hyphensToAscii(codeCharacters(value));
    // Separators as Japanese numbers are written: 082-123-4567, 082(123)4567,
    // (082)123-4567, 082 123 4567, 082.123.4567.
    v.removeIf([](QChar c) {
        return c == u'-' || c == u' ' || c == u'(' || c == u')' || c == u'.' || c == u'\t';
    });
    // Trimmed, as phone() trims: the label and the country code are looked
    // for at the start of what is there.
    v = v.trimmed();
    // Copied from a signature with its label: TEL: 082-123-4567, 電話 082…,
    // 携帯：090…, ℡082…. Only before the number itself, so that a label being
    // typed is not taken away under the fingers.
    static const QRegularExpression label(
        QStringLiteral("^(?:tel|phone|mobile|電話番号|電話|携帯電話|携帯番号|携帯|℡|☎)"
                       "[.:：]?(?=[0-9+])"),
        QRegularExpression::CaseInsensitiveOption);
    v.remove(label);
    // And the kind of line after it: 03-1234-5678（代表）, 082-123-4567 (直通),
    // 090-1234-5678（携帯）. Only a whole word straight after a digit; an
    // extension (内線12) stays, for the rule to refuse. Looked for only where
    // it can be: most numbers end in a digit.
    if (!v.isEmpty() && !v.back().isDigit()) {
        static const QRegularExpression kind(
            QStringLiteral(
                "(?<=[0-9])(?:代表番号|代表電話|代表|代|直通番号|直通電話|直通|携帯電話|携帯|"
                "自宅|会社|本社|事務所|fax兼用|main|direct|office|mobile|cell)$"),
            QRegularExpression::CaseInsensitiveOption);
        v.remove(kind);
    }
    // The country code: +81 82 123 4567 and +81 (0)82 … are 082 1234567.
    if (v.startsWith(QLatin1StringView("+81"))) {
        v.remove(0, 3);
        if (!v.startsWith(u'0'))
            v.prepend(u'0');
    }
    return composedAgain(v);
}

QString Normalizer::emailCharacters(const QString &value)
{
    // What one look takes away can leave another form around what is left
    // (an address in brackets inside `<…>`, a mailto: link's %3C…%3E): looked
    // at again until nothing changes, so that the value is the same however
    // often it is normalised. Each change shortens it.
    return settled(value, &Normalizer::emailCharactersOnce);
}

QString Normalizer::emailCharactersOnce(const QString &value)
{
    const QString v = inputMethodJoinsToAscii(withoutSpacesAtJoins(codeCharacters(value)));
    // Copied from a mail program: the address inside `山田 太郎 <taro@…>`, or
    // a mailto: link's. Only whole forms: nothing changes while one is typed.
    static const QRegularExpression named(
        QStringLiteral("^[^<>@]*<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>\\s*$"));
    static const QRegularExpression mailto(
        QStringLiteral("^\\s*mailto:([^?<>\\s]+@[^?<>\\s]+)(\\?\\S*)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    // Each form is looked for only where it can be: most addresses are
    // plain, and three regular expressions cost more than all the rest.
    if (v.contains(u'<')) {
        if (const QRegularExpressionMatch m = named.match(v); m.hasMatch())
            return m.captured(1);
    }
    if (v.contains(u':')) {
        if (const QRegularExpressionMatch m = mailto.match(v); m.hasMatch())
            return QUrl::fromPercentEncoding(m.captured(1).toUtf8());
    }
    // Copied from a signature with its label: E-mail: taro@…, メール：taro@…,
    // Mail taro@…. Only the label with a colon or a space before an address,
    // so that an address that begins with the word (mail@…, mailbox@…) stays.
    if (v.size() > 5 && QStringView(u"eEmMメ電 ").contains(v.front())) {
        static const QRegularExpression label(
            QStringLiteral("^\\s*(?:e-?mail(?:\\s*address)?|mail(?:\\s*address)?|メールアドレス|"
                           "メール|eメール|電子メール)\\s*(?:[:：]\\s*|\\s)(?=[^\\s@]+@)"),
            QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = label.match(v); m.hasMatch())
            return v.mid(m.capturedLength());
    }
    // Copied out of a sentence: 「taro@example.co.jp」, (taro@example.co.jp)、
    // taro@example.co.jp。 — the brackets and punctuation around it go. Never a
    // full stop: one is typed at the end of "example." on the way to ".co.jp".
    static constexpr QStringView leading = u"「『【([<\"'";
    static constexpr QStringView trailing = u"」』】)]>\"'。、,;";
    if (v.isEmpty() || (!v.front().isSpace() && !leading.contains(v.front()) &&
                        !v.back().isSpace() && !trailing.contains(v.back())))
        return v; // nothing around it to take away
    static const QRegularExpression wrapped(
        QStringLiteral("^[\\s「『【(\\[<\"']*([^\\s@「」『』【】()\\[\\]<>\"'。、,;]+@"
                       "[^\\s@「」『』【】()\\[\\]<>\"'。、,;]+)[\\s」』】)\\]>\"'。、,;]*$"));
    if (const QRegularExpressionMatch m = wrapped.match(v);
        m.hasMatch() && m.capturedLength(1) != v.size())
        return m.captured(1);
    return v;
}

QString Normalizer::onOneLine(const QString &value)
{
    const auto breaks = [](QChar c) {
        return c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0x2028) || c == QChar(0x2029);
    };
    if (std::none_of(value.cbegin(), value.cend(), breaks))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size();) {
        if (!breaks(value[i]) && value[i] != u' ') {
            out += value[i++];
            continue;
        }
        // A run of spaces and breaks: one space if it holds a break, else
        // the spaces as they are.
        const qsizetype start = i;
        bool hadBreak = false;
        while (i < value.size() && (breaks(value[i]) || value[i] == u' '))
            hadBreak = breaks(value[i++]) || hadBreak;
        if (hadBreak)
            out += u' ';
        else
            out += QStringView(value).mid(start, i - start);
    }
    return out;
}

QString Normalizer::halfWidthText(const QString &value)
{
    // Trimmed again: the compatibility form of a spacing mark (゛ ¨) begins
    // with a space.
    return text(hyphensToAscii(halfWidth(text(value))));
}

QString Normalizer::postalCode(const QString &value)
{
    QString v = postalCodeCharacters(value.trimmed()).trimmed(); // 〒 alone leaves a space
    if (v.size() == 7 && isAsciiDigits(v))
        v.insert(3, u'-');
    return v;
}

std::optional<Normalizer::PostalCodeAndAddress>
Normalizer::postalCodeAndAddress(const QString &value)
{
    // Digits as people write them, between the groups nothing, a space or a
    // hyphen look-alike; a space or a comma after the code, and then
    // something that is not part of it. Or, with nothing between, Japanese
    // script: the address typed on (or committed by the input method) right
    // after the code, where a Latin letter is more likely a slip.
    static const QRegularExpression whole(
        QStringLiteral(
            "^\\s*〒?\\s*([0-9０-９]{3})\\s*(\\S?)\\s*([0-9０-９]{4})"
            "(?:[\\s、,，]+([^\\s0-9０-９].*)|([\\p{Han}\\p{Hiragana}\\p{Katakana}].*))$"),
        QRegularExpression::UseUnicodePropertiesOption); // \s takes the full-width space too
    const QRegularExpressionMatch m = whole.match(withoutInvisible(value));
    if (!m.hasMatch())
        return std::nullopt;
    const QString between = m.captured(2);
    if (!between.isEmpty() && !isHyphenLookAlike(between.front()))
        return std::nullopt;
    const QString after = m.hasCaptured(4) ? m.captured(4) : m.captured(5);
    if (m.hasCaptured(5) && isHyphenLookAlike(after.front()))
        return std::nullopt;
    const QString address = text(after);
    if (address.isEmpty())
        return std::nullopt;
    return PostalCodeAndAddress{postalCode(m.captured(1) + m.captured(3)), address};
}

namespace {

// 1 to 12 for a month's English name or its abbreviation (Dec, Dec.,
// December, Sept), 0 for anything else.
int monthFromName(QStringView name)
{
    static constexpr std::array<QStringView, 12> months = {
        u"january", u"february", u"march",     u"april",   u"may",      u"june",
        u"july",    u"august",   u"september", u"october", u"november", u"december"};
    const QString n = name.toString().toLower();
    if (n.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (months[i].startsWith(n))
            return i + 1;
    }
    return 0;
}

// A date as written: the year 0 when it is not.
struct WrittenDate
{
    int year = 0;
    int month = 0;
    int day = 0;
};

// YYYY-MM-DD, whether or not such a day exists (the rules say so).
QString isoDate(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(QString::number(year).rightJustified(4, u'0'),
             QString::number(month).rightJustified(2, u'0'),
             QString::number(day).rightJustified(2, u'0'));
}

// A date written the English way, with the month's name (1 Dec 2026,
// Dec 1, 2026, Tue 1 December 2026, December 1st 2026); nothing for
// anything else.
std::optional<WrittenDate> englishDate(const QString &v)
{
    static const QString weekday =
        QStringLiteral("(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?");
    static const QRegularExpression dayFirst(
        QStringLiteral("^%1([0-9]{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?(?:,?\\s+([0-9]{4}))?$")
            .arg(weekday),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(
        QStringLiteral("^%1([a-z]{3,9})\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?(?:,?\\s+([0-9]{4}))?$")
            .arg(weekday),
        QRegularExpression::CaseInsensitiveOption);
    WrittenDate d;
    if (const QRegularExpressionMatch m = dayFirst.match(v); m.hasMatch())
        d = {m.captured(3).toInt(), monthFromName(m.capturedView(2)), m.captured(1).toInt()};
    else if (const QRegularExpressionMatch m2 = monthFirst.match(v); m2.hasMatch())
        d = {m2.captured(3).toInt(), monthFromName(m2.capturedView(1)), m2.captured(2).toInt()};
    if (d.month == 0)
        return std::nullopt;
    return d;
}

// A month and day without their year (12/1, 12月1日, Dec 1).
std::optional<WrittenDate> monthAndDay(const QString &v)
{
    static const QRegularExpression numbers(
        QStringLiteral("^([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?$"));
    if (const QRegularExpressionMatch m = numbers.match(v); m.hasMatch())
        return WrittenDate{0, m.captured(1).toInt(), m.captured(2).toInt()};
    if (const std::optional<WrittenDate> e = englishDate(v); e && e->year == 0)
        return e;
    return std::nullopt;
}

} // namespace

QString Normalizer::date(const QString &value)
{
    const QString v = hyphensToAscii(codeCharacters(value)).trimmed();
    // As English speakers write it, or as the review reads it in English.
    if (const std::optional<WrittenDate> e = englishDate(v); e && e->year > 0)
        return isoDate(e->year, e->month, e->day);
    static const QRegularExpression written(
        QStringLiteral("^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?"
                       // the weekday, as the review reads it back: 2026年12月1日（火）
                       "(?:\\s*\\([月火水木金土日]\\))?$"));
    static const QRegularExpression packed(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    // In the Japanese era, as forms and people often write dates:
    // 令和8年12月1日, R8.12.1, 令和元年5月1日, 平成31年4月30日.
    static const QRegularExpression era(
        QStringLiteral("^(令和|平成|R|H)\\s*(元|[0-9]{1,2})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/"
                       ".月]\\s*([0-9]{1,2})"
                       "\\s*日?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch e = era.match(v); e.hasMatch()) {
        const QString name = e.captured(1).toUpper();
        const bool reiwa = name == u"令和" || name == u"R";
        const int year = e.captured(2) == u"元" ? 1 : e.captured(2).toInt();
        // Heisei ended in its 31st year; neither era has a year 0.
        if (year < 1 || (!reiwa && year > 31))
            return v;
        return isoDate((reiwa ? 2018 : 1988) + year, e.captured(3).toInt(), e.captured(4).toInt());
    }
    QRegularExpressionMatch m = written.match(v);
    if (!m.hasMatch())
        m = packed.match(v);
    if (!m.hasMatch())
        return v;
    return isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString Normalizer::dateWithoutYear(const QString &value, QDate today, QDate earliest, QDate latest)
{
    const QString v = hyphensToAscii(codeCharacters(value)).trimmed();
    const std::optional<WrittenDate> written = monthAndDay(v);
    if (!written || !today.isValid())
        return {};
    const int month = written->month;
    const int day = written->day;
    if (!QDate(2024, month, day).isValid()) // 2024: a leap year, so 2/29 exists
        return {};
    // 2/29 waits for the next leap year, at most eight years away.
    QDate next;
    for (int year = today.year(); year <= today.year() + 8 && !next.isValid(); ++year) {
        const QDate d(year, month, day);
        if (d.isValid() && d >= today)
            next = d;
    }
    QDate previous;
    for (int year = today.year(); year >= today.year() - 8 && !previous.isValid(); --year) {
        const QDate d(year, month, day);
        if (d.isValid() && d < today)
            previous = d;
    }
    const bool nextTooLate = latest.isValid() && next > latest;
    const bool previousFits = previous.isValid() && (!earliest.isValid() || previous >= earliest);
    return (nextTooLate && previousFits ? previous : next).toString(Qt::ISODate);
}

std::optional<qint64> Normalizer::wholeNumber(const QString &value)
{
    QString v = codeCharacters(value).trimmed();
    if (!v.isEmpty() && isHyphenLookAlike(v.front()))
        v[0] = u'-';
    static const QRegularExpression grouped(QStringLiteral("^-?[0-9]{1,3}(,[0-9]{3})+$"));
    if (grouped.match(v).hasMatch())
        v.remove(u',');
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]{1,15}$"));
    if (!plain.match(v).hasMatch())
        return std::nullopt;
    return v.toLongLong();
}

QString Normalizer::phone(const QString &value)
{
    return phoneCharacters(value).trimmed();
}

QString Normalizer::email(const QString &value)
{
    // As emailCharacters: a domain in its ASCII form can let the brackets
    // around the address be seen for what they are.
    return settled(value, &Normalizer::emailOnce);
}

QString Normalizer::emailOnce(const QString &value)
{
    QString v = emailCharacters(value).trimmed();
    const qsizetype at = v.lastIndexOf(u'@');
    // The full stop of the sentence an address was copied out of ("write to
    // taro@example.co.jp."): no address ends with one. Only once the value is
    // whole (here, not while it is typed), and only after a domain with a
    // dot of its own, so that "taro@example." still says what is missing.
    if (at > 0 && v.endsWith(u'.') && !v.endsWith(QStringLiteral("..")) &&
        v.indexOf(u'.', at) < v.size() - 1)
        v.chop(1);
    // An internationalised domain is sent in its ASCII form (*decided*,
    // docs/decisions.md): taro@例え.jp → taro@xn--r8jz45g.jp.
    if (at > 0 && at + 1 < v.size()) {
        const QString domain = v.mid(at + 1);
        const bool ascii =
            std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii && isDomainNameText(domain)) {
            const QByteArray ace = QUrl::toAce(domain);
            if (!ace.isEmpty())
                v = v.left(at + 1) + QString::fromLatin1(ace);
        }
    }
    return v;
}

QString Normalizer::value(FieldKind kind, const QString &value)
{
    switch (kind) {
    case FieldKind::Email:
    case FieldKind::EmailConfirmation:
        return email(value);
    case FieldKind::PostalCode:
        return postalCode(value);
    case FieldKind::Phone:
    case FieldKind::Mobile:
        return phone(value);
    case FieldKind::Text:
    case FieldKind::Prefecture:
    case FieldKind::Units:
        return text(value);
    }
    return text(value);
}

Application Normalizer::application(const Application &application)
{
    Application a = application;
    normalise(FieldTable::customer(), a.customer);
    for (Destination &d : a.destinations)
        normalise(FieldTable::destination(), d);
    for (LoginUser &u : a.loginUsers)
        normalise(FieldTable::loginUser(), u);
    for (auto it = a.additionalInfo.begin(); it != a.additionalInfo.end(); ++it) {
        if (it->typeId() == QMetaType::QString)
            *it = text(it->toString());
    }
    return a;
}
