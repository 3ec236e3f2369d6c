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

    // The windows' language until someone picks the other one: Japanese,
    // whatever the system is set to (the staff who use the product read
    // Japanese; a computer set up in English is no sign they want English).
    static QString windowDefault() { return japanese(); }
    // For what is printed on a terminal (--help, --sync, a mistake on the
    // command line), which follows the terminal's language as command-line
    // programs do: "ja" on a Japanese system or one with no language set
    // (C/POSIX), "en" on a system set to another language.
    static QString terminalDefault();
    static QString forSystemLanguage(QLocale::Language language);
    // Replaces the translators installed by an earlier call. Returns false
    // (and leaves the source texts, which are English) if it cannot load.
    static bool install(const QString &language);
    static QString current();
    static bool isJapanese() { return current() == japanese(); }
    // The current language, for MessageCatalog.
    static MessageCatalog::Language messages();
};
