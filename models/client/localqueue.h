#pragma once

#include "client/queuekeyring.h"
#include "core/application.h"
#include "core/applicationstate.h"

#include "sqlite/statementcache.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>

class QueueCipher;
class QSqlError;

// The local queue: every application this installation has entered, from the
// first keystroke (a draft) to what the service last said about it. The one
// owner of the SQLite file: schema version and migrations, PRAGMAs checked at
// open, every write in BEGIN IMMEDIATE. Nothing is ever silently lost: each
// failure leaves the previous committed state and reports an Error; a corrupt
// file is moved aside, never deleted.
//
// Every personal value (the draft, the frozen bytes, the names the list
// shows, what a search looks in, the service's words) is sealed with the
// queue's data key (QueueCipher), which the file holds only wrapped by a key
// from a QueueKeyring. Ids, states, times and the step stay clear.
class LocalQueue : public QObject
{
    Q_OBJECT
public:
    using State = ApplicationState;

    // Notes the queue writes itself in an application's history (codes; the
    // UI says them in words). Other notes are the service's JSON answers.
    static constexpr char ReportedByServiceNote[] = "reported by the service";
    static constexpr char RecoveredAfterInterruptedSendNote[] =
        "recovered after an interrupted send";

    enum class ErrorKind {
        None,
        DiskFull,
        ReadOnly,
        Locked,
        Corrupt,
        Io,
        TooNew,
        NotFound,
        InvalidTransition,
        NotEditable,
        NotOwned,     // the data folder belongs to another user
        SymbolicLink, // the database file is a symbolic link
        // The key: no keychain entry for this queue (a reset keychain,
        // another user's queue); no keychain answering; a key or passphrase
        // that does not open it; no passphrase given. The file is left as
        // it is in each case.
        KeyMissing,
        KeyUnavailable,
        KeyRefused,
        KeyCancelled,
        Other,
    };
    Q_ENUM(ErrorKind)

    // What went wrong; the words for the staff member are the UI's
    // (ui/queueerrortext.cpp), the detail is SQLite's own, for the log.
    struct Error
    {
        ErrorKind kind = ErrorKind::None;
        QString detail;
    };

    struct Entry
    {
        qint64 seq = 0;
        QUuid id;
        State state = State::Draft;
        int step = 0;
        Application application;
        QByteArray payload; // the exact bytes to send, frozen at queue time
        QString lastError;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    // What the queue list shows of an entry.
    struct Summary
    {
        qint64 seq = 0;
        QUuid id;
        State state = State::Draft;
        QString companyName;
        QString contactName;
        QDateTime updatedAt;
        QString lastError;
        // The confirmation deadline (awaiting confirmation) or the
        // registration deadline (provisionally registered); invalid otherwise.
        QDateTime deadline;
        // What a search looks in (QueueSearch::searchedText()): company, names, email, phone, id;
        // filled by summary() only (what Filter::matches needs).
        QString searchText;
        bool purged = false; // personal data removed after the retention period
        // The step a draft was left at (drafts() only; -1 otherwise).
        int step = -1;
    };

    // Which entries the queue list shows: some states (empty: all) and a
    // text found in the company, the contact's name, the email or the phone.
    struct Filter
    {
        QList<State> states;
        QString text;
        bool isEmpty() const { return states.isEmpty() && text.trimmed().isEmpty(); }
        bool matches(const Summary &summary) const;
    };

    // One line of an application's history: a change of state here, or
    // (from the service's timeline) a mail sent or a status it reported.
    struct HistoryItem
    {
        QDateTime at;
        std::optional<State> from;
        State to = State::Draft;
        QString note;
    };

    // Bringing a plaintext queue (version 4 or older) to the encrypted form:
    // sealing its rows in one transaction, then scrubbing the old pages.
    enum class MigrationPhase {
        Sealing,    // done of total rows sealed
        Committing, // all sealed, about to commit
        Scrubbing,  // committed; VACUUM and WAL truncation under way
        Relaying,   // done of total steps (or rows) of laying an encrypted queue out anew
        Done,
    };

    struct Options
    {
        // Where the key comes from; without one nothing is opened (a queue
        // is never written in clear).
        QueueKeyring *keyring = nullptr;
        // Saves run on the GUI thread: wait a little for another program,
        // not long enough to freeze the typing.
        int busyTimeoutMs = 1000;
        // Told while a plaintext queue is encrypted (it can take seconds).
        std::function<void(MigrationPhase, int done, int total)> progress;
    };

    static constexpr int SchemaVersion = 8;
    static constexpr auto FileName = "queue.sqlite";

    explicit LocalQueue(QObject *parent = nullptr);
    ~LocalQueue() override;

    // The platform's app data folder, or MOSHIKOMI_DATA_DIR when set.
    static QString defaultDirectory();

    // Loads the SQLite driver plugin, so that a later open() need not; safe
    // to call from any thread (start-up runs it beside building the window).
    static void preloadDriver();

    bool open(const QString &directory, const Options &options);
    void close();
    // How the open queue's key is kept.
    QueueKeyring::Protection protection() const { return m_protection; }
    // Only on the person's request, for a queue whose key is gone: the file
    // (and its -wal, -shm) renamed aside, so that a new queue can start.
    // Returns where it went; empty on failure.
    static QString setAside(const QString &directory);
    bool isOpen() const;
    // Opened from a file that cannot be written (read-only media, no
    // permission): reading works, every save fails with ReadOnly.
    bool isReadOnly() const { return m_readOnly; }
    QString databasePath() const { return m_path; }
    // Where a corrupt database was moved at open; empty when it was not.
    QString movedAsideTo() const { return m_movedAsideTo; }
    Error lastError() const { return m_error; }

    // Inserts or replaces the draft. Refused once the application left the
    // draft state: what was queued is no longer editable.
    bool saveDraft(const Application &application, int step);
    // draft → queued: stamps enteredAt, normalises, and freezes the exact
    // bytes to send. The draft is saved in the same transaction, at `step`.
    bool enqueue(const Application &application, int step);
    bool transition(const QUuid &id, State to, const QString &note = QString());
    // Whether a send of the application may have reached the service: a
    // try whose failure proves the contrary (no connection at all, the token
    // refused, marked but never handed to the network; the sync engine says
    // so in its note, `"taken": false`) does not count. Only one that cannot
    // have reached it may go from queued back to a draft (a correction at a
    // customer site without network): the service may otherwise hold its id
    // with the bytes first sent, and would refuse other bytes under it.
    bool mayHaveReachedService(const QUuid &id);
    // What the service reports of an application it has (its status feed):
    // the service is the authority, so steps it took in between need not be
    // walked one by one. Ignored for an application the service does not
    // have yet (draft, queued, rejected) or that is in that state already.
    // `reason` (a problem's, from the service's operator) becomes the entry's
    // last error, sealed as every personal value.
    bool applyServiceStatus(const QUuid &id, State state, const QString &reason = QString());
    // Drops a draft the staff member no longer wants.
    bool discardDraft(const QUuid &id);

    std::optional<Entry> entry(const QUuid &id);
    std::optional<Summary> summary(const QUuid &id);
    QList<Summary> drafts();
    // Applications waiting to be sent, oldest first, with the time before
    // which each should not be tried again (invalid: now).
    struct Waiting
    {
        QUuid id;
        QDateTime notBefore;
    };
    QList<Waiting> queued();
    bool setNotBefore(const QUuid &id, const QDateTime &when);
    // The frozen bytes alone (no draft decoded), for sending.
    QByteArray payload(const QUuid &id);
    // The sync engine's marks — queued → sending, sending → awaiting
    // confirmation with the service's deadline — several in one commit (an
    // answer's "sent" and the next application's "sending" together); for
    // each, whether it applied. Written without waiting for the disk
    // (synchronous=NORMAL for that commit): a mark lost to a power cut only
    // means the application is sent again, and the service answers a
    // repeated id with its first answer.
    struct Mark
    {
        QUuid id;
        State from = State::Queued; // the state the engine left it in
        State to = State::Sending;
        std::optional<QDateTime> deadline; // written with it when set
    };
    QList<bool> applyMarks(const QList<Mark> &marks);
    // Applications a crash left "sending" go back to "queued" (the service's
    // idempotency makes sending them again safe); returns how many.
    int recoverSending();
    // Newest first; entries with seq < beforeSeq (0: from the newest).
    QList<Summary> page(qint64 beforeSeq, int limit, const Filter &filter = {});
    // What the service says of the clocks and the history (status feed,
    // detail view).
    bool setDeadline(const QUuid &id, const QDateTime &deadline);
    bool setServiceTimeline(const QUuid &id, const QByteArray &timelineJson);
    QByteArray serviceTimeline(const QUuid &id);
    QList<HistoryItem> history(const QUuid &id);
    // Retention: the personal data of applications that reached a final
    // state more than `days` ago is removed; id, state and history stay.
    // Returns how many were purged (-1 on failure).
    int purgeFinished(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

    int count();
    // How many are in `state` (the wizard names the refused ones waiting
    // for a correction).
    int count(State state);

Q_SIGNALS:
    void entryAdded(const QUuid &id);
    void entryChanged(const QUuid &id);
    void entryRemoved(const QUuid &id);
    void errorOccurred(const LocalQueue::Error &error);

private:
    // The folder is this user's alone (0700), the file not a link, and a new
    // file is made 0600 before SQLite opens it (its -wal and -shm follow).
    bool secureLocation(const QString &directory);
    bool openFile();
    bool openReadOnly();
    bool failedToOpen();
    bool isWritable() const;
    bool configure();
    bool migrate();
    bool migrateToV3();
    bool migrateToV5(int fromVersion);
    bool migrateToV6();
    bool migrateToV7();
    bool migrateToV8();
    bool unlock();
    std::optional<QByteArray> newDataKey(QString *queueId);
    bool scrub();
    bool moveAside();
    // Sealing and opening the personal values of one application.
    QVariant seal(const QUuid &id, const char *column, const QByteArray &plain) const;
    QVariant sealText(const QUuid &id, const char *column, const QString &text) const;
    std::optional<QByteArray> tryUnseal(const QUuid &id, const char *column,
                                        const QVariant &value) const;
    QByteArray unseal(const QUuid &id, const char *column, const QVariant &value) const;
    QString unsealText(const QUuid &id, const char *column, const QVariant &value) const;
    Summary readSummary(const QSqlQuery &q) const;
    // What a search looks in, decrypted into memory (seq → text): built on
    // another thread from the moment the queue opens, so that the first
    // search need not wait for 100,000 decryptions; what changes meanwhile
    // is noted in a journal and laid over it.
    void startSearchBuild();
    bool loadSearchIndex();
    void noteSearchText(qint64 seq, const std::optional<QString> &text);
    // A prepared statement, kept for the life of the connection.
    QSqlQuery &statement(const QString &sql);
    bool begin();
    bool commit();
    void rollback();
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    bool fail(const QSqlQuery &query);
    bool fail(const QSqlError &error);
    bool fail(ErrorKind kind, const QString &detail = QString());
    std::optional<State> currentState(const QUuid &id, qint64 *seq = nullptr);
    bool writeDraft(const Application &application, int step, bool *inserted, qint64 *seq,
                    QString *searchText, const QByteArray &payload = QByteArray());
    bool recordChange(const QUuid &id, std::optional<State> from, State to, const QString &note);

    QString m_connection;
    StatementCache m_statements{m_connection};
    QString m_path;
    QString m_movedAsideTo;
    Options m_options;
    Error m_error;
    bool m_readOnly = false;
    std::unique_ptr<QueueCipher> m_cipher; // null only for a read-only plaintext queue
    QueueKeyring::Protection m_protection = QueueKeyring::Protection::Keychain;
    QByteArray m_pendingSalt; // a new passphrase's salt, until written
    std::map<qint64, QString> m_searchIndex;
    bool m_searchIndexLoaded = false;
    std::future<std::optional<std::map<qint64, QString>>> m_searchBuild;
    std::map<qint64, std::optional<QString>> m_searchJournal;
};
Q_DECLARE_METATYPE(LocalQueue::Error)
