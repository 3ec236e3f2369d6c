#include "ui/queuewindow.h"

#include "client/connectionsettings.h"
#include "client/datetimetext.h"
#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "ui/accessiblecombobox.h"
#include "ui/accessiblelineedit.h"
#include "ui/applicationdetaildialog.h"
#include "ui/choicebox.h"
#include "ui/correctionquestion.h"
#include "ui/deadlinetext.h"
#include "ui/fieldmessage.h"
#include "ui/focusannouncement.h"
#include "ui/keyboardhelp.h"
#include "ui/lossquestion.h"
#include "ui/queueerrortext.h"
#include "ui/quiettableview.h"
#include "ui/screenfit.h"
#include "ui/strayinput.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

using State = LocalQueue::State;

// The keys the README and the tooltips promise, on every desktop (a
// QKeySequence made from a standard key is only the platform's first: Close
// is Ctrl+F4 on some, and Ctrl+W did nothing there), then the platform's own.
QList<QKeySequence> promisedKeys(QKeySequence::StandardKey standard,
                                 std::initializer_list<QKeySequence> promised)
{
    QList<QKeySequence> keys(promised);
    for (const QKeySequence &platform : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(platform))
            keys << platform;
    }
    return keys;
}

// The filter's choices: what staff ask ("which still wait?"), not every
// internal state ("sending" goes with "waiting").
struct StateChoice
{
    const char *label;
    QList<State> states;
};

QList<StateChoice> stateChoices()
{
    return {
        {QT_TRANSLATE_NOOP("QueueWindow", "All applications"), {}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Drafts"), {State::Draft}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Waiting to be sent"), {State::Queued, State::Sending}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Awaiting confirmation"), {State::AwaitingConfirmation}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Confirmed"), {State::Confirmed}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Provisionally registered"),
         {State::ProvisionallyRegistered}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Expired"), {State::Expired}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Problem reported"), {State::ProblemReported}},
        {QT_TRANSLATE_NOOP("QueueWindow", "Rejected: needs correction"), {State::Rejected}},
    };
}

} // namespace

QueueWindow::QueueWindow(LocalQueue *queue, QWidget *parent)
    : QMainWindow(parent)
    , m_queue(queue)
    , m_model(new QueueTableModel(queue, this))
    , m_view(new QuietTableView(this))
    , m_stateFilter(new ChoiceBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_syncLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_emptyNote(new QLabel(m_view->viewport()))
{
    // The search field and the filter, as the wizard's fields.
    StrayInput::guardApplication();
    AccessibleComboBox::install();
    AccessibleLineEdit::install();
    FocusAnnouncement::install();
    setWindowTitle(tr("Moshikomi — applications"));
    setObjectName(QStringLiteral("queueWindow"));
    m_view->setObjectName(QStringLiteral("applications"));
    m_countLabel->setObjectName(QStringLiteral("count"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    // Widths follow the window (fitColumns) until someone drags a column's edge.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // The last one stretches with the list by itself.
        if (!m_fittingColumns && column != QueueTableModel::UpdatedColumn)
            m_columnsSetByHand = true;
    });
    // Newest first until a column is clicked; a column's third click brings
    // that order back (there is no other way back to it).
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (column >= 0 && column == m_model->sortColumn() &&
                    order == QueueTableModel::initialOrder(column)) {
                    header->setSortIndicator(-1, Qt::AscendingOrder); // back here with -1
                    return;
                }
                // The application that was selected stays selected, in view.
                const std::optional<LocalQueue::Summary> selected = current();
                // Every entry is read for an order (a long queue: a moment).
                QApplication::setOverrideCursor(Qt::WaitCursor);
                m_model->sort(column, order);
                QApplication::restoreOverrideCursor();
                if (const QModelIndex at =
                        selected ? m_model->indexOf(selected->id) : QModelIndex();
                    at.isValid()) {
                    m_view->setCurrentIndex(at);
                    m_view->scrollTo(at);
                }
            });
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Applications in the local queue"));
    // An empty list says why, and what to do, where the rows would be.
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setTextFormat(Qt::PlainText); // the search as typed, never markup
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_emptyNote);
    m_emptyNote->hide();

    // Filter and search above the list.
    // Found by its words in either language: "e" or 失 for 失効 (Expired).
    for (const StateChoice &c : stateChoices())
        m_stateFilter->addChoice(tr(c.label), {}, {QString::fromLatin1(c.label)});
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Show"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Company, name, email, phone, postal code, address or application number"));
    m_search->setAccessibleName(tr("Search"));
    auto showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_stateFilter);
    auto searchLabel = new QLabel(tr("S&earch:"), this);
    searchLabel->setBuddy(m_search);
    auto filters = new QHBoxLayout;
    filters->addWidget(showLabel);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(16);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    auto central = new QWidget(this);
    auto layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    // Typing searches as it goes, once the fingers pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &QueueWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &QueueWindow::applyFilter);
    auto findShortcut = new QAction(this);
    findShortcut->setShortcuts(
        promisedKeys(QKeySequence::Find, {QKeySequence(Qt::CTRL | Qt::Key_F)}));
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findShortcut);
    // Back to the wizard from the keyboard alone, also where no window
    // manager gives Alt+F4. Escape first empties a search being typed.
    auto closeShortcut = new QAction(this);
    closeShortcut->setObjectName(QStringLiteral("closeList"));
    closeShortcut->setShortcuts(promisedKeys(
        QKeySequence::Close, {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}));
    connect(closeShortcut, &QAction::triggered, this, [this] {
        if (m_search->hasFocus() && !m_search->text().isEmpty()) {
            m_search->clear();
            return;
        }
        close();
    });
    addAction(closeShortcut);
    auto helpShortcut = new QAction(this);
    helpShortcut->setShortcut(QKeySequence(Qt::Key_F1));
    connect(helpShortcut, &QAction::triggered, this, [this] { KeyboardHelp::showOver(this); });
    addAction(helpShortcut);
    auto quitShortcut = new QAction(this);
    quitShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quitShortcut, &QAction::triggered, this, &QueueWindow::quitRequested);
    addAction(quitShortcut);

    QToolBar *bar = addToolBar(tr("Applications"));
    bar->setObjectName(QStringLiteral("applicationsToolBar"));
    QAction *create = bar->addAction(tr("&New application"));
    create->setShortcuts(promisedKeys(QKeySequence::New, {QKeySequence(Qt::CTRL | Qt::Key_N)}));
    create->setToolTip(tr("Start a new application (%1)")
                           .arg(create->shortcut().toString(QKeySequence::NativeText)));
    connect(create, &QAction::triggered, this, &QueueWindow::newApplicationRequested);
    m_open = bar->addAction(tr("&Open"));
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setToolTip(
        tr("Continue a draft, or correct a rejected application or one not sent yet (Enter)"));
    connect(m_open, &QAction::triggered, this, &QueueWindow::openCurrent);
    m_detail = bar->addAction(tr("&Details"));
    m_detail->setObjectName(QStringLiteral("details"));
    m_detail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_detail->setToolTip(tr("State, time left and the whole history (%1)")
                             .arg(m_detail->shortcut().toString(QKeySequence::NativeText)));
    connect(m_detail, &QAction::triggered, this, &QueueWindow::showDetail);
    m_resend = bar->addAction(tr("&Resend confirmation"));
    m_resend->setObjectName(QStringLiteral("resend"));
    m_resend->setToolTip(
        tr("A fresh confirmation link to the customer; the old one stops working"));
    connect(m_resend, &QAction::triggered, this, &QueueWindow::resendCurrent);
    m_reuse = bar->addAction(tr("Re&use as new"));
    m_reuse->setObjectName(QStringLiteral("reuse"));
    m_reuse->setToolTip(tr("Start a new application with what this one holds: after a problem, "
                           "or for another site of the same customer"));
    connect(m_reuse, &QAction::triggered, this, [this] {
        if (const std::optional<LocalQueue::Summary> s = current())
            emit reuseRequested(s->id);
    });
    m_delete = bar->addAction(tr("De&lete draft"));
    m_delete->setObjectName(QStringLiteral("deleteDraft"));
    m_delete->setShortcuts(promisedKeys(QKeySequence::Delete, {QKeySequence(Qt::Key_Delete)}));
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_delete);
    m_delete->setToolTip(tr("Delete the selected draft, after asking (Delete)"));
    connect(m_delete, &QAction::triggered, this, &QueueWindow::deleteCurrentDraft);
    // Ctrl+C in the list: the number a customer is told or a colleague asked
    // about, ready to paste.
    m_copyNumber = new QAction(tr("Copy application number"), this);
    m_copyNumber->setObjectName(QStringLiteral("copyNumber"));
    m_copyNumber->setShortcuts(QKeySequence::Copy);
    m_copyNumber->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyNumber);
    connect(m_copyNumber, &QAction::triggered, this, [this] {
        const std::optional<LocalQueue::Summary> s = current();
        if (!s)
            return;
        const QString number = s->id.toString(QUuid::WithoutBraces);
        QGuiApplication::clipboard()->setText(number);
        statusBar()->showMessage(tr("Application number copied: %1").arg(number), 5000);
    });
    bar->addSeparator();
    QAction *sync = bar->addAction(tr("&Sync now"));
    sync->setObjectName(QStringLiteral("syncNow"));
    sync->setShortcuts(promisedKeys(
        QKeySequence::Refresh, {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}));
    sync->setToolTip(tr("Send what waits and fetch what the service says, now (%1)")
                         .arg(sync->shortcut().toString(QKeySequence::NativeText)));
    connect(sync, &QAction::triggered, this, &QueueWindow::syncRequested);
    QAction *settings = bar->addAction(tr("&Connection…"));
    settings->setObjectName(QStringLiteral("connectionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setToolTip(tr("The service's address and the staff token (%1)")
                             .arg(settings->shortcut().toString(QKeySequence::NativeText)));
    connect(settings, &QAction::triggered, this, &QueueWindow::settingsRequested);
    // Alt and a button's letter work here as on any other button, and the
    // letter is marked: a toolbar's button shows an action's icon text,
    // which leaves the mark out unless set. The key is the action's alone (a
    // key claimed by the button too would do nothing).
    for (QAction *action : bar->actions()) {
        const QKeySequence alt = QKeySequence::mnemonic(action->text());
        if (alt.isEmpty())
            continue;
        if (!action->shortcuts().contains(alt))
            action->setShortcuts(action->shortcuts() << alt);
        action->setIconText(action->text());
        if (auto *button = qobject_cast<QAbstractButton *>(bar->widgetForAction(action)))
            button->setShortcut(QKeySequence());
    }

    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    // A long state (not connected, and how to connect) takes a second line
    // in a narrow window rather than losing its end.
    m_syncLabel->setWordWrap(true);
    m_countLabel->setObjectName(QStringLiteral("count"));
    statusBar()->addWidget(m_syncLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    setSyncStatus({});

    connect(m_view, &QTableView::activated, this, &QueueWindow::openCurrent);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueueWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueWindow::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &QueueWindow::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueWindow::updateCount);
    connect(m_model, &QueueTableModel::allLoaded, this, &QueueWindow::updateCount);
    // The time left moves on by itself.
    auto clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, m_model, &QueueTableModel::refreshTimeLeft);
    clock->start();
    updateActions();
    updateCount();
    ScreenFit::resize(this, QSize(1180, 640));
}

QueueWindow::MeasuredColumns QueueWindow::measureColumns() const
{
    // The state, the time left and the last change are measured in the
    // words they can take (measuring the rows would read every entry).
    const QFontMetrics metrics(m_view->font());
    const int padding = 3 * metrics.horizontalAdvance(u'M');
    const auto widest = [&metrics, padding](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = qMax(w, metrics.horizontalAdvance(t));
        return w + padding;
    };
    using S = LocalQueue::State;
    QStringList states;
    for (S state : {S::Draft, S::Queued, S::Sending, S::AwaitingConfirmation, S::Confirmed,
                    S::ProvisionallyRegistered, S::Expired, S::ProblemReported, S::Rejected})
        states << QueueTableModel::stateLabel(state);
    const QDateTime now = QDateTime::currentDateTime();
    QStringList timesLeft;
    for (S state : {S::AwaitingConfirmation, S::ProvisionallyRegistered}) {
        for (qint64 seconds : {-1LL, 59 * 60LL, 47 * 3600LL, 13 * 86400LL}) {
            LocalQueue::Summary sample;
            sample.state = state;
            sample.deadline = now.addSecs(seconds);
            timesLeft << QueueTableModel::timeLeftText(sample, now);
        }
    }
    return {10 * metrics.horizontalAdvance(QChar(0x5C71)), // ten of 山
            widest(states), widest(timesLeft),
            widest({DateTimeText::format(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))}),
            8 * metrics.horizontalAdvance(u'M')};
}

void QueueWindow::fitColumns()
{
    if (m_columnsSetByHand)
        return;
    // Measured once: a window keeps its language and font (a language
    // switch makes the windows anew), and a resize comes many times a drag.
    if (!m_measured)
        m_measured = measureColumns();
    const MeasuredColumns &m = *m_measured;
    // The company and the last error share what is left, the company more.
    const int rest = m_view->viewport()->width() - m.contact - m.state - m.timeLeft - m.updated;
    QHeaderView *header = m_view->horizontalHeader();
    m_fittingColumns = true;
    header->resizeSection(QueueTableModel::CompanyColumn, qMax(m.minimum, rest * 55 / 100));
    header->resizeSection(QueueTableModel::ContactColumn, m.contact);
    header->resizeSection(QueueTableModel::StateColumn, m.state);
    header->resizeSection(QueueTableModel::TimeLeftColumn, m.timeLeft);
    header->resizeSection(QueueTableModel::LastErrorColumn, qMax(m.minimum, rest * 45 / 100));
    header->resizeSection(QueueTableModel::UpdatedColumn, m.updated);
    m_fittingColumns = false;
}

bool QueueWindow::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate)
        emit newsWanted();
    return QMainWindow::event(event);
}

bool QueueWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // The time left, and on it the deadline itself, as the customer's mail
    // states it.
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip) {
        const auto e = static_cast<QHelpEvent *>(event);
        const QModelIndex cell = m_view->indexAt(e->pos());
        const QDateTime deadline = cell.data(QueueTableModel::DeadlineRole).toDateTime();
        if (cell.column() == QueueTableModel::TimeLeftColumn && deadline.isValid() &&
            !cell.data().toString().isEmpty()) {
            QToolTip::showText(e->globalPos(),
                               tr("Deadline: %1").arg(DeadlineText::format(deadline)), m_view,
                               m_view->visualRect(cell));
            return true;
        }
    }
    if (event->type() == QEvent::ContextMenu &&
        (watched == m_view || watched == m_view->viewport())) {
        const auto e = static_cast<QContextMenuEvent *>(event);
        if (e->reason() == QContextMenuEvent::Mouse) {
            showRowMenu(m_view->indexAt(m_view->viewport()->mapFromGlobal(e->globalPos())),
                        e->globalPos());
        } else {
            const QRect cell = m_view->visualRect(m_view->currentIndex());
            showRowMenu(
                m_view->currentIndex(),
                m_view->viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft() : QPoint(0, 0)));
        }
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void QueueWindow::showRowMenu(const QModelIndex &row, const QPoint &globalPos)
{
    if (!row.isValid())
        return;
    m_view->setCurrentIndex(row);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("rowMenu"));
    for (QAction *action : {m_open, m_detail, m_resend, m_reuse, m_copyNumber})
        menu.addAction(action);
    menu.addSeparator();
    menu.addAction(m_delete);
    // The columns' titles sort with the mouse; here from the keyboard too
    // (the Menu key), with the same turns: again the other way, a third
    // time newest first.
    menu.addSeparator();
    QMenu *order = menu.addMenu(tr("&Sort by"));
    order->setObjectName(QStringLiteral("sortMenu"));
    QHeaderView *header = m_view->horizontalHeader();
    const int sorted = m_model->sortColumn();
    QAction *newest = order->addAction(tr("&Newest first"));
    newest->setCheckable(true);
    newest->setChecked(sorted < 0);
    connect(newest, &QAction::triggered, header,
            [header] { header->setSortIndicator(-1, Qt::AscendingOrder); });
    for (int column = 0; column < QueueTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        QAction *by = order->addAction(column != sorted ? title
                                       : header->sortIndicatorOrder() == Qt::AscendingOrder
                                           ? tr("%1 (ascending)").arg(title)
                                           : tr("%1 (descending)").arg(title));
        by->setCheckable(true);
        by->setChecked(column == sorted);
        // As a click on its title: the other way round when it is the order
        // already (the title's handler turns a return to the first direction
        // into newest first).
        connect(by, &QAction::triggered, header, [header, column, sorted] {
            const Qt::SortOrder now = header->sortIndicatorOrder();
            header->setSortIndicator(column, column != sorted
                                                 ? QueueTableModel::initialOrder(column)
                                             : now == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                         : Qt::AscendingOrder);
        });
    }
    menu.exec(globalPos);
}

std::optional<LocalQueue::Summary> QueueWindow::current() const
{
    return m_model->summaryAt(m_view->currentIndex().row());
}

void QueueWindow::updateActions()
{
    const std::optional<LocalQueue::Summary> s = current();
    const bool any = s.has_value();
    m_open->setEnabled(any &&
                       (s->state == State::Draft || s->state == State::Rejected ||
                        (s->state == State::Queued && !m_queue->mayHaveReachedService(s->id))));
    m_detail->setEnabled(any);
    m_delete->setEnabled(any && s->state == State::Draft);
    m_reuse->setEnabled(any && !s->purged);
    m_resend->setEnabled(any && !s->purged &&
                         (s->state == State::AwaitingConfirmation || s->state == State::Expired));
}

void QueueWindow::updateCount()
{
    const int shown = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    m_countLabel->setText(more ? tr("%1+ shown").arg(shown) : tr("%n shown", nullptr, shown));
    const bool empty = shown == 0 && !more;
    const LocalQueue::Filter &filter = m_model->filter();
    const QString searched = filter.text.simplified();
    m_emptyNote->setText(
        !empty                ? QString()
        : !searched.isEmpty() ? tr("No application matches “%1”.").arg(searched)
        : !filter.states.isEmpty()
            ? tr("No application is in this state.")
            : tr("No applications yet. Start one with New application (%1).")
                  .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_emptyNote->setVisible(empty);
    FieldMessage::describe(m_view, m_emptyNote->text());
    if (m_view->currentIndex().row() < 0 && shown > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

QueueWindow::Shown QueueWindow::shown() const
{
    Shown s;
    s.stateFilter = m_stateFilter->currentIndex();
    s.search = m_search->text();
    s.sortColumn = m_model->sortColumn();
    s.order = m_view->horizontalHeader()->sortIndicatorOrder();
    if (const std::optional<LocalQueue::Summary> c = current())
        s.selected = c->id;
    return s;
}

void QueueWindow::showAsBefore(const Shown &shown)
{
    m_stateFilter->setCurrentIndex(shown.stateFilter);
    m_search->setText(shown.search);
    m_searchDelay->stop();
    applyFilter();
    if (shown.sortColumn >= 0)
        m_view->horizontalHeader()->setSortIndicator(shown.sortColumn, shown.order);
    if (const QModelIndex at =
            shown.selected.isNull() ? QModelIndex() : m_model->indexOf(shown.selected);
        at.isValid()) {
        m_view->setCurrentIndex(at);
        m_view->scrollTo(at);
    }
}

void QueueWindow::applyFilter()
{
    const QList<StateChoice> choices = stateChoices();
    LocalQueue::Filter f;
    f.states = choices.value(m_stateFilter->currentIndex()).states;
    f.text = m_search->text();
    // In an order of a column, every match is read again (a long queue: a moment).
    const bool sorted = m_model->sortColumn() >= 0;
    if (sorted)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setFilter(f);
    if (sorted)
        QApplication::restoreOverrideCursor();
}

void QueueWindow::openCurrent()
{
    const std::optional<LocalQueue::Summary> s = current();
    if (!s)
        return;
    if (s->state == State::Draft) {
        emit draftOpenRequested(s->id);
    } else if (s->state == State::Rejected) {
        emit rejectedOpenRequested(s->id);
    } else if (s->state == State::Queued && !m_queue->mayHaveReachedService(s->id)) {
        if (CorrectionQuestion::confirmed(this, QueueTableModel::companyText(*s)))
            emit queuedOpenRequested(s->id);
    } else {
        showDetail(); // the others cannot be changed: their story instead
    }
}

void QueueWindow::showDetail()
{
    const std::optional<LocalQueue::Summary> s = current();
    if (!s)
        return;
    if (m_detailDialog)
        m_detailDialog->close();
    m_detailDialog = new ApplicationDetailDialog(m_queue, s->id, m_schema, this);
    m_detailDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_detailDialog.data(), &ApplicationDetailDialog::reuseRequested, this,
            &QueueWindow::reuseRequested);
    connect(m_queue, &LocalQueue::entryChanged, m_detailDialog.data(), [this](const QUuid &id) {
        if (m_detailDialog && m_detailDialog->applicationId() == id) {
            m_detailDialog->refresh();
            // The service's side of the change (its time, the mail it sent).
            emit detailRequested(id);
        }
    });
    m_detailDialog->show();
    emit detailRequested(s->id);
}

void QueueWindow::refreshDetail(const QUuid &id)
{
    if (m_detailDialog && m_detailDialog->applicationId() == id)
        m_detailDialog->refresh();
}

void QueueWindow::deleteCurrentDraft()
{
    const std::optional<LocalQueue::Summary> s = current();
    if (!s || s->state != State::Draft)
        return;
    const QString name = QueueTableModel::companyText(*s);
    const QString question =
        s->id == m_draftBeingTyped
            ? tr("Delete the draft for %1? It is the application open in the application "
                 "window, which then starts a new one. What was typed in it cannot be "
                 "recovered.")
                  .arg(name)
            : tr("Delete the draft for %1? What was typed in it cannot be recovered.").arg(name);
    if (!LossQuestion::confirmed(this, tr("Delete draft"), question, tr("&Delete")))
        return;
    if (!m_queue->discardDraft(s->id))
        QMessageBox::warning(
            this, tr("Delete draft"),
            QueueErrorText::message(m_queue->lastError(), m_queue->databasePath()));
}

void QueueWindow::resendCurrent()
{
    const std::optional<LocalQueue::Summary> s = current();
    if (!s)
        return;
    // Asked first: the link the customer has stops working, and the address
    // is there to read back to a customer who says no mail came.
    const std::optional<LocalQueue::Entry> e = m_queue->entry(s->id);
    const QString to = e ? e->application.customer.email : QString();
    QMessageBox question(
        QMessageBox::Question, tr("Resend confirmation"),
        s->state == LocalQueue::State::Expired
            ? tr("Send a fresh confirmation link?\nTo: %1 (%2)\nThe link sent before has "
                 "expired.")
                  .arg(s->companyName, to)
            : tr("Send a fresh confirmation link?\nTo: %1 (%2)\nThe link sent before stops "
                 "working.")
                  .arg(s->companyName, to),
        QMessageBox::Cancel, this);
    QPushButton *send = question.addButton(tr("&Send"), QMessageBox::AcceptRole);
    question.setDefaultButton(send);
    question.exec();
    if (question.clickedButton() != send)
        return;
    m_resend->setEnabled(false);
    statusBar()->showMessage(tr("Asking the service for a fresh confirmation link…"));
    emit resendRequested(s->id);
}

void QueueWindow::showNews(const QUuid &id)
{
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    if (!s)
        return;
    statusBar()->showMessage(
        tr("%1 is now: %2")
            .arg(QueueTableModel::companyText(*s), QueueTableModel::stateLabel(s->state)),
        15000);
}

void QueueWindow::showKeptAsDraft(const QUuid &id)
{
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    if (!s)
        return;
    statusBar()->showMessage(tr("What was typed for %1 is kept as a draft: open it here to go on.")
                                 .arg(QueueTableModel::companyText(*s)),
                             30000);
}

void QueueWindow::showResendResult(const QUuid &id, bool ok, const QString &why, int retryAfter)
{
    updateActions();
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    const QString name = s ? s->companyName : id.toString(QUuid::WithoutBraces);
    QString reason;
    if (why == u"too_many_resends" && retryAfter > 0)
        // When, so that staff can tell the customer on the phone.
        reason = tr("too many fresh links were sent for it in the last hour. The next can be "
                    "sent in %n minute(s).",
                    nullptr, int((retryAfter + 59) / 60));
    else if (why == u"too_many_resends")
        reason = tr("too many fresh links were sent for it in the last hour. Try again later.");
    else if (why == u"invalid_state")
        reason = tr("only an application waiting for confirmation, or one whose link expired, "
                    "gets a fresh link.");
    else if (why == u"not_found")
        reason = tr("the service does not know this application.");
    else if (const std::optional<ConnectionOutcome> o = ConnectionOutcomes::fromName(why))
        reason = ConnectionOutcomes::text(*o);
    else
        reason = why; // a code of a later service
    // The deadline the service gave (its --confirmation-validity), not an
    // assumed 24 hours.
    const QString text =
        ok ? (s && s->deadline.isValid()
                  ? tr("A fresh confirmation link was sent for %1; it is valid until %2.")
                        .arg(name, DeadlineText::format(s->deadline))
                  : tr("A fresh confirmation link was sent for %1.").arg(name))
        : reason.isEmpty()
            ? tr("No fresh link could be sent for %1: the service cannot be reached. Try again "
                 "when the network is back.")
                  .arg(name)
            : tr("No fresh link could be sent for %1: %2").arg(name, reason);
    statusBar()->showMessage(text, 15000);
}

void QueueWindow::setSyncStatus(const SyncStatus &status)
{
    QString text;
    if (!status.configured)
        text = tr("Not connected to a service: applications wait on this computer. Set up the "
                  "connection with Connection… (Ctrl+,).");
    else if (status.sending && status.total > 0)
        text = tr("Sending: %1 of %2").arg(status.sent).arg(status.total);
    else if (!status.problem.isEmpty())
        text = status.problem;
    else if (status.lastSync.isValid())
        text = tr("Last sync: %1").arg(DateTimeText::format(status.lastSync.toLocalTime()));
    else
        text = tr("Not synced yet");
    m_syncLabel->setText(text);
    m_syncLabel->setAccessibleName(text);
}

QString QueueWindow::syncStatusText() const
{
    return m_syncLabel->text();
}
