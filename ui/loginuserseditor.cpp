#include "loginuserseditor.h"

#include "application.h"
#include "loginuserrow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

LoginUsersEditor::LoginUsersEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("&Add a user"), this))
{
    auto scroll = new QScrollArea(this);
    auto content = new QWidget;
    auto contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_rowsLayout);
    contentLayout->addStretch();
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(bar);

    m_add->setObjectName(QStringLiteral("addUser"));
    m_add->setToolTip(tr("Add a login user (Ctrl+Shift+A)"));
    connect(m_add, &QPushButton::clicked, this, &LoginUsersEditor::addUser);
    auto add =
        new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")), this, [this] { addUser(); });
    add->setContext(Qt::WidgetWithChildrenShortcut);
    auto remove = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")), this,
                                [this] { removeUser(rowWithFocus()); });
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    m_followFocus =
        connect(qApp, &QApplication::focusChanged, this, [scroll](QWidget *, QWidget *now) {
            if (now && scroll->widget()->isAncestorOf(now))
                scroll->ensureWidgetVisible(now, 20, 40);
        });

    // No row yet: the page adds the first, prefilled, when it is first shown
    // (building rows nobody sees yet would only slow the start).
    renumber();
}

LoginUsersEditor::~LoginUsersEditor()
{
    // The rows go before QObject would drop this connection, and each of
    // them moves the focus on its way out.
    disconnect(m_followFocus);
}

LoginUserList LoginUsersEditor::users() const
{
    LoginUserList list;
    for (const LoginUserRow *r : m_rows)
        list.append(r->user());
    return list;
}

void LoginUsersEditor::setUsers(const LoginUserList &users)
{
    if (users == this->users())
        return;
    m_loading = true;
    while (m_rows.size() > users.size())
        delete m_rows.takeLast();
    while (m_rows.size() < users.size() && m_rows.size() < Application::MaxLoginUsers)
        appendRow(LoginUser{});
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i]->setUser(users.value(i));
    m_loading = false;
    renumber();
    emit usersChanged();
}

bool LoginUsersEditor::isAcceptable() const
{
    for (const LoginUserRow *r : m_rows) {
        if (!r->isAcceptable())
            return false;
    }
    return !m_rows.isEmpty();
}

bool LoginUsersEditor::revealErrors()
{
    QWidget *first = nullptr;
    for (LoginUserRow *r : std::as_const(m_rows)) {
        QWidget *w = r->revealErrors();
        if (!first)
            first = w;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !first;
}

bool LoginUsersEditor::isDuplicate(const LoginUserRow *row, const QString &email) const
{
    // The later of two rows with the same address is the one at fault.
    for (const LoginUserRow *r : m_rows) {
        if (r == row)
            return false;
        if (!email.isEmpty() && r->user().email.compare(email, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

LoginUserRow *LoginUsersEditor::appendRow(const LoginUser &user)
{
    auto row = new LoginUserRow(this);
    row->setDuplicateCheck(
        [this](const LoginUserRow *r, const QString &email) { return isDuplicate(r, email); });
    row->setUser(user);
    m_rowsLayout->addWidget(row);
    row->show(); // at once, not when the layout gets round to it: it takes the focus next
    m_rows.append(row);
    connect(row, &LoginUserRow::changed, this, [this] {
        for (LoginUserRow *r : std::as_const(m_rows))
            r->recheck();
        if (!m_loading)
            emit usersChanged();
    });
    connect(row, &LoginUserRow::removeRequested, this, &LoginUsersEditor::removeUser);
    return row;
}

void LoginUsersEditor::addUser()
{
    if (m_rows.size() >= Application::MaxLoginUsers)
        return;
    LoginUserRow *row = appendRow(LoginUser{});
    renumber();
    emit usersChanged();
    row->firstInput()->setFocus(Qt::OtherFocusReason);
}

void LoginUsersEditor::removeUser(LoginUserRow *row)
{
    const int index = int(m_rows.indexOf(row));
    if (index < 0 || m_rows.size() <= 1)
        return;
    m_rows.removeAt(index);
    row->hide();
    row->deleteLater();
    renumber();
    for (LoginUserRow *r : std::as_const(m_rows))
        r->recheck();
    emit usersChanged();
    m_rows[qMin(index, int(m_rows.size()) - 1)]->firstInput()->setFocus(Qt::OtherFocusReason);
}

LoginUserRow *LoginUsersEditor::rowWithFocus() const
{
    QWidget *focus = QApplication::focusWidget();
    for (LoginUserRow *r : m_rows) {
        if (r->isAncestorOf(focus))
            return r;
    }
    return nullptr;
}

void LoginUsersEditor::renumber()
{
    const int count = int(m_rows.size());
    for (int i = 0; i < count; ++i)
        m_rows[i]->setNumber(i + 1, count);
    m_add->setEnabled(count < Application::MaxLoginUsers);
    m_add->setText(count < Application::MaxLoginUsers
                       ? tr("&Add a user")
                       : tr("At most %1 users").arg(Application::MaxLoginUsers));
    QWidget *previous = nullptr;
    for (LoginUserRow *r : std::as_const(m_rows)) {
        for (QWidget *w : r->tabChain()) {
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        QWidget::setTabOrder(previous, m_add);
}
