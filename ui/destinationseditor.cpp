#include "ui/destinationseditor.h"

#include "core/application.h"
#include "core/errorcodes.h"
#include "core/fieldtable.h"
#include "ui/destinationrow.h"
#include "ui/fieldmessage.h"
#include "ui/fieldtexts.h"
#include "ui/lossquestion.h"
#include "ui/statuscolors.h"
#include "ui/unitsspinbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

DestinationsEditor::DestinationsEditor(QWidget *parent)
    : RowEditor(1, FieldTable::MaxDestinations, parent)
    , m_counter(new QLabel(this))
    , m_message(new FieldMessage(this))
{
    bar()->addWidget(m_counter);
    outerLayout()->addWidget(m_message);
    addButton()->setObjectName(QStringLiteral("addDestination"));
    addButton()->setToolTip(tr("Add a destination, filled in from step 1 (Ctrl+Shift+A)"));
    m_counter->setObjectName(QStringLiteral("unitsCounter"));
    auto copy = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")), this, [this] {
        copyPrevious(static_cast<DestinationRow *>(rowWithFocus()));
    });
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    connect(this, &RowEditor::rowsChanged, this, [this] {
        updateCounter();
        emit destinationsChanged();
    });
    // No row yet: the page adds the first, prefilled, when it is first shown
    // (building rows nobody sees yet would only slow the start).
    renumber();
    updateCounter();
}

EditorRow *DestinationsEditor::createRow()
{
    auto row = new DestinationRow(this);
    row->setDestination(newDestination());
    // A destination's address that is step 1's or another destination's (as
    // Add and Copy put it there) is replaced by its postal code's without a
    // question: it still stands where it came from.
    row->setAddressHeldElsewhere([this, row](const QString &prefecture, const QString &address) {
        const Destination customer = newDestination();
        if (customer.prefecture == prefecture && customer.address == address)
            return true;
        for (const EditorRow *r : rows()) {
            const Destination other = static_cast<const DestinationRow *>(r)->destination();
            if (r != row && other.prefecture == prefecture && other.address == address)
                return true;
        }
        return false;
    });
    // So are its other values, for a contact block pasted into it.
    row->setValuesHeldElsewhere([this, row](QLatin1StringView wireName, const QString &value) {
        for (const RecordField<Destination> &f : FieldTable::destination()) {
            if (f.spec.wireName() != wireName)
                continue;
            if (f.textOf(newDestination()) == value)
                return true;
            for (const EditorRow *r : rows()) {
                if (r != row &&
                    f.textOf(static_cast<const DestinationRow *>(r)->destination()) == value)
                    return true;
            }
        }
        return false;
    });
    connect(row, &DestinationRow::copyPreviousRequested, this, &DestinationsEditor::copyPrevious);
    return row;
}

bool DestinationsEditor::holdsTypedData(const EditorRow *row) const
{
    // As Add made it (step 1's details, 1 unit): nothing of the person's own.
    return static_cast<const DestinationRow *>(row)->destination() != newDestination();
}

QString DestinationsEditor::removeQuestion(int number) const
{
    return tr("Remove destination %1? What was typed in it is lost.").arg(number);
}

QString DestinationsEditor::addText() const
{
    return tr("&Add a destination");
}

QString DestinationsEditor::fullText() const
{
    return tr("At most %1 destinations").arg(FieldTable::MaxDestinations);
}

DestinationRow *DestinationsEditor::row(int index) const
{
    return static_cast<DestinationRow *>(rowAt(index));
}

DestinationList DestinationsEditor::destinations() const
{
    DestinationList list;
    for (const EditorRow *r : rows())
        list.append(static_cast<const DestinationRow *>(r)->destination());
    return list;
}

void DestinationsEditor::setDestinations(const DestinationList &destinations)
{
    if (destinations == this->destinations())
        return;
    setLoading(true);
    resizeRows(int(destinations.size()));
    for (int i = 0; i < count(); ++i)
        row(i)->setDestination(destinations[i]);
    setLoading(false);
    updateCounter();
    emit destinationsChanged();
}

Destination DestinationsEditor::newDestination() const
{
    Destination d = m_prefill ? m_prefill() : Destination{};
    d.units = 1;
    return d;
}

void DestinationsEditor::followPrefill(const Destination &was, const Destination &now)
{
    if (was == now)
        return;
    DestinationList list = destinations();
    for (Destination &d : list) {
        Destination untouched = was;
        untouched.units = d.units;
        if (d == untouched) {
            const int units = d.units;
            d = now;
            d.units = units;
        }
    }
    setDestinations(list);
}

int DestinationsEditor::totalUnits() const
{
    int total = 0;
    for (const EditorRow *r : rows())
        total += static_cast<const DestinationRow *>(r)->units();
    return total;
}

bool DestinationsEditor::isAcceptable() const
{
    return rowsAcceptable() && totalUnits() <= FieldTable::MaxTotalUnits;
}

bool DestinationsEditor::revealErrors()
{
    QWidget *first = revealRowErrors();
    if (!first && totalUnits() > FieldTable::MaxTotalUnits && count() > 0) {
        first = row(count() - 1)->unitsBox();
        first->setFocus(Qt::OtherFocusReason);
    }
    return !first;
}

void DestinationsEditor::removeDestination(DestinationRow *row)
{
    removeRow(row);
}

void DestinationsEditor::copyPrevious(DestinationRow *target)
{
    const int index = int(rows().indexOf(target));
    if (index <= 0)
        return;
    Destination d = row(index - 1)->destination();
    d.units = target->units(); // units stay: they count against the total
    const Destination before = target->destination();
    if (before == d)
        return;
    // A destination typed in by hand is replaced only when the person says so.
    if (holdsTypedData(target) &&
        !LossQuestion::confirmed(
            this, target->title(),
            tr("Replace what destination %1 holds with destination %2?").arg(index + 1).arg(index),
            tr("&Replace")))
        return;
    if (!rows().contains(target))
        return;
    target->setDestination(d);
}

void DestinationsEditor::updateCounter()
{
    const int total = totalUnits();
    const bool over = total > FieldTable::MaxTotalUnits;
    m_counter->setText(tr("Total %1 / %2 units").arg(total).arg(FieldTable::MaxTotalUnits));
    QPalette palette = this->palette();
    if (over)
        palette.setColor(QPalette::WindowText, StatusColors::fault(palette));
    m_counter->setPalette(palette);
    QFont font = this->font();
    font.setBold(over);
    m_counter->setFont(font);
    // A 台数 out of its own range (12 dictated, 0) is pointed out first: the
    // total may be over only because of it. Otherwise every 台数 takes part in
    // the total: each is tinted while it is over.
    const bool outOfRange = std::any_of(rows().cbegin(), rows().cend(), [](const EditorRow *r) {
        return !static_cast<const DestinationRow *>(r)->unitsBox()->isAllowed();
    });
    const QString message =
        outOfRange ? FieldTexts::message({QString(), ErrorCode::InvalidUnits, {}})
        : over     ? FieldTexts::message(
                         {QString(), ErrorCode::UnitsTotalExceeded, {QString::number(total)}})
               : QString();
    for (const EditorRow *r : rows()) {
        UnitsSpinBox *units = static_cast<const DestinationRow *>(r)->unitsBox();
        units->setFault(outOfRange && units->isAllowed() ? QString() : message);
    }
    m_message->setMessage(message);
}
