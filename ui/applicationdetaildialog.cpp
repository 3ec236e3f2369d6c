#include "ui/applicationdetaildialog.h"

#include "client/datetimetext.h"
#include "client/queuetablemodel.h"
#include "core/wirecodec.h"
#include "ui/applicationcontentview.h"
#include "ui/deadlinetext.h"
#include "ui/readingpane.h"
#include "ui/screenfit.h"
#include "ui/wrappingitemdelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace {

QString mailName(const QString &kind)
{
    if (kind == u"confirmation_request")
        return ApplicationDetailDialog::tr("confirmation request (申込み確認)");
    if (kind == u"application_complete")
        return ApplicationDetailDialog::tr("application completed (申込み完了)");
    if (kind == u"provisional_registration")
        return ApplicationDetailDialog::tr("provisional registration (仮登録完了通知)");
    if (kind == u"problem")
        return ApplicationDetailDialog::tr("problem notice (問題通知)");
    return kind;
}

} // namespace

ApplicationDetailDialog::ApplicationDetailDialog(LocalQueue *queue, const QUuid &id,
                                                 const AdditionalInfoSchema &schema,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_queue(queue)
    , m_id(id)
    , m_schema(schema)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new QTreeWidget)
    , m_contentPane(new QStackedWidget)
    , m_content(new ApplicationContentView(ApplicationContentView::Editing::None))
    , m_noContent(new QLabel)
{
    setObjectName(QStringLiteral("applicationDetail"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("What happened")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->header()->resizeSection(0, 170);
    // A long error or reason wraps in its column: a tooltip alone showed the
    // rest to the mouse only.
    new WrappingItemDelegate(m_timeline);
    m_content->setObjectName(QStringLiteral("detailContent"));
    auto scroll = new ReadingPane(m_content);
    m_noContent->setWordWrap(true);
    m_noContent->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_contentPane->addWidget(scroll);
    m_contentPane->addWidget(m_noContent);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_contentPane, tr("&What was entered"));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Where staff read a problem's reason: the way on is a new application.
    m_reuse = buttons->addButton(tr("Re&use as new"), QDialogButtonBox::ActionRole);
    m_reuse->setObjectName(QStringLiteral("reuse"));
    // Enter closes, as before: a new draft only when asked for by name.
    m_reuse->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_reuse->setToolTip(tr("Start a new application with what this one holds"));
    connect(m_reuse, &QPushButton::clicked, this, [this] {
        emit reuseRequested(m_id);
        accept();
    });
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(720, 560));
    refresh();
    // Where the dialog opens: the state, the time left and any problem are
    // what staff open it for, and a screen reader reads what has the focus
    // (the tabs had it, and the summary went unread). Tab goes on to them,
    // and Shift+Tab back: a label with selectable text takes only clicks.
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setFocus();
}

QString ApplicationDetailDialog::noteText(const QString &note)
{
    if (note == QLatin1StringView(LocalQueue::ReportedByServiceNote))
        return tr("reported by the service");
    if (note == QLatin1StringView(LocalQueue::RecoveredAfterInterruptedSendNote))
        return tr("sent again after an interrupted send");
    // Why it was refused or could not be sent, in words (the service's JSON).
    return QueueTableModel::lastErrorText(note);
}

std::optional<QDateTime> ApplicationDetailDialog::serviceTimeOf(const QJsonArray &serviceTimeline,
                                                                LocalQueue::State state,
                                                                const QDateTime &learnedAt)
{
    // The last change to that state before this computer learned of it (an
    // application can come to a state twice: a resend after it expired).
    const QString name = ApplicationStates::name(state);
    std::optional<QDateTime> at;
    for (const QJsonValue &v : serviceTimeline) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("type")).toString() != u"status" ||
            e.value(QStringLiteral("status")).toString() != name)
            continue;
        const QDateTime when = WireCodec::parseTime(e.value(QStringLiteral("at")).toString());
        if (when.isValid() && when <= learnedAt)
            at = when;
    }
    return at;
}

void ApplicationDetailDialog::refresh()
{
    const std::optional<LocalQueue::Summary> s = m_queue->summary(m_id);
    if (!s) {
        m_reuse->setEnabled(false);
        m_summary->setText(tr("This application is no longer on this computer."));
        m_timeline->clear();
        m_content->clear();
        m_noContent->setText(tr("This application is no longer on this computer."));
        m_contentPane->setCurrentWidget(m_noContent);
        return;
    }
    m_reuse->setEnabled(!s->purged);
    const QString company = QueueTableModel::companyText(*s);
    setWindowTitle(tr("Application — %1").arg(company));
    QStringList lines{// The contact as staff name them (a dash after a katakana name read as ー).
                      s->contactName.isEmpty() ? company
                                               : tr("%1 — %2").arg(company, s->contactName),
                      tr("State: %1").arg(QueueTableModel::stateLabel(s->state))};
    // The deadline itself too, as the customer's mail states it: a customer
    // who calls asks until when, not how long.
    if (const QString left = QueueTableModel::timeLeftText(*s, QDateTime::currentDateTimeUtc());
        !left.isEmpty())
        lines << tr("%1 — deadline %2").arg(left, DeadlineText::format(s->deadline));
    const bool problem = s->state == LocalQueue::State::ProblemReported;
    // A problem's reason is said below, as the problem's.
    if (const QString error = QueueTableModel::lastErrorText(s->lastError);
        !error.isEmpty() && !problem)
        lines << tr("Last error: %1").arg(error);
    if (s->purged)
        lines << tr("The personal data of this application was removed from this computer "
                    "after the retention period.");
    // What the staff must put right with the customer, where they look first.
    const QJsonArray service = QJsonDocument::fromJson(m_queue->serviceTimeline(m_id)).array();
    if (problem) {
        // The feed brings it into the list's last error; the timeline has it too.
        QString reason = QueueTableModel::lastErrorText(s->lastError);
        for (const QJsonValue &v : service)
            reason = v.toObject().value(QStringLiteral("reason")).toString(reason);
        if (!reason.isEmpty())
            lines << tr("Problem reported by the service: %1").arg(reason);
    }
    lines << tr("Application number: %1").arg(m_id.toString(QUuid::WithoutBraces));
    m_summary->setText(lines.join(u'\n'));

    if (const std::optional<LocalQueue::Entry> e = m_queue->entry(m_id); e && !s->purged) {
        m_content->setApplication(e->application, m_schema);
        m_contentPane->setCurrentIndex(0);
        // Tab from the tabs through what was entered, then to the buttons
        // (made now, the groups would come after them).
        QWidget *previous = m_tabs->tabBar();
        for (QWidget *text : m_content->texts()) {
            QWidget::setTabOrder(previous, text);
            previous = text;
        }
    } else {
        m_content->clear();
        m_noContent->setText(s->purged
                                 ? tr("What was entered was removed from this computer after the "
                                      "retention period.")
                                 : tr("What was entered cannot be read on this computer."));
        m_contentPane->setCurrentWidget(m_noContent);
    }

    // This computer's changes and the service's events, in time order.
    struct Event
    {
        QDateTime at;
        // Told by the service with its own time, to the millisecond: such
        // events keep the service's order among themselves (an operator who
        // registers an application and reports a problem within a second).
        bool serviceTimed = false;
        QString what;
    };
    QList<Event> events;
    QDateTime previous;
    for (const LocalQueue::HistoryItem &h : m_queue->history(m_id)) {
        QString what = QueueTableModel::stateLabel(h.to);
        if (const QString note = noteText(h.note); !note.isEmpty())
            what += tr(" (%1)").arg(note);
        // A change this computer heard of from the service happened when the
        // service says, not at the sync that brought it (a minute later, or
        // days for a computer left offline): else "confirmed" would come
        // after the mails that followed it.
        Event event{h.at, false, what};
        if (h.note == QLatin1String(LocalQueue::ReportedByServiceNote)) {
            if (const std::optional<QDateTime> at = serviceTimeOf(service, h.to, h.at))
                event = {*at, true, what};
        } else if (h.to == LocalQueue::State::AwaitingConfirmation) {
            // So did its acceptance, which this computer writes down when the
            // answer arrives, after the service may have sent its mail; but
            // never before this computer sent it (the service's clock is not
            // this one's).
            event.at = serviceTimeOf(service, h.to, h.at).value_or(h.at);
            if (previous.isValid())
                event.at = std::max(event.at, previous);
        }
        previous = h.at;
        events.append(event);
    }
    for (const QJsonValue &v : service) {
        const QJsonObject e = v.toObject();
        const QString type = e.value(QStringLiteral("type")).toString();
        QString what;
        if (type == u"mail")
            what = tr("Mail sent: %1 to %2")
                       .arg(mailName(e.value(QStringLiteral("mail")).toString()),
                            e.value(QStringLiteral("recipient")).toString());
        else if (type == u"mail_failed")
            what = tr("Mail could not be delivered: %1 to %2")
                       .arg(mailName(e.value(QStringLiteral("mail")).toString()),
                            e.value(QStringLiteral("recipient")).toString());
        else if (type == u"status" && e.contains(QStringLiteral("reason")))
            what = tr("The service's operator reported a problem: %1")
                       .arg(e.value(QStringLiteral("reason")).toString());
        else if (type == u"status")
            continue; // the same changes are in this computer's history
        else if (type == u"resend")
            what = tr("A fresh confirmation link was sent");
        else
            what = type;
        events.append({WireCodec::parseTime(e.value(QStringLiteral("at")).toString()), true, what});
    }
    // To the second, as they are shown: within one, this computer's steps
    // first, in their own order (the service's mail follows its acceptance,
    // and the two clocks are not one), then what the service told, in its
    // order (a state before the reason and the mail that came of it).
    const auto key = [](const Event &e) {
        return std::tuple(e.at.toSecsSinceEpoch(), e.serviceTimed,
                          e.serviceTimed ? e.at.toMSecsSinceEpoch() : 0);
    };
    std::stable_sort(events.begin(), events.end(),
                     [&key](const Event &a, const Event &b) { return key(a) < key(b); });
    m_timeline->clear();
    for (const Event &event : std::as_const(events)) {
        auto item = new QTreeWidgetItem(m_timeline);
        // With seconds: the steps of one submission share a minute.
        item->setText(
            0, DateTimeText::format(event.at.toLocalTime(), DateTimeText::Precision::Seconds));
        item->setText(1, event.what);
        // An operator's reason can run to several lines: its time stands
        // beside its first, not in the middle, where it reads as the time of
        // a line of its own.
        item->setTextAlignment(0, Qt::AlignTop | Qt::AlignLeft);
        item->setTextAlignment(1, Qt::AlignTop | Qt::AlignLeft);
    }
}

QStringList ApplicationDetailDialog::timelineLines() const
{
    QStringList lines;
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i)
        lines << m_timeline->topLevelItem(i)->text(0) + QStringLiteral(" — ") +
                     m_timeline->topLevelItem(i)->text(1);
    return lines;
}

QString ApplicationDetailDialog::contentText() const
{
    return m_contentPane->currentWidget() == m_noContent ? QString() : m_content->plainText();
}
