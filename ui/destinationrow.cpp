#include "destinationrow.h"

#include "applicationrules.h"
#include "fieldlabel.h"
#include "fieldtexts.h"
#include "postalautofill.h"
#include "prefecturefield.h"
#include "validatedfield.h"

#include <QComboBox>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

DestinationRow::DestinationRow(QWidget *parent)
    : EditorRow(parent)
    , m_prefecture(new PrefectureField(FieldTexts::label("prefecture"), this))
    , m_units(new QSpinBox(this))
    , m_copy(new QPushButton(tr("Copy the previous destination"), this))
    , m_remove(new QPushButton(tr("Remove this destination"), this))
{
    // Two columns where fields belong together, so that ten destinations
    // stay readable: company / name | first name / department /
    // postal code | prefecture / address / phone | units.
    auto grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int row = 0;
    auto place = [&](QWidget *label, QWidget *input, int column, bool wide) {
        grid->addWidget(label, row, column, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(input, row, column + 1, 1, wide ? 3 : 1);
    };
    auto addField = [&](const char *name, int column, bool wide) {
        const FieldSpec spec = ApplicationRules::destinationField(name);
        auto f = new ValidatedField(spec, FieldTexts::label(name), this);
        f->setHelp(FieldTexts::help(name));
        place(new FieldLabel(FieldTexts::label(name), spec.required, f->lineEdit(), this), f,
              column, wide);
        connect(f, &ValidatedField::valueChanged, this, &DestinationRow::changed);
        m_fields.append(f);
        return f;
    };
    addField("companyName", 0, true);
    ++row;
    addField("lastName", 0, false);
    addField("firstName", 2, false);
    ++row;
    addField("department", 0, true);
    ++row;
    addField("postalCode", 0, false);
    place(new FieldLabel(FieldTexts::label("prefecture"), true, m_prefecture->comboBox(), this),
          m_prefecture, 2, false);
    connect(m_prefecture, &PrefectureField::codeChanged, this, &DestinationRow::changed);
    ++row;
    addField("address", 0, true);
    ++row;
    addField("phone", 0, false);
    new PostalAutofill(field("postalCode"), m_prefecture, field("address"), this);

    m_units->setObjectName(QStringLiteral("units"));
    m_units->setRange(1, Application::MaxUnitsPerDestination);
    m_units->setValue(1);
    m_units->setAccessibleName(FieldTexts::label("units"));
    m_units->setToolTip(FieldTexts::help("units"));
    m_units->setAccessibleDescription(FieldTexts::help("units"));
    m_units->setMaximumWidth(90);
    grid->addWidget(new FieldLabel(FieldTexts::label("units"), true, m_units, this), row, 2,
                    Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_units, row, 3, Qt::AlignLeft | Qt::AlignTop);
    connect(m_units, &QSpinBox::valueChanged, this, &DestinationRow::changed);
    ++row;

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_remove);
    grid->addLayout(buttons, row, 0, 1, 4);
    m_copy->setObjectName(QStringLiteral("copyPrevious"));
    m_remove->setObjectName(QStringLiteral("removeDestination"));
    m_copy->setToolTip(tr("Fill this destination with the one above (Ctrl+Shift+C)"));
    m_remove->setToolTip(tr("Remove this destination (Ctrl+Shift+D)"));
    connect(m_copy, &QPushButton::clicked, this, [this] { emit copyPreviousRequested(this); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(this); });
}

ValidatedField *DestinationRow::field(const char *name) const
{
    for (ValidatedField *f : m_fields) {
        if (qstrcmp(f->spec().name, name) == 0)
            return f;
    }
    return nullptr;
}

int DestinationRow::units() const
{
    return m_units->value();
}

Destination DestinationRow::destination() const
{
    Destination d;
    d.companyName = field("companyName")->value();
    d.lastName = field("lastName")->value();
    d.firstName = field("firstName")->value();
    d.department = field("department")->value();
    d.postalCode = field("postalCode")->value();
    d.prefecture = m_prefecture->code();
    d.address = field("address")->value();
    d.phone = field("phone")->value();
    d.units = m_units->value();
    return d;
}

void DestinationRow::setDestination(const Destination &d)
{
    field("companyName")->setValue(d.companyName);
    field("lastName")->setValue(d.lastName);
    field("firstName")->setValue(d.firstName);
    field("department")->setValue(d.department);
    field("postalCode")->setValue(d.postalCode);
    m_prefecture->setCode(d.prefecture);
    field("address")->setValue(d.address);
    field("phone")->setValue(d.phone);
    m_units->setValue(qBound(1, d.units, Application::MaxUnitsPerDestination));
}

void DestinationRow::setNumber(int number, int count)
{
    setTitle(tr("Destination %1").arg(number));
    setAccessibleName(tr("Destination %1 of %2").arg(number).arg(count));
    setObjectName(QStringLiteral("destination%1").arg(number));
    m_copy->setVisible(number > 1);
    m_remove->setEnabled(count > 1);
}

bool DestinationRow::isAcceptable() const
{
    for (const ValidatedField *f : m_fields) {
        if (!f->isAcceptable())
            return false;
    }
    return m_prefecture->isAcceptable();
}

QWidget *DestinationRow::revealErrors()
{
    QWidget *first = nullptr;
    for (ValidatedField *f : std::as_const(m_fields)) {
        f->reveal();
        if (!first && !f->isAcceptable())
            first = f->lineEdit();
        if (qstrcmp(f->spec().name, "postalCode") == 0) {
            m_prefecture->reveal();
            if (!first && !m_prefecture->isAcceptable())
                first = m_prefecture->comboBox();
        }
    }
    return first;
}

QList<QWidget *> DestinationRow::tabChain() const
{
    QList<QWidget *> chain;
    for (ValidatedField *f : m_fields) {
        chain.append(f->lineEdit());
        if (qstrcmp(f->spec().name, "postalCode") == 0)
            chain.append(m_prefecture->comboBox());
    }
    chain << m_units << m_copy << m_remove;
    return chain;
}

QWidget *DestinationRow::firstInput() const
{
    return m_fields.first()->lineEdit();
}
