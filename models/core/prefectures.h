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
    static QString displayName(const QString &code, bool japanese);
    static bool isValidCode(const QString &code);
    static QString codeForName(const QString &name); // 広島県 or Hiroshima → "34"
};
