#pragma once

#include "ui/steppage_p.h"

#include "core/loginuser.h"

#include <optional>

class LoginUsersEditor;

// Step 4: the users of the service portal, 1 to 3.
class LoginUsersPage : public StepPage
{
    Q_OBJECT
public:
    explicit LoginUsersPage(QWidget *parent = nullptr);

    // A draft opened (resumed, or the wizard rebuilt in another language):
    // its rows still as step 1 gave them follow a correction made there from
    // now on, as they would have before.
    void openedWith(const Customer &customer)
    {
        m_prefilledWith = LoginUser::prefilledFrom(customer);
    }
    // The first user, while still as step 1 gave it, takes a correction made
    // there since.
    void followStep1();
    void initializePage() override;
    bool isComplete() const override;
    bool revealErrors() override;
    bool focusRow(int row) override;
    LoginUsersEditor *editor() const { return m_editor; }

private:
    LoginUsersEditor *m_editor;
    // The first user as step 1's contact person was when last given to it.
    std::optional<LoginUser> m_prefilledWith;
};
