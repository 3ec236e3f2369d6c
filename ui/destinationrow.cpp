#include "ui/destinationrow.h"

#include "ui/companynametidy.h"
#include "ui/namesplitter.h"
#include "ui/postalautofill.h"
#include "ui/prefecturefield.h"
#include "ui/recordgrid.h"
#include "ui/unitsspinbox.h"
#include "ui/validatedfield.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

DestinationRow::DestinationRow(QWidget *parent)
    : EditorRow(parent)
    , m_copy(new QPushButton(tr("Copy the previous destination"), this))
    , m_remove(new QPushButton(tr("Remove this destination"), this))
{
    // Two columns where fields belong together, so that ten destinations
    // stay readable: company / name | first name / department /
    // postal code | prefecture / address / phone | units.
    auto grid = new QGridLayout(this);
    m_grid = std::make_unique<RecordGrid>(grid, this);
    const auto &fields = FieldTable::destination();
    m_grid->addFields(RecordGrid::specs(fields), SIGNAL(changed()));
    m_units = m_grid->inputsOf<UnitsSpinBox>().value(0);
    new CompanyNameTidy(
        qobject_cast<ValidatedField *>(m_grid->input(fields, &Destination::companyName)), this);
    new NameSplitter(qobject_cast<ValidatedField *>(m_grid->input(fields, &Destination::lastName)),
                     qobject_cast<ValidatedField *>(m_grid->input(fields, &Destination::firstName)),
                     this);
    m_autofill = new PostalAutofill(
        qobject_cast<ValidatedField *>(m_grid->input(fields, &Destination::postalCode)),
        qobject_cast<PrefectureField *>(m_grid->input(fields, &Destination::prefecture)),
        qobject_cast<ValidatedField *>(m_grid->input(fields, &Destination::address)), this);
    // A destination's own contact block pasted over step 1's details.
    m_blockPaste = new ContactBlockPaste(m_grid->inputsOf<ValidatedField>(),
                                         m_grid->inputsOf<PrefectureField>().value(0), this);

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_remove);
    grid->addLayout(buttons, m_grid->nextRow(), 0, 1, 4);
    m_copy->setObjectName(QStringLiteral("copyPrevious"));
    m_remove->setObjectName(QStringLiteral("removeDestination"));
    m_copy->setToolTip(tr("Fill this destination with the one above (Ctrl+Shift+C)"));
    m_remove->setToolTip(tr("Remove this destination (Ctrl+Shift+D)"));
    connect(m_copy, &QPushButton::clicked, this, [this] { emit copyPreviousRequested(this); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(this); });
}

DestinationRow::~DestinationRow() = default;

int DestinationRow::units() const
{
    return m_units->value();
}

Destination DestinationRow::destination() const
{
    return m_grid->read(FieldTable::destination());
}

void DestinationRow::setDestination(const Destination &d)
{
    m_grid->write(FieldTable::destination(), d);
}

void DestinationRow::setAddressHeldElsewhere(PostalAutofill::HeldElsewhere heldElsewhere)
{
    m_autofill->setHeldElsewhere(std::move(heldElsewhere));
}

void DestinationRow::setValuesHeldElsewhere(ContactBlockPaste::HeldElsewhere heldElsewhere)
{
    m_blockPaste->setHeldElsewhere(std::move(heldElsewhere));
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
    for (const QWidget *input : m_grid->inputs()) {
        if (!RecordGrid::isAcceptable(input))
            return false;
    }
    return true;
}

QWidget *DestinationRow::revealErrors()
{
    QWidget *first = nullptr;
    for (QWidget *input : m_grid->inputs()) {
        if (!RecordGrid::reveal(input) && !first)
            first = RecordGrid::focusTarget(input);
    }
    return first;
}

QList<QWidget *> DestinationRow::tabChain() const
{
    QList<QWidget *> chain;
    for (QWidget *input : m_grid->inputs())
        chain.append(RecordGrid::focusTarget(input));
    chain << m_copy << m_remove;
    return chain;
}

QWidget *DestinationRow::firstInput() const
{
    return RecordGrid::focusTarget(m_grid->inputs().first());
}
