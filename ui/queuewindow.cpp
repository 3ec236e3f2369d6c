#include "ui/queuewindow.h"

#include "client/localqueue.h"
#include "client/queuetablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableView>
#include <QToolBar>

QueueWindow::QueueWindow(LocalQueue *queue, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new QueueTableModel(queue, this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Moshikomi — applications"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Fixed starting widths: measuring contents would read every row.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(QueueTableModel::CompanyColumn, 360);
    header->resizeSection(QueueTableModel::ContactColumn, 200);
    header->resizeSection(QueueTableModel::StateColumn, 260);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Applications in the local queue"));
    setCentralWidget(m_view);

    QToolBar *bar = addToolBar(tr("Applications"));
    bar->setObjectName(QStringLiteral("applicationsToolBar"));
    QAction *create = bar->addAction(tr("&New application"));
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Start a new application (%1)")
                           .arg(create->shortcut().toString(QKeySequence::NativeText)));
    connect(create, &QAction::triggered, this, &QueueWindow::newApplicationRequested);
    QAction *sync = bar->addAction(tr("&Sync now"));
    sync->setObjectName(QStringLiteral("syncNow"));
    sync->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    sync->setToolTip(tr("Send what waits and fetch what the service says, now (%1)")
                         .arg(sync->shortcut().toString(QKeySequence::NativeText)));
    connect(sync, &QAction::triggered, this, &QueueWindow::syncRequested);
    QAction *settings = bar->addAction(tr("&Connection…"));
    settings->setObjectName(QStringLiteral("connectionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setToolTip(tr("The service's address and the staff token (%1)")
                             .arg(settings->shortcut().toString(QKeySequence::NativeText)));
    connect(settings, &QAction::triggered, this, &QueueWindow::settingsRequested);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto state = index.data(QueueTableModel::StateRole).value<LocalQueue::State>();
        const QUuid id = index.data(QueueTableModel::IdRole).toUuid();
        if (state == LocalQueue::State::Draft)
            emit draftOpenRequested(id);
        else if (state == LocalQueue::State::Rejected)
            emit rejectedOpenRequested(id);
    });
    resize(960, 600);
}
