#pragma once

#include "core/fieldtable.h"

#include <QDate>
#include <QString>

#include <optional>

struct Application;

// Turns what a person types into the canonical form that is validated, stored
// and sent. Client and service apply the same functions, so both store the same
// value for the same input. Each function is idempotent.
class Normalizer
{
public:
    // Surrounding spaces (ASCII and full-width) and invisible characters
    // removed, half-width katakana widened.
    static QString text(const QString &value);
    // text(), then full-width letters, digits and signs half-width and hyphen
    // look-alikes '-': for a value whose form wants ASCII (ＡＢ－１２３４ → AB-1234).
    static QString halfWidthText(const QString &value);
    // Character-level clean-up that is safe while the person is still typing:
    // full-width digits, letters, '@', '.' and '-' to half-width (NFKC) and,
    // for postal codes and phone numbers, every hyphen look-alike to '-'.
    static QString postalCodeCharacters(const QString &value);
    static QString phoneCharacters(const QString &value);
    static QString emailCharacters(const QString &value);
    // What is pasted into a one-line field: each line break (CR, LF, CR LF,
    // U+2028, U+2029) and tab, with the spaces beside it, becomes one space:
    // an address copied as the two lines of a signature, a name as two cells
    // of a spreadsheet. For input only; in a value the rules refuse them.
    static QString onOneLine(const QString &value);

    // Canonical values: postal code as NNN-NNNN when it has 7 digits, phone
    // and mobile numbers as digits only, email trimmed and half-width.
    static QString postalCode(const QString &value);
    static QString phone(const QString &value);
    static QString email(const QString &value);
    // A date as YYYY-MM-DD when it is written as people write dates:
    // 2026/12/01, 2026.12.1, 2026年12月1日, 20261201, 令和8年12月1日, R8.12.1
    // (full-width too);
    // anything else half-width and trimmed, for the rules to refuse.
    static QString date(const QString &value);
    // A month and day dictated without their year (12/1, 12月1日, １２／１): the
    // first such day from `today` on; or, when that is past `latest` and the
    // one before today is not before `earliest`, that one (a field for a day
    // gone by). Empty for anything else, a day that does not exist included.
    // For the client alone: the year depends on the day it is typed, and
    // what is sent carries it.
    static QString dateWithoutYear(const QString &value, QDate today, QDate earliest = {},
                                   QDate latest = {});
    // A whole number as people write one: full-width digits, thousands
    // separators in their places (1,000 and １，０００), a minus sign or its
    // look-alikes in front. Nothing for anything else (1.5, 1,00, 250人), so
    // that the rules say so rather than read a different number into it.
    static std::optional<qint64> wholeNumber(const QString &value);

    // A postal code with the address after it, as copied whole from a web
    // page or a card ("〒733-0001 広島県広島市…"): the canonical code and the
    // address as text(); nothing when the value is not of that form.
    struct PostalCodeAndAddress
    {
        QString postalCode;
        QString address;
    };
    static std::optional<PostalCodeAndAddress> postalCodeAndAddress(const QString &value);

    // The canonical value of a field of this kind.
    static QString value(FieldKind kind, const QString &value);
    static Application application(const Application &application);

    static bool isHyphenLookAlike(QChar c);
    // Invisible characters that carry nothing in a name or an address (zero
    // width space, joiners, word joiner, BOM, soft hyphen): removed from
    // every value. (Marks of writing direction are removed from codes,
    // numbers and email addresses only.)
    static bool isInvisible(char32_t c);
    // Characters that can never be in a value: controls (tab and line feed
    // included), line and paragraph separators, bidi overrides and isolates,
    // lone surrogates. Refused, never silently dropped.
    static bool hasForbiddenCharacter(QStringView value);
    // A value's length as a person counts it: in characters (code points).
    static qsizetype length(QStringView value);
    // Only '0'..'9' (full-width digits do not count: normalise first).
    static bool isAsciiDigits(QStringView value);

private:
    static QString emailCharactersOnce(const QString &value);
    static QString emailOnce(const QString &value);
};
