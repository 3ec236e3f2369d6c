#pragma once

#include <QString>

class QTranslator;

// The language of every text a person reads: Japanese or English. Installs
// the project's own translation and Qt's (standard buttons and dialogs).
class UiLanguage
{
public:
    static QString japanese() { return QStringLiteral("ja"); }
    static QString english() { return QStringLiteral("en"); }

    // "ja" on a Japanese system, "en" otherwise.
    static QString systemDefault();
    // Replaces the translators installed by an earlier call. Returns false
    // (and leaves the source texts, which are English) if it cannot load.
    static bool install(const QString &language);
    static QString current();
    static bool isJapanese() { return current() == japanese(); }
};
