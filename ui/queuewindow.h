#pragma once

#include "client/localqueue.h"
#include "core/additionalinfoschema.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class ApplicationDetailDialog;
class ChoiceBox;
class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QueueTableModel;

// Every application entered on this computer, newest first: what became of
// each (state, time left to confirm or register, the last error), filtered
// by state and searched by company, name, email or phone. Drafts and
// rejected applications open in the wizard; a draft can be deleted (after
// asking); an unconfirmed or expired one can get a fresh confirmation link;
// the detail view shows its whole history. The status bar says how the
// sync is going.
class QueueWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the status bar says of the sync.
    struct SyncStatus
    {
        bool configured = false;
        bool sending = false;
        int sent = 0;  // this round
        int total = 0; // this round
        QDateTime lastSync;
        QString problem; // why the last round could not reach the service; empty: none
    };

    explicit QueueWindow(LocalQueue *queue, QWidget *parent = nullptr);

    void setSyncStatus(const SyncStatus &status);
    // Labels step 3's values in the detail view.
    void setSchema(const AdditionalInfoSchema &schema) { m_schema = schema; }
    QString syncStatusText() const;
    // What came of a request for a fresh confirmation link.
    // `retryAfter`: the seconds the service said to wait before another
    // (0: not said).
    void showResendResult(const QUuid &id, bool ok, const QString &why, int retryAfter = 0);
    // The service's timeline of an application arrived.
    void refreshDetail(const QUuid &id);
    // The service moved an application to another state (the customer
    // confirmed, the link lapsed): said in the status bar for a while, as
    // its row may be out of sight.
    void showNews(const QUuid &id);
    // The application in the wizard made way for another one asked for
    // here: it was kept as a draft, to be opened here again.
    void showKeptAsDraft(const QUuid &id);
    // The draft being typed in the application window (null: none), so that
    // deleting it here says what that window then does.
    void setDraftBeingTyped(const QUuid &id) { m_draftBeingTyped = id; }
    // What the list shows besides the queue itself: the state chosen, the
    // search typed, the order, the application selected. Carried into the
    // window rebuilt in the other language.
    struct Shown
    {
        int stateFilter = 0;
        QString search;
        int sortColumn = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        QUuid selected;
    };
    Shown shown() const;
    void showAsBefore(const Shown &shown);
    QueueTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void newApplicationRequested();
    void draftOpenRequested(const QUuid &id);
    // A rejected application, to correct and queue again.
    void rejectedOpenRequested(const QUuid &id);
    // One waiting to be sent and never tried, to correct before it goes
    // (taken out of the queue by the app, then opened).
    void queuedOpenRequested(const QUuid &id);
    // A new application from what this one holds.
    void reuseRequested(const QUuid &id);
    // "今すぐ同期": send what waits and fetch what the service says, now.
    void syncRequested();
    void settingsRequested();
    void resendRequested(const QUuid &id);
    // The detail view opened: the service's timeline is wanted.
    void detailRequested(const QUuid &id);
    // Ctrl+Q: end the application.
    void quitRequested();
    // The window came to the front: staff look at it to see where things
    // stand now (the app decides how often it asks the service).
    void newsWanted();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The row's actions in a menu: at the mouse, or under the current row
    // when the keyboard asked (the Menu key, Shift+F10).
    void showRowMenu(const QModelIndex &row, const QPoint &globalPos);
    std::optional<LocalQueue::Summary> current() const;
    void openCurrent();
    void showDetail();

    void deleteCurrentDraft();
    void resendCurrent();
    void applyFilter();
    void updateActions();
    void updateCount();
    // Column widths for the list's width: the measured ones whole, the
    // company and the last error sharing the rest.
    void fitColumns();
    struct MeasuredColumns
    {
        int contact;
        int state;
        int timeLeft;
        int updated;
        int minimum; // of the company and the last error
    };
    MeasuredColumns measureColumns() const;

    QUuid m_draftBeingTyped;
    LocalQueue *m_queue;
    QueueTableModel *m_model;
    QTableView *m_view;
    ChoiceBox *m_stateFilter;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QAction *m_open;
    QAction *m_detail;
    QAction *m_delete;
    QAction *m_resend;
    QAction *m_copyNumber;
    QAction *m_reuse;
    QLabel *m_syncLabel;
    QLabel *m_countLabel;
    QLabel *m_emptyNote;
    QPointer<ApplicationDetailDialog> m_detailDialog;
    AdditionalInfoSchema m_schema;
    bool m_fittingColumns = false;
    bool m_columnsSetByHand = false;
    std::optional<MeasuredColumns> m_measured;
};
