#pragma once

#include "app/commandline.h"
#include "client/connectionsettings.h"
#include "client/localqueue.h"
#include "core/additionalinfoschema.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUuid>

#include <memory>

#include "ui/applicationwizard.h"
#include "ui/queuewindow.h"
class CredentialStore;
class QueueKeyStore;
class QProgressDialog;
class SettingsDialog;
class QSettings;
class SyncEngine;
class TypingPause;
class WindowPlaces;

// Wires the executable together: command line, settings, language, local
// queue, the step-3 schema cache, and the windows.
class MoshikomiApp : public QObject
{
    Q_OBJECT
public:
    explicit MoshikomiApp(QObject *parent = nullptr);
    ~MoshikomiApp() override;

    // Organisation, name and version, for settings and --version.
    static void setApplicationIdentity();
    // Returns false when the app cannot run (the reason has been shown), or
    // when handedOver(): the app was running with this data folder already,
    // and that one came to the front instead.
    bool start(const QStringList &arguments);
    bool handedOver() const { return m_handedOver; }

    ApplicationWizard *wizard() const { return m_wizard; }
    QueueWindow *queueWindow() const { return m_queueWindow; } // null until opened
    // Null only with a read-only queue; isConfigured() once a service and a token are known.
    SyncEngine *sync() const { return m_sync; }
    LocalQueue *queue() const { return m_queue.get(); }

    // The file the step-3 schema is cached in (the sync engine refreshes it).
    QString schemaCachePath() const;

public Q_SLOTS:
    void newApplication();
    void resumeDraft(const QUuid &id);
    // A rejected application goes back to the wizard, the service's words at
    // the fields it refused, to be corrected and queued again.
    void reopenRejected(const QUuid &id);
    // One waiting to be sent, never tried, taken back to be corrected: a
    // draft again, opened at the review.
    void reopenQueued(const QUuid &id);
    // A new draft with what another application holds (a problem reported,
    // a second site of the same customer): opened at step 1 under a new id,
    // the other left as it is.
    void reuseAsNew(const QUuid &id);
    void switchLanguage();
    void showQueueList();
    // The connection settings (service, token, CA, pins); the service's
    // refusal of the token it had is said at the token.
    void showSettings();
    // Saves what is open and ends the application (a termination signal).
    void saveAndQuit();

private:
    using Options = CommandLine::Options;
    bool openSettings(const Options &options);
    // This process's claim on the data folder (one app per folder).
    bool claimDataFolder();
    // Another start of the app asked for this one.
    void bringToFront();
    // Opens the local queue; false (and the person told) when it cannot.
    bool openQueue();
    static void installWindowIcon();
    QWidget *dialogParent() const;
    void sayKeychainWait(bool waiting);
    static LocalQueue::Options queueOptions(QueueKeyStore *keys,
                                            std::unique_ptr<QProgressDialog> *progress);
    // The application to continue: a draft named on the command line (or
    // one the service refused, to be corrected) or chosen from a list.
    QUuid chooseDraft(const Options &options);
    // Kept as the cached step 3 (the command line has read and checked it).
    void installSchema(const QByteArray &json);
    // Sends queued applications to the service when one is configured.
    void startSync(const Options &options);
    // As saved: the settings file and, `withToken`, the keychain (or the
    // environment) — a blocking read of the keychain.
    ConnectionSettings connectionSettings(bool withToken = true);
    void applyConnection(const ConnectionSettings &settings);
    void saveConnection(const ConnectionSettings &values);
    void updateSyncStatus();
    // The service refused the staff token: the settings, with the words at
    // the token, once (see m_tokenRefusalAsked).
    void askForRefusedToken();
    // Asked for by staff (modal, with the keys), or by a sync round that
    // heard the token refused (beside the window, the keys left where they
    // are: staff may be typing a customer's name).
    enum class Asked { ByStaff, BySync };
    void openConnectionSettings(Asked asked);
    // The list was opened or came to the front: what the service says now.
    void askForNews();
    static constexpr qint64 NewsIntervalMs = 5000;
    // A proxy wants credentials: from the keychain, else asked once.
    void proxyLogin(const QString &proxy, bool refused);
    // Retention: personal data of finished applications after N days
    // (setting "retentionDays", default 30; 0 keeps everything).
    void purgeFinished();
    void loadSchema();
    ApplicationWizard *createWizard();
    void loadDraft(const QUuid &draft);
    enum class Showing { Now, Later };
    void openWizard(const QUuid &draft, Showing showing = Showing::Now);

    std::unique_ptr<LocalQueue> m_queue;
    std::unique_ptr<QSettings> m_settings;
    AdditionalInfoSchema m_schema;
    QString m_dataDir;
    WindowPlaces *m_places = nullptr;
    QPointer<ApplicationWizard> m_wizard;
    QPointer<QueueWindow> m_queueWindow;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QProgressDialog> m_keychainWait;
    CredentialStore *m_credentials;
    bool m_terminating = false;
    bool m_handedOver = false;
    SyncEngine *m_sync = nullptr;
    QElapsedTimer m_newsAsked;
    bool m_tokenRefusalAsked = false;
    TypingPause *m_typing = nullptr;
    bool m_started = false; // start() is over: its questions are answered
};
