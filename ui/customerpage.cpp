#include "ui/customerpage_p.h"

#include "core/applicationrules.h"
#include "ui/applicationwizard.h"
#include "ui/companynametidy.h"
#include "ui/contactblockpaste.h"
#include "ui/fieldlabel.h"
#include "ui/fieldtexts.h"
#include "ui/followingscrollarea.h"
#include "ui/namesplitter.h"
#include "ui/postalautofill.h"
#include "ui/prefecturefield.h"
#include "ui/validatedfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

CustomerPage::CustomerPage(QWidget *parent)
    : StepPage(CustomerPageId, parent)
{
    setTitle(tr("Basic information"));
    setSubTitle(tr("The customer company and its contact person."));
    // Scrolled when it does not fit: a laptop's screen at 125% with every
    // message shown would otherwise squeeze the fields to slivers.
    auto content = new QWidget;
    auto form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    auto contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addStretch();
    body()->addWidget(new FollowingScrollArea(content, this));

    // One row per field of step 1, in the table's order.
    ValidatedField *lastName = nullptr;
    for (const RecordField<Customer> &f : FieldTable::customer()) {
        const QString name = ApplicationWizard::customerFieldName(f.spec);
        if (f.spec.kind == FieldKind::Prefecture) {
            m_prefecture = new PrefectureField(FieldTexts::label(f.spec), this);
            m_prefecture->comboBox()->setObjectName(name);
            form->addRow(new FieldLabel(FieldTexts::label(f.spec), f.spec.required,
                                        m_prefecture->comboBox(), this),
                         m_prefecture);
            registerUserField(name, m_prefecture);
            connect(m_prefecture, &PrefectureField::valueChanged, this, &CustomerPage::changed);
            continue;
        }
        auto field = new ValidatedField(f.spec, FieldTexts::label(f.spec), this);
        field->lineEdit()->setObjectName(name);
        field->setHelp(FieldTexts::help(f.spec));
        form->addRow(
            new FieldLabel(FieldTexts::label(f.spec), f.spec.required, field->lineEdit(), this),
            field);
        registerUserField(name, field);
        connect(field, &ValidatedField::valueChanged, this, &CustomerPage::changed);
        m_fields.append(field);
        if (f.text == &Customer::email)
            m_email = field;
        else if (f.spec.isClientOnly())
            m_emailConfirm = field;
        else if (f.text == &Customer::postalCode)
            m_postalCode = field;
        else if (f.text == &Customer::address)
            m_address = field;
        else if (f.text == &Customer::lastName)
            lastName = field;
        else if (f.text == &Customer::companyName)
            new CompanyNameTidy(field, this);
        else if (f.text == &Customer::firstName)
            new NameSplitter(lastName, field, this);
    }
    m_emailConfirm->setExtraCheck([this](const QString &v) {
        return ApplicationRules::checkConfirmation(m_email->value(), v);
    });
    connect(m_email, &ValidatedField::valueChanged, m_emailConfirm, &ValidatedField::recheck);
    connect(m_email, &ValidatedField::valueChanged, this, [this] { m_email->setNotice({}); });
    connect(m_email, &ValidatedField::revealed, this, &CustomerPage::questionTheEmail);
    new PostalAutofill(m_postalCode, m_prefecture, m_address, this);
    new ContactBlockPaste(m_fields, m_prefecture, this);
}

void CustomerPage::questionTheEmail()
{
    if (!m_email->isAcceptable()) {
        m_email->setNotice({});
        return;
    }
    // The mail goes to this address: a domain like a slip of a well-known
    // one (gmial.com) is questioned before the application goes anywhere.
    QStringList notices;
    if (const QString question = FieldTexts::emailDomainQuestion(m_email->value());
        !question.isEmpty())
        notices.append(question);
    // Also while the window closes (the field is left as it goes): by then
    // the wizard is a QWizard no more ours, and has no queue to ask.
    const auto wizard = qobject_cast<ApplicationWizard *>(QWizardPage::wizard());
    const QList<LocalQueue::Summary> earlier =
        wizard ? wizard->earlierApplicationsTo(m_email->value(), 1) : QList<LocalQueue::Summary>();
    if (!earlier.isEmpty())
        notices.append(tr("This computer already holds an application to this address: %1. To "
                          "send the customer a fresh confirmation link, use the applications "
                          "list.")
                           .arg(ApplicationWizard::earlierApplicationInWords(earlier.first())));
    m_email->setNotice(FieldTexts::sentences(notices));
}

bool CustomerPage::isComplete() const
{
    for (const ValidatedField *f : m_fields) {
        if (!f->isAcceptable())
            return false;
    }
    return m_prefecture->isAcceptable();
}

bool CustomerPage::revealErrors()
{
    for (ValidatedField *f : std::as_const(m_fields))
        f->reveal();
    m_prefecture->reveal();
    focusFirstFault(); // in the order of the form, prefecture included
    return isComplete();
}
