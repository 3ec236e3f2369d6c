#pragma once

#include "messages/messagecatalog.h"

#include <QLocale>
#include <QString>

class QTranslator;

// The language of every text a person reads: Japanese or English. Installs
// the project's own translation and Qt's (standard buttons and dialogs).
class UiLanguage
{
public:
    static QString japanese() { return QStringLiteral("ja"); }
    static QString english() { return QStringLiteral("en"); }

    // "ja" on a Japanese system or one with no language set (C/POSIX),
    // "en" on a system set to another language.
    static QString systemDefault();
    static QString forSystemLanguage(QLocale::Language language);
    // Replaces the translators installed by an earlier call. Returns false
    // (and leaves the source texts, which are English) if it cannot load.
    static bool install(const QString &language);
    static QString current();
    static bool isJapanese() { return current() == japanese(); }
    // The current language, for MessageCatalog.
    static MessageCatalog::Language messages();
};
