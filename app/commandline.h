#pragma once

#include "client/uilanguage.h"
#include "core/additionalinfoschema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The app's command line, read before any window system is needed: --help,
// --version and a mistake work over SSH and in scripts, with no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    struct Options
    {
        QString dataDir;
        bool portable = false; // settings beside the data
        QString language;      // "ja", "en" or empty (remembered / system)
        QString schemaFile;
        QByteArray schemaJson;       // its content, read and found usable,
        AdditionalInfoSchema schema; // and as read from it
        QString resume;              // as given; checked against the queue later
        bool fresh = false;
        bool syncOnly = false; // --sync: send what waits, no window, then exit
        QString serviceUrl;    // the central service (remembered); empty: as before
        QString caFile;        // a private CA for it
    };

    enum class Action { Run, Help, Version, Mistake };
    struct Result
    {
        Action action = Action::Run;
        Options options;
        QString text; // help, version, or the one line about the mistake
    };

    static Result parse(const QStringList &arguments);
    // Why a service address cannot be used (the settings dialog's rule), in
    // words; empty when it can.
    static QString serviceUrlMistake(const QString &url);
    // False when the window surely cannot open (no display to show it on,
    // e.g. over SSH); true when it can, or when that is only known by trying.
    static bool windowSystemAvailable(const QStringList &arguments);
    // What to say then, in the installed language.
    static QString noWindowSystemText();
    // The language for texts shown before the app runs: --language when
    // given, else the remembered one, else `otherwise` (the terminal's
    // language for what is printed, Japanese for a window).
    static QString languageFor(const QStringList &arguments,
                               const QString &otherwise = UiLanguage::terminalDefault());
};
