#include "app/commandline.h"
#include "app/moshikomiapp.h"
#include "app/synccommand.h"
#include "app/terminationwatcher.h"
#include "client/uilanguage.h"

#include <QApplication>
#include <QTextStream>

#include <optional>

int main(int argc, char *argv[])
{
    {
        // Without a window system first: --help, --version and mistakes
        // answer on a terminal with no display (over SSH, in scripts).
        QCoreApplication console(argc, argv);
        MoshikomiApp::setApplicationIdentity();
        const CommandLine::Result r = CommandLine::parse(console.arguments());
        if (r.action != CommandLine::Action::Run) {
            UiLanguage::install(CommandLine::languageFor(console.arguments()));
            const CommandLine::Result words = CommandLine::parse(console.arguments());
            const bool mistake = words.action == CommandLine::Action::Mistake;
            QTextStream(mistake ? stderr : stdout)
                << (mistake ? QStringLiteral("moshikomi: ") : QString()) << words.text
                << (words.text.endsWith(u'\n') ? "" : "\n");
            return mistake ? 2 : 0;
        }
        if (r.options.syncOnly) {
            UiLanguage::install(CommandLine::languageFor(console.arguments()));
            return SyncCommand::run(r.options);
        }
        // Qt would abort with a page about platform plugins: one line instead.
        if (!CommandLine::windowSystemAvailable(console.arguments())) {
            UiLanguage::install(CommandLine::languageFor(console.arguments()));
            QTextStream(stderr) << "moshikomi: " << CommandLine::noWindowSystemText() << "\n";
            return 1;
        }
    }
    QApplication app(argc, argv);
    MoshikomiApp moshikomi;
    // Logout and shutdown send SIGTERM or SIGHUP: the open draft is saved
    // before the process goes.
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &moshikomi,
                     &MoshikomiApp::saveAndQuit);
    if (!moshikomi.start(app.arguments()))
        return moshikomi.handedOver() ? 0 : 1;
    return app.exec();
}
