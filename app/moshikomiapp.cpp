#include "moshikomiapp.h"

#include "localqueue.h"
#include "queuewindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

MoshikomiApp::MoshikomiApp(QObject *parent)
    : QObject(parent)
    , m_queue(std::make_unique<LocalQueue>())
{
    QCoreApplication::setOrganizationName(QStringLiteral("Moshikomi"));
    QCoreApplication::setApplicationName(QStringLiteral("Moshikomi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOSHIKOMI_VERSION));
}

MoshikomiApp::~MoshikomiApp() = default;

bool MoshikomiApp::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Moshikomi: applications for the cyber security monitoring service"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the local queue and settings in DIR "
                                                    "(also MOSHIKOMI_DATA_DIR)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("UI language: ja or en."),
                                      QStringLiteral("LANG"));
    parser.addOption(dataDir);
    parser.addOption(language);
    parser.process(arguments);

    const QString directory =
        parser.isSet(dataDir) ? parser.value(dataDir) : LocalQueue::defaultDirectory();
    QSettings settings;
    const QString lang =
        parser.isSet(language)
            ? parser.value(language)
            : settings.value(QStringLiteral("language"), UiLanguage::systemDefault()).toString();
    UiLanguage::install(lang);

    if (!m_queue->open(directory)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("MoshikomiApp", "Moshikomi"),
                              m_queue->lastError().message);
        return false;
    }
    if (!m_queue->movedAsideTo().isEmpty()) {
        QMessageBox::warning(
            nullptr, tr("Moshikomi"),
            tr("The local database was damaged. It has been moved aside to %1 and a new, empty "
               "one was created. Nothing was deleted; ask support to recover the old file.")
                .arg(m_queue->movedAsideTo()));
    }
    m_window = std::make_unique<QueueWindow>(m_queue.get());
    m_window->show();
    return true;
}
