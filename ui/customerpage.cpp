#include "customerpage.h"

#include "applicationrules.h"
#include "fieldlabel.h"
#include "fieldtexts.h"
#include "postalautofill.h"
#include "prefecturefield.h"
#include "validatedfield.h"

#include <QComboBox>

#include <QFormLayout>
#include <QLineEdit>

CustomerPage::CustomerPage(QWidget *parent)
    : StepPage(0, parent)
{
    setTitle(tr("Basic information"));
    setSubTitle(tr("The customer company and its contact person."));
    auto form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    body()->addLayout(form);
    body()->addStretch();

    auto addField = [&](const char *name, const FieldSpec &spec) {
        auto field = new ValidatedField(spec, FieldTexts::label(name), this);
        field->lineEdit()->setObjectName(QStringLiteral("customer.") + QLatin1StringView(name));
        // Step 1's postal code is the company's, which the form says plainly.
        const QString help =
            FieldTexts::help(qstrcmp(name, "postalCode") == 0 ? "customerPostalCode" : name);
        field->setHelp(help);
        form->addRow(
            new FieldLabel(FieldTexts::label(name), spec.required, field->lineEdit(), this), field);
        registerField(QStringLiteral("customer.") + QLatin1StringView(name), field, "value",
                      SIGNAL(valueChanged(QString)));
        connect(field, &ValidatedField::valueChanged, this, &CustomerPage::changed);
        m_fields.append(field);
        return field;
    };

    for (const char *name :
         {"companyName", "lastName", "firstName", "department", "title", "email"})
        addField(name, ApplicationRules::customerField(name));
    m_email = m_fields.last();
    m_emailConfirm = addField("emailConfirm", ApplicationRules::customerField("email"));
    m_emailConfirm->setExtraCheck([this](const QString &v) {
        return ApplicationRules::checkConfirmation(m_email->value(), v);
    });
    connect(m_email, &ValidatedField::valueChanged, m_emailConfirm, &ValidatedField::recheck);
    ValidatedField *postal = addField("postalCode", ApplicationRules::customerField("postalCode"));

    m_prefecture = new PrefectureField(FieldTexts::label("prefecture"), this);
    m_prefecture->comboBox()->setObjectName(QStringLiteral("customer.prefecture"));
    form->addRow(
        new FieldLabel(FieldTexts::label("prefecture"), true, m_prefecture->comboBox(), this),
        m_prefecture);
    registerField(QStringLiteral("customer.prefecture"), m_prefecture, "code",
                  SIGNAL(codeChanged(QString)));
    connect(m_prefecture, &PrefectureField::codeChanged, this, &CustomerPage::changed);

    ValidatedField *address = addField("address", ApplicationRules::customerField("address"));
    addField("phone", ApplicationRules::customerField("phone"));
    new PostalAutofill(postal, m_prefecture, address, this);
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
