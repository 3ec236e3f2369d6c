#pragma once

#include "editorrow.h"
#include "loginuser.h"

#include <functional>

class QPushButton;
class ValidatedField;

// One portal login user in the login users editor.
class LoginUserRow : public EditorRow
{
    Q_OBJECT
public:
    explicit LoginUserRow(QWidget *parent = nullptr);

    LoginUser user() const;
    void setUser(const LoginUser &user);
    void setNumber(int number, int count) override;
    // Whether another row already has this address (unique emails).
    void setDuplicateCheck(std::function<bool(const LoginUserRow *, const QString &)> check);
    void recheck();

    bool isAcceptable() const override;
    QWidget *revealErrors() override;
    QList<QWidget *> tabChain() const override;
    QWidget *firstInput() const override;
    QPushButton *removeButton() const { return m_remove; }

private:
    ValidatedField *field(const char *name) const;

    QList<ValidatedField *> m_fields;
    QPushButton *m_remove;
};
