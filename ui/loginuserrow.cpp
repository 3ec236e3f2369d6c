#include "loginuserrow.h"

#include "applicationrules.h"
#include "fieldlabel.h"
#include "fieldtexts.h"
#include "validatedfield.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

LoginUserRow::LoginUserRow(QWidget *parent)
    : EditorRow(parent)
    , m_remove(new QPushButton(tr("Remove this user"), this))
{
    // Name and first name side by side, the address beside its confirmation.
    auto grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int row = 0;
    auto addField = [&](const char *label, const FieldSpec &spec, int column) {
        auto f = new ValidatedField(spec, FieldTexts::label(label), this);
        f->lineEdit()->setObjectName(QLatin1StringView(label));
        f->setHelp(FieldTexts::help(label));
        grid->addWidget(
            new FieldLabel(FieldTexts::label(label), spec.required, f->lineEdit(), this), row,
            column, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(f, row, column + 1);
        connect(f, &ValidatedField::valueChanged, this, &LoginUserRow::changed);
        m_fields.append(f);
        return f;
    };
    addField("lastName", ApplicationRules::loginUserField("lastName"), 0);
    addField("firstName", ApplicationRules::loginUserField("firstName"), 2);
    ++row;
    ValidatedField *email = addField("email", ApplicationRules::loginUserField("email"), 0);
    ValidatedField *confirm =
        addField("emailConfirm", ApplicationRules::loginUserField("email"), 2);
    confirm->setExtraCheck([email](const QString &v) {
        return ApplicationRules::checkConfirmation(email->value(), v);
    });
    connect(email, &ValidatedField::valueChanged, confirm, &ValidatedField::recheck);
    ++row;
    addField("mobile", ApplicationRules::loginUserField("mobile"), 0);
    ++row;

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    grid->addLayout(buttons, row, 0, 1, 4);
    m_remove->setObjectName(QStringLiteral("removeUser"));
    m_remove->setToolTip(tr("Remove this user (Ctrl+Shift+D)"));
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(this); });
}

ValidatedField *LoginUserRow::field(const char *name) const
{
    for (ValidatedField *f : m_fields) {
        if (f->lineEdit()->objectName() == QLatin1StringView(name))
            return f;
    }
    return nullptr;
}

void LoginUserRow::setDuplicateCheck(
    std::function<bool(const LoginUserRow *, const QString &)> check)
{
    field("email")->setExtraCheck([this, check](const QString &v) {
        return check(this, v) ? QStringLiteral("duplicate_email") : QString();
    });
}

void LoginUserRow::recheck()
{
    field("email")->recheck();
}

LoginUser LoginUserRow::user() const
{
    LoginUser u;
    u.lastName = field("lastName")->value();
    u.firstName = field("firstName")->value();
    u.email = field("email")->value();
    u.emailConfirm = field("emailConfirm")->value();
    u.mobile = field("mobile")->value();
    return u;
}

void LoginUserRow::setUser(const LoginUser &u)
{
    field("lastName")->setValue(u.lastName);
    field("firstName")->setValue(u.firstName);
    field("email")->setValue(u.email);
    field("emailConfirm")->setValue(u.emailConfirm);
    field("mobile")->setValue(u.mobile);
}

void LoginUserRow::setNumber(int number, int count)
{
    setTitle(tr("Login user %1").arg(number));
    setAccessibleName(tr("Login user %1 of %2").arg(number).arg(count));
    setObjectName(QStringLiteral("user%1").arg(number));
    m_remove->setEnabled(count > 1);
}

bool LoginUserRow::isAcceptable() const
{
    for (const ValidatedField *f : m_fields) {
        if (!f->isAcceptable())
            return false;
    }
    return true;
}

QWidget *LoginUserRow::revealErrors()
{
    QWidget *first = nullptr;
    for (ValidatedField *f : std::as_const(m_fields)) {
        f->reveal();
        if (!first && !f->isAcceptable())
            first = f->lineEdit();
    }
    return first;
}

QList<QWidget *> LoginUserRow::tabChain() const
{
    QList<QWidget *> chain;
    for (ValidatedField *f : m_fields)
        chain.append(f->lineEdit());
    chain.append(m_remove);
    return chain;
}

QWidget *LoginUserRow::firstInput() const
{
    return m_fields.first()->lineEdit();
}
