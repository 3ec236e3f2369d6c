#include "ui/loginuserseditor.h"

#include "core/fieldtable.h"
#include "ui/loginuserrow.h"

#include <QPushButton>

LoginUsersEditor::LoginUsersEditor(QWidget *parent)
    : RowEditor(1, FieldTable::MaxLoginUsers, parent)
{
    addButton()->setObjectName(QStringLiteral("addUser"));
    addButton()->setToolTip(tr("Add a login user (Ctrl+Shift+A)"));
    connect(this, &RowEditor::rowsChanged, this, [this] {
        // Uniqueness depends on every row: check them all again.
        for (EditorRow *r : rows())
            static_cast<LoginUserRow *>(r)->recheck();
        emit usersChanged();
    });
    renumber();
}

EditorRow *LoginUsersEditor::createRow()
{
    auto row = new LoginUserRow(this);
    row->setDuplicateCheck(
        [this](const LoginUserRow *r, const QString &email) { return isDuplicate(r, email); });
    // Step 1's contact person, as the first user starts: replaced by a
    // pasted contact block with nothing lost.
    row->setValuesHeldElsewhere([this](QLatin1StringView wireName, const QString &value) {
        if (!m_prefill)
            return false;
        const LoginUser prefill = m_prefill();
        for (const RecordField<LoginUser> &f : FieldTable::loginUser()) {
            if (f.spec.wireName() == wireName)
                return f.textOf(prefill) == value;
        }
        return false;
    });
    return row;
}

bool LoginUsersEditor::holdsTypedData(const EditorRow *row) const
{
    // An added user starts empty.
    return static_cast<const LoginUserRow *>(row)->user() != LoginUser{};
}

QString LoginUsersEditor::removeQuestion(int number) const
{
    return tr("Remove login user %1? What was typed for them is lost.").arg(number);
}

QString LoginUsersEditor::addText() const
{
    return tr("&Add a user");
}

QString LoginUsersEditor::fullText() const
{
    return tr("At most %1 users").arg(FieldTable::MaxLoginUsers);
}

LoginUserRow *LoginUsersEditor::row(int index) const
{
    return static_cast<LoginUserRow *>(rowAt(index));
}

LoginUserList LoginUsersEditor::users() const
{
    LoginUserList list;
    for (const EditorRow *r : rows())
        list.append(static_cast<const LoginUserRow *>(r)->user());
    return list;
}

void LoginUsersEditor::setUsers(const LoginUserList &users)
{
    if (users == this->users())
        return;
    setLoading(true);
    resizeRows(int(users.size()));
    for (int i = 0; i < count(); ++i)
        row(i)->setUser(users[i]);
    setLoading(false);
    for (EditorRow *r : rows())
        static_cast<LoginUserRow *>(r)->recheck();
    emit usersChanged();
}

void LoginUsersEditor::removeUser(LoginUserRow *row)
{
    removeRow(row);
}

bool LoginUsersEditor::isDuplicate(const LoginUserRow *row, const QString &email) const
{
    // The later of two rows with the same address is the one at fault.
    for (const EditorRow *r : rows()) {
        if (r == row)
            return false;
        if (!email.isEmpty() && static_cast<const LoginUserRow *>(r)->user().email.compare(
                                    email, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
