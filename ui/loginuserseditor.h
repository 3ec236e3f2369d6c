#pragma once

#include "loginuser.h"

#include <QWidget>

class LoginUserRow;
class QPushButton;
class QVBoxLayout;

// Step 4's add/remove-rows editor: 1 to 3 portal users, emails unique. The
// whole list is one value (the USER property).
class LoginUsersEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(LoginUserList users READ users WRITE setUsers NOTIFY usersChanged USER true)
public:
    explicit LoginUsersEditor(QWidget *parent = nullptr);
    ~LoginUsersEditor() override;

    LoginUserList users() const;
    void setUsers(const LoginUserList &users);
    int count() const { return int(m_rows.size()); }
    bool isAcceptable() const;
    bool revealErrors();
    LoginUserRow *row(int index) const { return m_rows.value(index); }
    QPushButton *addButton() const { return m_add; }

public Q_SLOTS:
    void addUser();
    void removeUser(LoginUserRow *row);

Q_SIGNALS:
    void usersChanged();

private:
    LoginUserRow *appendRow(const LoginUser &user);
    LoginUserRow *rowWithFocus() const;
    bool isDuplicate(const LoginUserRow *row, const QString &email) const;
    void renumber();

    QList<LoginUserRow *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    bool m_loading = false;
    QMetaObject::Connection m_followFocus;
};
