#include "ui/loginuserrow.h"

#include "core/applicationrules.h"
#include "ui/fieldtexts.h"
#include "ui/namesplitter.h"
#include "ui/recordgrid.h"
#include "ui/validatedfield.h"

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
    m_grid = std::make_unique<RecordGrid>(grid, this);
    const auto &fields = FieldTable::loginUser();
    m_grid->addFields(RecordGrid::specs(fields), SIGNAL(changed()));
    new NameSplitter(qobject_cast<ValidatedField *>(m_grid->input(fields, &LoginUser::lastName)),
                     qobject_cast<ValidatedField *>(m_grid->input(fields, &LoginUser::firstName)),
                     this);
    m_email = qobject_cast<ValidatedField *>(m_grid->input(fields, &LoginUser::email));
    auto confirm = qobject_cast<ValidatedField *>(m_grid->input(fields, &LoginUser::emailConfirm));
    confirm->setExtraCheck([this](const QString &v) {
        return ApplicationRules::checkConfirmation(m_email->value(), v);
    });
    connect(m_email, &ValidatedField::valueChanged, confirm, &ValidatedField::recheck);
    // A domain like a slip of a well-known one is questioned once the
    // address is left, and the question goes as soon as it is changed.
    connect(m_email, &ValidatedField::valueChanged, this, [this] { m_email->setNotice({}); });
    connect(m_email, &ValidatedField::revealed, this, [this] {
        m_email->setNotice(m_email->isAcceptable()
                               ? FieldTexts::emailDomainQuestion(m_email->value())
                               : QString());
    });

    // Another person's contact block (name, email, mobile) pasted whole.
    m_blockPaste = new ContactBlockPaste(m_grid->inputsOf<ValidatedField>(), nullptr, this);
    // A name and an email address on two lines are a person here (no
    // address is pasted into a login user, that two lines would be).
    m_blockPaste->setPartsNeeded(2);

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    grid->addLayout(buttons, m_grid->nextRow(), 0, 1, 4);
    m_remove->setObjectName(QStringLiteral("removeUser"));
    m_remove->setToolTip(tr("Remove this user (Ctrl+Shift+D)"));
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(this); });
}

LoginUserRow::~LoginUserRow() = default;

void LoginUserRow::setDuplicateCheck(
    std::function<bool(const LoginUserRow *, const QString &)> check)
{
    m_email->setExtraCheck([this, check](const QString &v) {
        return check(this, v) ? QStringLiteral("duplicate_email") : QString();
    });
}

void LoginUserRow::setValuesHeldElsewhere(ContactBlockPaste::HeldElsewhere heldElsewhere)
{
    m_blockPaste->setHeldElsewhere(std::move(heldElsewhere));
}

void LoginUserRow::recheck()
{
    m_email->recheck();
}

LoginUser LoginUserRow::user() const
{
    return m_grid->read(FieldTable::loginUser());
}

void LoginUserRow::setUser(const LoginUser &u)
{
    m_grid->write(FieldTable::loginUser(), u);
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
    for (const QWidget *input : m_grid->inputs()) {
        if (!RecordGrid::isAcceptable(input))
            return false;
    }
    return true;
}

QWidget *LoginUserRow::revealErrors()
{
    QWidget *first = nullptr;
    for (QWidget *input : m_grid->inputs()) {
        if (!RecordGrid::reveal(input) && !first)
            first = RecordGrid::focusTarget(input);
    }
    return first;
}

QList<QWidget *> LoginUserRow::tabChain() const
{
    QList<QWidget *> chain;
    for (QWidget *input : m_grid->inputs())
        chain.append(RecordGrid::focusTarget(input));
    chain.append(m_remove);
    return chain;
}

QWidget *LoginUserRow::firstInput() const
{
    return RecordGrid::focusTarget(m_grid->inputs().first());
}
