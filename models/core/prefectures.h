#pragma once

#include <QString>
#include <QStringList>

// The 47 prefectures with their JIS X 0401 codes, in JIS order.
class Prefectures
{
public:
    static constexpr int Count = 47;

    static QStringList codes();                      // "01".."47"
    static QString name(const QString &code);        // 広島県; empty for an unknown code
    static QString englishName(const QString &code); // Hiroshima
    static QString reading(const QString &code);     // ひろしま
    static QString displayName(const QString &code, bool japanese);
    static bool isValidCode(const QString &code);
    static QString codeForName(const QString &name); // 広島県 or Hiroshima → "34"
    // Text in one form for comparing romanised names, written in more than
    // one way: lower case, without spaces or hyphens, long vowels single and
    // Gumma as Gunma (Toukyou, Oosaka, Ohsaka, "Hyougo-ken" → tokyo, osaka,
    // osaka, hyogoken); empty when there are no Latin letters.
    static QString latinKey(QStringView text);
    // Whether `key` (a latinKey) begins the prefecture's romanised name, or
    // is all of it with its kind after it (hiroshimaken, kyotofu, tokyoto).
    static bool latinNameMatches(const QString &code, const QString &key);
    // The prefecture whose name an address begins with, as people dictate
    // it ("広島県広島市…" → "34"; leading spaces skipped), with in `length`
    // how far the name reaches; empty when it begins with none.
    static QString codeAtStart(QStringView address, qsizetype *length = nullptr);
};
