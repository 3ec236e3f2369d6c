#pragma once

#include "loginuser.h"

#include <QGroupBox>

#include <functional>

class QPushButton;
class ValidatedField;

// One portal login user in the login users editor.
class LoginUserRow : public QGroupBox
{
    Q_OBJECT
public:
    explicit LoginUserRow(QWidget *parent = nullptr);

    LoginUser user() const;
    void setUser(const LoginUser &user);
    void setNumber(int number, int count);
    // Whether another row already has this address (unique emails).
    void setDuplicateCheck(std::function<bool(const LoginUserRow *, const QString &)> check);
    void recheck();

    bool isAcceptable() const;
    QWidget *revealErrors();
    QList<QWidget *> tabChain() const;
    QWidget *firstInput() const;
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested(LoginUserRow *row);

private:
    ValidatedField *field(const char *name) const;

    QList<ValidatedField *> m_fields;
    QPushButton *m_remove;
};
