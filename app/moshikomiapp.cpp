#include "app/moshikomiapp.h"

#include "app/connectiontest.h"
#include "app/credentialstore.h"
#include "app/queuekeystore.h"
#include "app/singleinstance.h"
#include "app/syncengine.h"
#include "app/windowplaces.h"

#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "ui/applicationwizard.h"
#include "ui/draftsdialog.h"
#include "ui/focuskeeper.h"
#include "ui/inputhold.h"
#include "ui/passphrasedialog.h"
#include "ui/proxylogindialog.h"
#include "ui/queueerrortext.h"
#include "ui/queuewindow.h"
#include "ui/settingsdialog.h"
#include "ui/typingpause.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <optional>
#include <thread>

Q_LOGGING_CATEGORY(lcApp, "moshikomi.app")

MoshikomiApp::MoshikomiApp(QObject *parent)
    : QObject(parent)
    , m_queue(std::make_unique<LocalQueue>())
    , m_credentials(new CredentialStore(QStringLiteral("Moshikomi"), this))
{
    setApplicationIdentity();
    new FocusKeeper(this);
    m_typing = TypingPause::instance();
    connect(m_credentials, &CredentialStore::waitingForKeychain, this,
            &MoshikomiApp::sayKeychainWait);
}

void MoshikomiApp::sayKeychainWait(bool waiting)
{
    if (!waiting) {
        delete m_keychainWait;
        return;
    }
    if (m_keychainWait)
        return;
    QWidget *over = QApplication::activeWindow();
    if (!over)
        over = dialogParent();
    m_keychainWait = new QProgressDialog(
        tr("Waiting for the system keychain… If it asks for its password, its window may be "
           "behind this one."),
        QString(), 0, 0, over);
    m_keychainWait->setWindowTitle(tr("Moshikomi"));
    m_keychainWait->setMinimumDuration(0);
    // Said beside the page, not in its way: what is typed meanwhile goes to
    // the page (held there until the key is known).
    m_keychainWait->setAttribute(Qt::WA_ShowWithoutActivating);
    m_keychainWait->show();
}

void MoshikomiApp::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Moshikomi"));
    QCoreApplication::setApplicationName(QStringLiteral("Moshikomi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOSHIKOMI_VERSION));
}

MoshikomiApp::~MoshikomiApp()
{
    if (m_wizard)
        m_wizard->saveDraft();
    delete m_wizard;
    delete m_queueWindow;
}

QString MoshikomiApp::schemaCachePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("additional-info.json"));
}

bool MoshikomiApp::openSettings(const Options &options)
{
    m_dataDir = options.dataDir;
    if (!QDir().mkpath(m_dataDir)) {
        UiLanguage::install(
            CommandLine::languageFor(QCoreApplication::arguments(), UiLanguage::windowDefault()));
        QMessageBox::critical(
            nullptr, tr("Moshikomi"),
            tr("The data folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_dataDir)));
        return false;
    }
    // Portable use keeps the settings beside the data.
    m_settings =
        options.portable
            ? std::make_unique<QSettings>(QDir(m_dataDir).filePath(QStringLiteral("settings.ini")),
                                          QSettings::IniFormat)
            : std::make_unique<QSettings>();
    // Written only when it changes: a write costs a file replaced on disk at
    // every start from a shortcut that names the language.
    if (!options.language.isEmpty() &&
        m_settings->value(QStringLiteral("language")).toString() != options.language) {
        m_settings->setValue(QStringLiteral("language"), options.language);
        m_settings->sync();
    }
    // Files in the data folder are the user's alone, as the queue is.
    if (options.portable && QFile::exists(m_settings->fileName()))
        QFile::setPermissions(m_settings->fileName(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    UiLanguage::install(
        m_settings->value(QStringLiteral("language"), UiLanguage::windowDefault()).toString());
    m_places = new WindowPlaces(m_settings.get(), this);
    return true;
}

bool MoshikomiApp::claimDataFolder()
{
    auto instance = new SingleInstance(this);
    switch (instance->claim(m_dataDir)) {
    case SingleInstance::Claim::First:
        connect(instance, &SingleInstance::activationRequested, this, &MoshikomiApp::bringToFront);
        return true;
    case SingleInstance::Claim::HandedOver:
        m_handedOver = true;
        QTextStream(stderr) << tr("Moshikomi is already open with this data folder: its window "
                                  "was brought to the front.")
                            << '\n';
        return false;
    case SingleInstance::Claim::Unanswered:
        break;
    }
    const QString holder =
        instance->holderHost().isEmpty()
            ? tr("process %1").arg(instance->holderPid())
            : tr("process %1 on %2")
                  .arg(QString::number(instance->holderPid()), instance->holderHost());
    QMessageBox::critical(
        nullptr, tr("Moshikomi"),
        tr("Moshikomi is already open with the data folder %1 (%2) and does not answer. Close "
           "it and start again, or start with another --data-dir.")
            .arg(QDir::toNativeSeparators(m_dataDir), holder));
    return false;
}

void MoshikomiApp::bringToFront()
{
    // A question being asked comes first; else the window last in use.
    QWidget *front = QApplication::activeModalWidget();
    if (!front && m_queueWindow && m_queueWindow->isVisible() &&
        (!m_wizard || !m_wizard->isVisible() || QApplication::activeWindow() == m_queueWindow))
        front = m_queueWindow;
    if (!front)
        front = m_wizard;
    if (!front)
        return;
    front->setWindowState(front->windowState() & ~Qt::WindowMinimized);
    front->show();
    front->raise();
    front->activateWindow();
}

LocalQueue::Options MoshikomiApp::queueOptions(QueueKeyStore *keys,
                                               std::unique_ptr<QProgressDialog> *progress)
{
    LocalQueue::Options o;
    o.keyring = keys;
    // Encrypting a big plaintext queue takes seconds: said, not frozen. Made
    // only then: never over the passphrase question.
    o.progress = [progress](LocalQueue::MigrationPhase phase, int done, int total) {
        if (!*progress) {
            *progress = std::make_unique<QProgressDialog>();
            (*progress)->setWindowTitle(tr("Moshikomi"));
            (*progress)->setWindowModality(Qt::ApplicationModal);
            (*progress)->setCancelButton(nullptr);
            (*progress)->setMinimumDuration(500);
            (*progress)->setAutoReset(false);
            (*progress)->setAutoClose(false);
        }
        QProgressDialog *dialog = progress->get();
        using Phase = LocalQueue::MigrationPhase;
        const bool counted = phase == Phase::Sealing || phase == Phase::Relaying;
        if (phase == Phase::Sealing)
            dialog->setLabelText(tr("Encrypting the applications saved on this computer…"));
        else if (phase == Phase::Relaying)
            dialog->setLabelText(tr("Updating how the applications are stored on this "
                                    "computer…"));
        else if (phase != Phase::Done)
            dialog->setLabelText(tr("Removing the unencrypted copies…"));
        dialog->setMaximum(std::max(total, 1));
        dialog->setValue(counted ? done : dialog->maximum());
    };
    return o;
}

bool MoshikomiApp::openQueue()
{
    QueueKeyStore keys(
        m_credentials,
        [this](const QueueKeyStore::PassphraseQuestion &question) -> std::optional<QString> {
            PassphraseDialog dialog(question.isNew, question.attempt, dialogParent());
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            return dialog.passphrase();
        });
    std::unique_ptr<QProgressDialog> progress;
    bool opened = m_queue->open(m_dataDir, queueOptions(&keys, &progress));
    const LocalQueue::ErrorKind kind = m_queue->lastError().kind;
    if (!opened &&
        (kind == LocalQueue::ErrorKind::KeyMissing || kind == LocalQueue::ErrorKind::KeyRefused)) {
        // The file stays as it is unless the person asks otherwise.
        QMessageBox box(QMessageBox::Critical, tr("Moshikomi"),
                        QueueErrorText::message(m_queue->lastError(), m_queue->databasePath()),
                        QMessageBox::NoButton, dialogParent());
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        QPushButton *aside = box.addButton(tr("&Set the file aside and start with an empty list"),
                                           QMessageBox::DestructiveRole);
        box.setDefaultButton(quit);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() != aside)
            return false;
        const QString movedTo = LocalQueue::setAside(m_dataDir);
        if (movedTo.isEmpty()) {
            QMessageBox::critical(dialogParent(), tr("Moshikomi"),
                                  tr("The file could not be moved aside; nothing was changed."));
            return false;
        }
        opened = m_queue->open(m_dataDir, queueOptions(&keys, &progress));
        if (opened)
            QMessageBox::information(
                dialogParent(), tr("Moshikomi"),
                tr("The locked file was kept as %1. It opens again if its key comes back.")
                    .arg(QDir::toNativeSeparators(movedTo)));
    }
    progress.reset();
    if (!opened && m_terminating)
        return false;
    if (!opened) {
        QMessageBox::critical(
            dialogParent(), tr("Moshikomi"),
            QueueErrorText::message(m_queue->lastError(), m_queue->databasePath()));
        return false;
    }
    if (m_queue->isReadOnly()) {
        QMessageBox::warning(
            dialogParent(), tr("Moshikomi"),
            tr("The local database %1 is read-only: unfinished applications can be opened and "
               "read, but nothing you type can be saved. Copy the folder somewhere writable and "
               "start with --data-dir to go on.")
                .arg(QDir::toNativeSeparators(m_queue->databasePath())));
    }
    if (!m_queue->movedAsideTo().isEmpty()) {
        QMessageBox::warning(
            dialogParent(), tr("Moshikomi"),
            tr("The local database was damaged. It has been moved aside to %1 and a new, empty "
               "one was created. Nothing was deleted; ask support to recover the old file.")
                .arg(m_queue->movedAsideTo()));
    }
    return true;
}

QUuid MoshikomiApp::chooseDraft(const Options &options)
{
    if (!options.resume.isEmpty()) {
        const QUuid id = QUuid::fromString(options.resume);
        const std::optional<LocalQueue::Summary> found = m_queue->summary(id);
        // A refused one is unfinished too: it waits for a correction.
        if (found && (found->state == LocalQueue::State::Draft ||
                      found->state == LocalQueue::State::Rejected))
            return id;
        // Said, then the drafts there are offered instead (the command line
        // has refused anything that is no application number).
        QMessageBox::information(
            dialogParent(), tr("Moshikomi"),
            found ? tr("The application %1 was submitted already and is no longer edited here "
                       "(%2). The applications list (Alt+L) shows where it stands.")
                        .arg(options.resume, QueueTableModel::stateLabel(found->state))
                  : tr("There is no unfinished application %1 on this computer.")
                        .arg(options.resume));
    } else if (options.fresh) {
        return {};
    }
    const QList<LocalQueue::Summary> drafts = m_queue->drafts();
    if (drafts.isEmpty() || m_terminating)
        return {};
    DraftsDialog dialog(drafts, dialogParent());
    dialog.exec();
    return dialog.chosen();
}

// Over the first page once it is on screen: a question of the start stays in
// front of the window it belongs to (a click on the page would otherwise
// raise the page over it).
QWidget *MoshikomiApp::dialogParent() const
{
    return m_wizard && m_wizard->isVisible() ? m_wizard.data() : nullptr;
}

void MoshikomiApp::installWindowIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 256})
        icon.addFile(QStringLiteral(":/icons/moshikomi-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

bool MoshikomiApp::start(const QStringList &arguments)
{
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    if (parsed.action != CommandLine::Action::Run) {
        UiLanguage::install(CommandLine::languageFor(arguments, UiLanguage::windowDefault()));
        QMessageBox::critical(nullptr, tr("Moshikomi"), CommandLine::parse(arguments).text);
        return false;
    }
    const Options &options = parsed.options;
    if (!openSettings(options) || !claimDataFolder())
        return false;
    // The system's proxy (environment, desktop settings): corporate networks.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Loading the SQLite driver plugin and the keychain's library takes a
    // while and needs nothing from the rest of the start: done on the other
    // core meanwhile.
    std::thread driverLoader([] {
        LocalQueue::preloadDriver();
        CredentialStore::preloadBackend();
    });
    if (!options.schemaFile.isEmpty()) {
        installSchema(options.schemaJson);
        m_schema = options.schema; // read once, by the command line
    } else {
        loadSchema();
    }
    // Built while the driver loads; the queue is only used once it is open.
    m_wizard = createWizard();
    driverLoader.join();

    // The first page is on screen while the keychain gives the queue's key
    // (about 10 ms on a desktop; a locked keychain asks for its password over
    // the window instead of before any window, a slow one is said). What is
    // typed meanwhile waits for the queue. A draft named on the command line
    // is loaded before the window shows, not jumped to after.
    std::optional<InputHold> hold;
    if (options.resume.isEmpty()) {
        hold.emplace(m_wizard);
        m_wizard->show();
        // Painted now where the window system has already exposed it, before
        // the queue's work; otherwise while waiting for the keychain.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    if (!openQueue())
        return false;
    // Four images decoded: not on the way to the first page.
    installWindowIcon();
    // Not on the way to the first page: a moment after it is shown.
    QTimer::singleShot(2000, this, &MoshikomiApp::purgeFinished);
    startSync(options);
    const QUuid chosen = chooseDraft(options);
    // A refused one opens as the list's Open does: a window of its own, the
    // service's words at the fields (loadDraft opens drafts alone).
    if (const std::optional<LocalQueue::Summary> s =
            chosen.isNull() ? std::nullopt : m_queue->summary(chosen);
        s && s->state == LocalQueue::State::Rejected)
        reopenRejected(chosen);
    else
        loadDraft(chosen);
    m_wizard->updateListButton(); // the queue is open now
    // Ended (a logout, SIGTERM) while a question of the start was open: the
    // question went away, and no other comes; the application's loop, which
    // would hear quit(), does not run yet.
    if (m_terminating)
        return false;
    m_wizard->show();
    if (hold)
        hold->release();
    m_started = true;
    // Heard while a question of the start was open (the drafts): asked now.
    if (m_sync && m_sync->isTokenRefused())
        askForRefusedToken();
    return true;
}

void MoshikomiApp::askForRefusedToken()
{
    // Not over the start's own questions (the drafts offered, a draft not
    // found): once the wizard is there.
    if (!m_started || m_tokenRefusalAsked || (!m_wizard && !m_queueWindow))
        return;
    m_tokenRefusalAsked = true;
    // Not into the middle of a name being typed: after a pause, and only if
    // still refused by then (a token saved meanwhile may be taken).
    m_typing->whenQuiet(TypingPause::QuietBeforeAskingMs, this, [this] {
        if (m_sync && m_sync->isTokenRefused())
            openConnectionSettings(Asked::BySync);
    });
}

void MoshikomiApp::installSchema(const QByteArray &json)
{
    QSaveFile out(schemaCachePath());
    if (out.open(QIODevice::WriteOnly)) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(json);
        out.commit();
    }
}

void MoshikomiApp::loadSchema()
{
    QFile file(schemaCachePath());
    if (!file.open(QIODevice::ReadOnly)) {
        m_schema = {};
        return;
    }
    QString why;
    m_schema = AdditionalInfoSchema::fromJson(file.readAll(), &why);
    if (!m_schema.isValid())
        qCWarning(lcApp) << "cached schema unusable, step 3 skipped:" << why;
}

ApplicationWizard *MoshikomiApp::createWizard()
{
    auto wizard = new ApplicationWizard(m_queue.get(), m_schema);
    m_places->keep(wizard, QStringLiteral("wizard"));
    wizard->setServiceConfigured(m_sync && m_sync->isConfigured());
    wizard->setTokenRefused(m_sync && m_sync->isTokenRefused());
    connect(wizard, &ApplicationWizard::settingsRequested, this, &MoshikomiApp::showSettings);
    connect(wizard, &ApplicationWizard::submitted, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    if (m_sync)
        connect(m_sync, &SyncEngine::applicationSent, wizard, &ApplicationWizard::applicationSent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ApplicationWizard::newApplicationRequested, this,
            &MoshikomiApp::newApplication);
    connect(wizard, &ApplicationWizard::correctionRequested, this, &MoshikomiApp::reopenQueued);
    connect(wizard, &ApplicationWizard::rejectedCorrectionRequested, this,
            &MoshikomiApp::reopenRejected);
    // Deleted from the list: the application window starts a new
    // application and comes forward with it, as the list's New application
    // does (the question said so).
    connect(wizard, &ApplicationWizard::openDraftDiscarded, this, [this] { openWizard(QUuid()); });
    connect(wizard, &ApplicationWizard::queueListRequested, this, &MoshikomiApp::showQueueList);
    connect(wizard, &ApplicationWizard::languageSwitchRequested, this,
            &MoshikomiApp::switchLanguage);
    connect(wizard, &ApplicationWizard::quitRequested, qApp, &QApplication::closeAllWindows);
    return wizard;
}

void MoshikomiApp::loadDraft(const QUuid &draft)
{
    if (draft.isNull())
        return;
    if (const std::optional<LocalQueue::Entry> e = m_queue->entry(draft);
        e && e->state == LocalQueue::State::Draft)
        m_wizard->load(e->application, e->step);
}

void MoshikomiApp::openWizard(const QUuid &draft, Showing showing)
{
    if (m_wizard) {
        m_wizard->saveDraft();
        // What was being typed makes way for another application from the
        // list: kept, and said so where staff asked for the other one.
        const QUuid left = m_wizard->application().id;
        if (!m_wizard->isSubmitted() && left != draft && m_queueWindow && m_queue->entry(left))
            m_queueWindow->showKeptAsDraft(left);
        m_wizard->deleteLater();
    }
    m_wizard = createWizard();
    loadDraft(draft);
    if (m_queueWindow)
        m_queueWindow->setDraftBeingTyped(m_wizard->application().id);
    if (showing == Showing::Now)
        m_wizard->show();
}

void MoshikomiApp::newApplication()
{
    openWizard(QUuid());
}

void MoshikomiApp::resumeDraft(const QUuid &id)
{
    openWizard(id);
}

void MoshikomiApp::showQueueList()
{
    if (!m_queueWindow) {
        m_queueWindow = new QueueWindow(m_queue.get());
        m_places->keep(m_queueWindow, QStringLiteral("applications"));
        m_queueWindow->setSchema(m_schema);
        if (m_wizard && !m_wizard->isSubmitted())
            m_queueWindow->setDraftBeingTyped(m_wizard->application().id);
        m_queueWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_queueWindow, &QueueWindow::newApplicationRequested, this,
                &MoshikomiApp::newApplication);
        connect(m_queueWindow, &QueueWindow::draftOpenRequested, this, &MoshikomiApp::resumeDraft);
        connect(m_queueWindow, &QueueWindow::quitRequested, qApp, &QApplication::closeAllWindows);
        connect(m_queueWindow, &QueueWindow::queuedOpenRequested, this,
                &MoshikomiApp::reopenQueued);
        connect(m_queueWindow, &QueueWindow::rejectedOpenRequested, this,
                &MoshikomiApp::reopenRejected);
        connect(m_queueWindow, &QueueWindow::reuseRequested, this, &MoshikomiApp::reuseAsNew);
        connect(m_queueWindow, &QueueWindow::settingsRequested, this, &MoshikomiApp::showSettings);
        connect(m_queueWindow, &QueueWindow::newsWanted, this, &MoshikomiApp::askForNews);
        connect(m_queueWindow, &QueueWindow::syncRequested, this, [this] {
            m_tokenRefusalAsked = false; // asked for: a refused token is asked for again
            if (m_sync && m_sync->isConfigured())
                m_sync->retryNow();
            else
                showSettings();
        });
        if (m_sync) {
            connect(m_queueWindow, &QueueWindow::resendRequested, m_sync,
                    &SyncEngine::resendConfirmation);
            connect(m_sync, &SyncEngine::resendFinished, m_queueWindow.data(),
                    &QueueWindow::showResendResult);
            connect(m_sync, &SyncEngine::statusChanged, m_queueWindow.data(),
                    &QueueWindow::showNews);
            connect(m_queueWindow, &QueueWindow::detailRequested, m_sync, &SyncEngine::fetchDetail);
            connect(m_sync, &SyncEngine::detailFetched, m_queueWindow.data(),
                    &QueueWindow::refreshDetail);
            connect(m_sync, &SyncEngine::progress, m_queueWindow.data(),
                    [this] { updateSyncStatus(); });
            connect(m_sync, &SyncEngine::idle, m_queueWindow.data(),
                    [this] { updateSyncStatus(); });
            connect(m_sync, &SyncEngine::statusPolled, m_queueWindow.data(),
                    [this] { updateSyncStatus(); });
        }
        updateSyncStatus();
    }
    m_queueWindow->show();
    m_queueWindow->raise();
    m_queueWindow->activateWindow();
    askForNews();
}

void MoshikomiApp::askForNews()
{
    // Staff open the list, or come back to it, to see where an application
    // stands now (the customer confirmed a minute ago, an operator acted):
    // the service is asked at once instead of at the next round of the
    // timer — not again for each of several windows coming to the front.
    if (!m_sync || !m_sync->isConfigured() ||
        (m_newsAsked.isValid() && m_newsAsked.elapsed() < NewsIntervalMs))
        return;
    m_newsAsked.start();
    m_sync->syncNow();
}

void MoshikomiApp::proxyLogin(const QString &proxy, bool refused)
{
    if (const auto kept = refused ? std::nullopt : m_credentials->readProxyLogin(proxy)) {
        m_sync->setProxyCredentials(proxy, kept->user, kept->password);
        return;
    }
    // Asked only with a window to ask in (not from --sync).
    if (!m_wizard && !m_queueWindow)
        return;
    // Like the token: in a pause of the typing, beside the window and
    // without its keys; what is sent waits for the answer.
    m_typing->whenQuiet(TypingPause::QuietBeforeAskingMs, this, [this, proxy, refused] {
        if (!m_wizard && !m_queueWindow)
            return;
        auto dialog = new ProxyLoginDialog(proxy, refused,
                                           m_queueWindow && m_queueWindow->isVisible()
                                               ? static_cast<QWidget *>(m_queueWindow.data())
                                               : m_wizard.data());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, proxy] {
            m_credentials->writeProxyLogin(proxy, {dialog->user(), dialog->password()});
            if (m_sync)
                m_sync->setProxyCredentials(proxy, dialog->user(), dialog->password());
        });
        TypingPause::showAside(dialog);
    });
}

void MoshikomiApp::purgeFinished()
{
    if (m_queue->isReadOnly())
        return;
    // Personal data of what is over is not carried around longer than needed.
    const int days = m_settings->value(QStringLiteral("retentionDays"), 30).toInt();
    if (days > 0) {
        const int purged = m_queue->purgeFinished(days);
        if (purged > 0)
            qCInfo(lcApp) << "personal data of" << purged << "finished applications removed";
    }
}

void MoshikomiApp::updateSyncStatus()
{
    if (!m_queueWindow)
        return;
    QueueWindow::SyncStatus status;
    status.configured = m_sync && m_sync->isConfigured();
    if (m_sync) {
        status.sending = m_sync->isBusy();
        status.sent = m_sync->roundSent();
        status.total = m_sync->roundTotal();
        status.lastSync = m_sync->lastSync();
        if (const std::optional<ConnectionOutcome> problem = m_sync->lastProblem())
            status.problem = ConnectionOutcomes::text(*problem);
    }
    m_queueWindow->setSyncStatus(status);
}

void MoshikomiApp::switchLanguage()
{
    const QString next = UiLanguage::isJapanese() ? UiLanguage::english() : UiLanguage::japanese();
    m_settings->setValue(QStringLiteral("language"), next);
    UiLanguage::install(next);
    // The service's words (a refusal, a conflict) come in the new language
    // from the next request on.
    if (m_sync)
        m_sync->setLanguage(next);
    // Every window is rebuilt in the new language; the application being
    // entered continues from its draft, at the same step, with the messages
    // it showed and the cursor where it was; one just submitted stays at
    // step 6.
    QUuid draft;
    std::optional<Application> submitted;
    ApplicationWizard::ViewState view;
    if (m_wizard && !m_wizard->isSubmitted()) {
        m_wizard->saveDraft();
        if (m_queue->entry(m_wizard->application().id))
            draft = m_wizard->application().id;
        view = m_wizard->viewState();
    } else if (m_wizard && m_wizard->currentId() == DonePageId) {
        if (const std::optional<LocalQueue::Entry> e = m_queue->entry(m_wizard->applicationId()))
            submitted = e->application;
    }
    const bool listOpen = m_queueWindow && m_queueWindow->isVisible();
    const QueueWindow::Shown listShown = listOpen ? m_queueWindow->shown() : QueueWindow::Shown();
    // Gone from the screen first, the list too, then shown again list first:
    // the switch was pressed in the wizard, which is shown last and so
    // stays in front, with the keyboard, the list behind it. (The old wizard
    // is deleted later: this runs inside its button's click.)
    if (m_wizard)
        m_wizard->hide();
    delete m_queueWindow;
    if (listOpen) {
        showQueueList();
        m_queueWindow->showAsBefore(listShown);
    }
    // Shown once what it showed is back, the focus included: a field given
    // the focus in a window not yet active kept a blinking cursor beside
    // the one where the cursor really was (the first field got it as the
    // window came up, and was never told it lost it).
    openWizard(draft, Showing::Later);
    if (submitted && !m_wizard->showSubmitted(*submitted))
        openWizard(QUuid(), Showing::Later);
    else
        m_wizard->restoreViewState(view);
    m_wizard->show();
}

void MoshikomiApp::saveAndQuit()
{
    // Also while start() still asks for the queue's passphrase: the question
    // goes away and nothing more is said.
    m_terminating = true;
    // No key lands after the save: one already on its way would otherwise be
    // taken by the field between the save and the end of the loop, and lost.
    if (m_wizard)
        m_wizard->setEnabled(false);
    if (m_wizard && m_queue->isOpen())
        m_wizard->saveDraft();
    // The application's loop does not run yet while start() asks (quit()
    // would do nothing): the question is closed instead, as Cancel would.
    if (auto *question = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        question->reject();
    QCoreApplication::quit();
}

ConnectionSettings MoshikomiApp::connectionSettings(bool withToken)
{
    ConnectionSettings c;
    c.serviceUrl = m_settings->value(QStringLiteral("serviceUrl")).toString();
    c.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    c.pins = m_settings->value(QStringLiteral("pins")).toStringList();
    // The environment gives a token for this session (scripts, tools/run.sh);
    // otherwise the keychain has it. Never a file.
    if (!withToken)
        return c;
    c.token =
        ConnectionSettings::tokenAsGiven(qEnvironmentVariable("MOSHIKOMI_STAFF_TOKEN")).toLatin1();
    if (c.token.isEmpty() && !c.serviceUrl.isEmpty())
        m_credentials->read(CredentialStore::tokenKey(c.serviceUrl), &c.token);
    return c;
}

void MoshikomiApp::applyConnection(const ConnectionSettings &c)
{
    if (!m_sync)
        return;
    SyncEngine::Settings s = m_sync->settings();
    s.serviceUrl = QUrl(c.serviceUrl);
    s.token = c.token;
    s.caFile = c.caFile;
    s.pins = c.pins;
    s.language = UiLanguage::current();
    m_sync->setSettings(s);
    if (m_wizard) {
        m_wizard->setServiceConfigured(m_sync->isConfigured());
        m_wizard->setTokenRefused(m_sync->isTokenRefused());
    }
    updateSyncStatus();
}

void MoshikomiApp::startSync(const Options &options)
{
    if (!options.serviceUrl.isEmpty())
        m_settings->setValue(QStringLiteral("serviceUrl"), options.serviceUrl);
    if (!options.caFile.isEmpty())
        m_settings->setValue(QStringLiteral("caFile"), options.caFile);
    if (m_queue->isReadOnly())
        return;
    SyncEngine::Settings s;
    s.statusCursor = m_settings->value(QStringLiteral("statusCursor"), 0).toLongLong();
    s.schemaCacheFile = schemaCachePath();
    s.schemaEtag = m_settings->value(QStringLiteral("schemaEtag")).toByteArray();
    m_sync = new SyncEngine(m_queue.get(), this);
    m_sync->setSettings(s);
    applyConnection(connectionSettings());
    connect(m_sync, &SyncEngine::statusCursorChanged, this, [this](qint64 cursor) {
        m_settings->setValue(QStringLiteral("statusCursor"), cursor);
    });
    // The next application uses the new schema; the open one too while its
    // step 3 has not been shown (ApplicationWizard::offerSchema).
    connect(m_sync, &SyncEngine::schemaUpdated, this, [this](const QByteArray &etag) {
        m_settings->setValue(QStringLiteral("schemaEtag"), etag);
        loadSchema();
        if (m_wizard)
            m_wizard->offerSchema(m_schema);
        if (m_queueWindow)
            m_queueWindow->setSchema(m_schema);
    });
    connect(m_sync, &SyncEngine::proxyCredentialsNeeded, this, &MoshikomiApp::proxyLogin);
    // 401: the token was revoked or replaced; the person enters the new one.
    // Asked once: staff on the phone may have no new token at hand and
    // dismiss the question; it is not put to them again at every round (or
    // each time the list comes to the front) until they save a token or ask
    // for a sync themselves. The list's status bar keeps saying it.
    connect(m_sync, &SyncEngine::tokenRejected, this, [this] {
        updateSyncStatus();
        if (m_wizard)
            m_wizard->setTokenRefused(true);
        askForRefusedToken();
    });
    if (m_wizard)
        connect(m_sync, &SyncEngine::applicationSent, m_wizard.data(),
                &ApplicationWizard::applicationSent);
    // When the network comes back, right after a submit, on a timer, and now.
    m_sync->watchConnectivityOnceConfigured();
    auto timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, m_sync, &SyncEngine::syncNow);
    timer->start();
    QTimer::singleShot(0, m_sync, &SyncEngine::syncNow);
}

void MoshikomiApp::showSettings()
{
    openConnectionSettings(Asked::ByStaff);
}

void MoshikomiApp::openConnectionSettings(Asked asked)
{
    if (m_settingsDialog && m_settingsDialog->isVisible()) {
        if (asked == Asked::ByStaff) {
            m_settingsDialog->raise();
            m_settingsDialog->activateWindow();
        }
        return;
    }
    // One dismissed is on its way out (hidden, deleted later): a new one.
    if (m_settingsDialog)
        m_settingsDialog->deleteLater();
    QWidget *over = m_queueWindow && m_queueWindow->isActiveWindow()
                        ? static_cast<QWidget *>(m_queueWindow.data())
                        : m_wizard.data();
    // The token the engine holds: the keychain was read once, at start or save.
    ConnectionSettings current = connectionSettings(!m_sync);
    if (m_sync)
        current.token = m_sync->settings().token;
    m_settingsDialog = new SettingsDialog(current, m_credentials->keychainWorks(), over);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Opened from anywhere while the service refuses the token: said there.
    if (m_sync && m_sync->isTokenRefused())
        m_settingsDialog->showFieldError(SettingsDialog::Field::Token,
                                         ConnectionOutcomes::text(ConnectionOutcome::TokenRefused));
    auto test = new ConnectionTest(m_settingsDialog);
    connect(
        m_settingsDialog.data(), &SettingsDialog::testRequested, test,
        [test](const ConnectionSettings &values) { test->start(values, UiLanguage::current()); });
    connect(test, &ConnectionTest::finished, m_settingsDialog.data(),
            &SettingsDialog::showTestResult);
    connect(m_settingsDialog.data(), &SettingsDialog::saveRequested, this,
            &MoshikomiApp::saveConnection);
    if (asked == Asked::ByStaff) {
        m_settingsDialog->setWindowModality(Qt::WindowModal);
        m_settingsDialog->show();
    } else {
        // Staff may be typing a customer's name: Ctrl+, or a click takes
        // them to it when they are ready.
        TypingPause::showAside(m_settingsDialog);
    }
}

void MoshikomiApp::saveConnection(const ConnectionSettings &values)
{
    m_tokenRefusalAsked = false; // a new token refused in turn is asked for again
    if (!values.caFile.isEmpty() && QSslCertificate::fromPath(values.caFile).isEmpty()) {
        m_settingsDialog->showFieldError(
            SettingsDialog::Field::CaFile,
            ConnectionOutcomes::text(ConnectionOutcome::CaFileUnreadable));
        return;
    }
    const QString previousUrl = m_settings->value(QStringLiteral("serviceUrl")).toString();
    m_settings->setValue(QStringLiteral("serviceUrl"), values.serviceUrl);
    // Typed as a relative path: the folder it meant is the one of now, not of
    // the next start.
    m_settings->setValue(QStringLiteral("caFile"),
                         values.caFile.isEmpty() ? QString()
                                                 : QFileInfo(values.caFile).absoluteFilePath());
    m_settings->setValue(QStringLiteral("pins"), values.pins);
    // Another service: where its feed was left means nothing there.
    if (previousUrl != values.serviceUrl)
        m_settings->setValue(QStringLiteral("statusCursor"), 0);
    m_settings->sync();
    const CredentialStore::Status stored =
        m_credentials->write(CredentialStore::tokenKey(values.serviceUrl), values.token);
    if (m_sync) {
        SyncEngine::Settings s = m_sync->settings();
        if (previousUrl != values.serviceUrl)
            s.statusCursor = 0;
        m_sync->setSettings(s);
    }
    applyConnection(values);
    m_settingsDialog->accept();
    if (stored == CredentialStore::Status::SessionOnly)
        QMessageBox::information(
            m_wizard, tr("Moshikomi"),
            tr("No keychain is available on this computer, so the staff token is kept only "
               "until the app is closed."));
    if (m_sync)
        m_sync->syncNow();
}

void MoshikomiApp::reuseAsNew(const QUuid &id)
{
    const std::optional<LocalQueue::Entry> e = m_queue->entry(id);
    if (!e)
        return;
    Application copy = e->application;
    const Application fresh = Application::create();
    copy.id = fresh.id;
    copy.enteredAt = QDateTime();
    copy.createdAt = fresh.createdAt;
    copy.updatedAt = fresh.updatedAt;
    if (!m_queue->saveDraft(copy, CustomerPageId)) {
        QMessageBox::warning(
            dialogParent(), tr("Moshikomi"),
            QueueErrorText::message(m_queue->lastError(), m_queue->databasePath()));
        return;
    }
    openWizard(copy.id);
}

void MoshikomiApp::reopenQueued(const QUuid &id)
{
    // Refused when a send was tried since the list was looked at (the network
    // came back meanwhile): said, and it goes as it was.
    if (!m_queue->transition(id, LocalQueue::State::Draft, QString())) {
        QMessageBox::information(
            m_queueWindow && m_queueWindow->isActiveWindow()
                ? static_cast<QWidget *>(m_queueWindow.data())
                : m_wizard.data(),
            tr("Moshikomi"),
            m_queue->lastError().kind == LocalQueue::ErrorKind::InvalidTransition
                ? tr("The application is already being sent, or was sent, and can no longer "
                     "be corrected here. If something in it is wrong, ask an operator to "
                     "report a problem with it, and enter it again.")
                : QueueErrorText::message(m_queue->lastError(), m_queue->databasePath()));
        return;
    }
    openWizard(id);
}

void MoshikomiApp::reopenRejected(const QUuid &id)
{
    const std::optional<LocalQueue::Entry> e = m_queue->entry(id);
    if (!e || e->state != LocalQueue::State::Rejected)
        return;
    // The service's answer was kept as the last error (validation_failed:
    // a path, a code and a message per field).
    QList<std::pair<QString, QString>> faults;
    const QJsonObject answer = QJsonDocument::fromJson(e->lastError.toUtf8()).object();
    for (const QJsonValue &v : answer.value(QStringLiteral("fields")).toArray())
        faults.append({v.toObject().value(QStringLiteral("path")).toString(),
                       v.toObject().value(QStringLiteral("message")).toString()});
    if (!m_queue->transition(id, LocalQueue::State::Draft, e->lastError)) {
        QMessageBox::warning(
            m_queueWindow, tr("Moshikomi"),
            QueueErrorText::message(m_queue->lastError(), m_queue->databasePath()));
        return;
    }
    openWizard(id);
    const QStringList unplaced = m_wizard->showServiceErrors(faults);
    if (faults.isEmpty() || !unplaced.isEmpty()) {
        QStringList lines;
        for (const auto &[path, message] : std::as_const(faults)) {
            if (faults.size() == unplaced.size() || unplaced.contains(path))
                lines << m_wizard->faultInWords(path, message);
        }
        QMessageBox::information(m_wizard, tr("Moshikomi"),
                                 tr("The service did not accept this application:\n\n%1")
                                     .arg(lines.isEmpty()
                                              ? answer.value(QStringLiteral("message")).toString()
                                              : lines.join(u'\n')));
    }
}
