#pragma once

#include "core/loginuser.h"
#include "ui/contactblockpaste.h"
#include "ui/editorrow.h"

#include <functional>
#include <memory>

class QPushButton;
class RecordGrid;
class ValidatedField;

// One portal login user in the login users editor.
class LoginUserRow : public EditorRow
{
    Q_OBJECT
public:
    explicit LoginUserRow(QWidget *parent = nullptr);
    ~LoginUserRow() override;

    LoginUser user() const;
    void setUser(const LoginUser &user);
    void setNumber(int number, int count) override;
    // Whether another row already has this address (unique emails).
    void setDuplicateCheck(std::function<bool(const LoginUserRow *, const QString &)> check);
    void recheck();
    // See ContactBlockPaste::setHeldElsewhere.
    void setValuesHeldElsewhere(ContactBlockPaste::HeldElsewhere heldElsewhere);

    bool isAcceptable() const override;
    QWidget *revealErrors() override;
    QList<QWidget *> tabChain() const override;
    QWidget *firstInput() const override;
    QPushButton *removeButton() const { return m_remove; }

private:
    std::unique_ptr<RecordGrid> m_grid;
    ValidatedField *m_email = nullptr;
    ContactBlockPaste *m_blockPaste = nullptr;
    QPushButton *m_remove;
};
