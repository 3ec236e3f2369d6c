#pragma once

#include "client/localqueue.h"
#include "core/additionalinfoschema.h"

#include <QDialog>

#include <optional>

class ApplicationContentView;
class QJsonArray;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

// One application's whole story: who, what state, the time left, the last
// error, the timeline — each change of state on this computer and each mail
// and status the service reported — and what was entered, read-only, as the
// review step showed it (a customer who calls back asks what they applied
// for; only drafts and refused applications open in the wizard).
class ApplicationDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // `schema` labels step 3's values (the one at hand; a value it does not
    // know keeps its key).
    ApplicationDetailDialog(LocalQueue *queue, const QUuid &id, const AdditionalInfoSchema &schema,
                            QWidget *parent = nullptr);

    QUuid applicationId() const { return m_id; }
    // Reads the entry and its history again (a new state, the service's timeline).
    void refresh();
    // The timeline as shown, one line per event ("time — event"), for tests
    // and screen readers alike.
    QStringList timelineLines() const;
    // What was entered, as plain text ("label: value" lines); empty when it
    // is no longer on this computer.
    QString contentText() const;

Q_SIGNALS:
    // A new application from what this one holds (the dialog closes).
    void reuseRequested(const QUuid &id);

private:
    // A history note in words ("reported by the service", a refusal's reason).
    static QString noteText(const QString &note);
    // When the service says an application came to `state`, as its timeline has it.
    static std::optional<QDateTime> serviceTimeOf(const QJsonArray &serviceTimeline,
                                                  LocalQueue::State state,
                                                  const QDateTime &learnedAt);

    LocalQueue *m_queue;
    QUuid m_id;
    AdditionalInfoSchema m_schema;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_timeline;
    QStackedWidget *m_contentPane;
    QPushButton *m_reuse = nullptr;
    ApplicationContentView *m_content;
    QLabel *m_noContent;
};
