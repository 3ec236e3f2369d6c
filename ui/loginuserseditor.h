#pragma once

#include "core/loginuser.h"
#include "ui/roweditor.h"

#include <functional>

class LoginUserRow;

// Step 4's portal users: 1 to 3 rows, email addresses unique. The whole list
// is one value (the USER property).
class LoginUsersEditor : public RowEditor
{
    Q_OBJECT
    Q_PROPERTY(LoginUserList users READ users WRITE setUsers NOTIFY usersChanged USER true)
public:
    explicit LoginUsersEditor(QWidget *parent = nullptr);

    LoginUserList users() const;
    void setUsers(const LoginUserList &users);
    bool isAcceptable() const { return rowsAcceptable(); }
    bool revealErrors() { return !revealRowErrors(); }
    LoginUserRow *row(int index) const;
    // The first user as step 1 gives it (read when a block is pasted).
    void setPrefill(std::function<LoginUser()> prefill) { m_prefill = std::move(prefill); }

public Q_SLOTS:
    void addUser() { appendRow(true); }
    void removeUser(LoginUserRow *row);

Q_SIGNALS:
    void usersChanged();

protected:
    EditorRow *createRow() override;
    bool holdsTypedData(const EditorRow *row) const override;
    QString removeQuestion(int number) const override;
    QString addText() const override;
    QString fullText() const override;

private:
    bool isDuplicate(const LoginUserRow *row, const QString &email) const;

    std::function<LoginUser()> m_prefill;
};
