#include "ui/loginuserspage_p.h"

#include "ui/applicationwizard.h"
#include "ui/loginuserseditor.h"

#include <QVBoxLayout>

LoginUsersPage::LoginUsersPage(QWidget *parent)
    : StepPage(LoginUsersPageId, parent)
    , m_editor(new LoginUsersEditor(this))
{
    setTitle(tr("Login users"));
    setSubTitle(tr("Who may log in to the service portal: up to 3 users."));
    // Leads to the review; the customers' web form, which the staff know,
    // calls this button 確認.
    setButtonText(QWizard::NextButton, tr("&Next >", "leads to step 5, the review"));
    body()->addWidget(m_editor);
    registerUserField(ApplicationWizard::listFieldName(FieldTable::LoginUsersKey), m_editor);
    connect(m_editor, &LoginUsersEditor::usersChanged, this, &LoginUsersPage::changed);
    m_editor->setPrefill([this] { return LoginUser::prefilledFrom(customerFromFields()); });
}

void LoginUsersPage::initializePage()
{
    StepPage::initializePage();
    // The first user starts as the contact person of step 1, unless
    // something was entered already (a resumed draft).
    if (m_editor->count() == 0) {
        const LoginUser prefill = LoginUser::prefilledFrom(customerFromFields());
        m_editor->setUsers({prefill});
        m_prefilledWith = prefill;
    } else {
        followStep1();
    }
}

void LoginUsersPage::followStep1()
{
    const LoginUser prefill = LoginUser::prefilledFrom(customerFromFields());
    // Step 1 unchanged changes nothing: setUsers() ignores the same list.
    if (m_prefilledWith && m_editor->count() > 0 &&
        m_editor->users().constFirst() == *m_prefilledWith) {
        LoginUserList users = m_editor->users();
        users.first() = prefill;
        m_editor->setUsers(users);
    }
    m_prefilledWith = prefill;
}

bool LoginUsersPage::isComplete() const
{
    return m_editor->isAcceptable();
}

bool LoginUsersPage::revealErrors()
{
    return m_editor->revealErrors();
}

bool LoginUsersPage::focusRow(int row)
{
    return m_editor->focusRow(row);
}
