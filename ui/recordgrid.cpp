#include "ui/recordgrid.h"

#include "ui/fieldlabel.h"
#include "ui/fieldtexts.h"
#include "ui/prefecturefield.h"
#include "ui/unitsspinbox.h"
#include "ui/validatedfield.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QMetaProperty>
#include <QSpinBox>

namespace {
// A text that takes a line of its own (company, department, address).
bool isWide(const FieldSpec &spec)
{
    return spec.kind == FieldKind::Text && spec.maxLength >= 100;
}
} // namespace

RecordGrid::RecordGrid(QGridLayout *grid, QWidget *owner)
    : m_grid(grid)
    , m_owner(owner)
{
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
}

QWidget *RecordGrid::makeInput(const FieldSpec &spec)
{
    const QString label = FieldTexts::label(spec);
    switch (spec.kind) {
    case FieldKind::Prefecture: {
        auto prefecture = new PrefectureField(label, m_owner);
        prefecture->comboBox()->setObjectName(spec.wireName());
        return prefecture;
    }
    case FieldKind::Units: {
        auto units = new UnitsSpinBox(m_owner);
        units->setObjectName(spec.wireName());
        units->setAllowedRange(1, spec.maxLength);
        units->setValue(1);
        units->setAccessibleName(label);
        units->setHelp(FieldTexts::help(spec));
        units->setMaximumWidth(90);
        return units;
    }
    default: {
        auto field = new ValidatedField(spec, label, m_owner);
        field->lineEdit()->setObjectName(spec.wireName());
        field->setHelp(FieldTexts::help(spec));
        return field;
    }
    }
}

void RecordGrid::addFields(const QList<FieldSpec> &specs, const char *changedSignal)
{
    for (const FieldSpec &spec : specs) {
        QWidget *input = makeInput(spec);
        const bool wide = isWide(spec);
        if (wide && m_column > 0) {
            ++m_row;
            m_column = 0;
        }
        m_grid->addWidget(
            new FieldLabel(FieldTexts::label(spec), spec.required, focusTarget(input), m_owner),
            m_row, m_column, Qt::AlignRight | Qt::AlignTop);
        // At the top of its row, level with its label, when the field beside
        // it is taller (a note beneath it): centred it would slip down.
        const Qt::Alignment alignment =
            spec.kind == FieldKind::Units ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignTop;
        m_grid->addWidget(input, m_row, m_column + 1, 1, wide ? 3 : 1, alignment);
        if (wide || m_column > 0) {
            ++m_row;
            m_column = 0;
        } else {
            m_column = 2;
        }
        const QMetaMethod notify = input->metaObject()->userProperty().notifySignal();
        const int changed = m_owner->metaObject()->indexOfSignal(
            QMetaObject::normalizedSignature(changedSignal + 1).constData());
        QObject::connect(input, notify, m_owner, m_owner->metaObject()->method(changed));
        m_inputs.append(input);
    }
}

QWidget *RecordGrid::focusTarget(QWidget *input)
{
    if (auto field = qobject_cast<ValidatedField *>(input))
        return field->lineEdit();
    if (auto prefecture = qobject_cast<PrefectureField *>(input))
        return prefecture->comboBox();
    return input;
}

QVariant RecordGrid::value(const QWidget *input)
{
    return input->metaObject()->userProperty().read(input);
}

void RecordGrid::setValue(QWidget *input, const QVariant &value)
{
    if (auto units = qobject_cast<QSpinBox *>(input))
        units->setValue(qBound(units->minimum(), value.toInt(), units->maximum()));
    else
        input->metaObject()->userProperty().write(input, value);
}

bool RecordGrid::isAcceptable(const QWidget *input)
{
    if (auto field = qobject_cast<const ValidatedField *>(input))
        return field->isAcceptable();
    if (auto prefecture = qobject_cast<const PrefectureField *>(input))
        return prefecture->isAcceptable();
    if (auto units = qobject_cast<const UnitsSpinBox *>(input))
        return units->isAllowed();
    return true;
}

bool RecordGrid::reveal(QWidget *input)
{
    if (auto field = qobject_cast<ValidatedField *>(input))
        field->reveal();
    else if (auto prefecture = qobject_cast<PrefectureField *>(input))
        prefecture->reveal();
    return isAcceptable(input);
}
