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
