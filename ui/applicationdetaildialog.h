#pragma once

#include "client/localqueue.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

// One application's whole story: who, what state, the time left, the last
// error, and the timeline — each change of state on this computer and each
// mail and status the service reported.
class ApplicationDetailDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationDetailDialog(LocalQueue *queue, const QUuid &id, QWidget *parent = nullptr);

    QUuid applicationId() const { return m_id; }
    // Reads the entry and its history again (a new state, the service's timeline).
    void refresh();
    // The timeline as shown, one line per event ("time — event"), for tests
    // and screen readers alike.
    QStringList timelineLines() const;

private:
    // A history note in words ("reported by the service", a refusal's reason).
    static QString noteText(const QString &note);

    LocalQueue *m_queue;
    QUuid m_id;
    QLabel *m_summary;
    QTreeWidget *m_timeline;
};
