#include "destinationseditor.h"

#include "application.h"
#include "applicationrules.h"
#include "destinationrow.h"
#include "fieldmessage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

DestinationsEditor::DestinationsEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_scroll(new QScrollArea(this))
    , m_add(new QPushButton(tr("&Add a destination"), this))
    , m_counter(new QLabel(this))
    , m_message(new FieldMessage(this))
{
    auto content = new QWidget;
    auto contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_rowsLayout);
    contentLayout->addStretch();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addStretch();
    bar->addWidget(m_counter);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);
    layout->addWidget(m_message);

    m_add->setObjectName(QStringLiteral("addDestination"));
    m_add->setToolTip(tr("Add a destination, filled in from step 1 (Ctrl+Shift+A)"));
    m_counter->setObjectName(QStringLiteral("unitsCounter"));
    m_counter->setAccessibleName(tr("Total units"));
    connect(m_add, &QPushButton::clicked, this, &DestinationsEditor::addDestination);

    auto shortcut = [this](const char *keys, auto slot) {
        auto s = new QShortcut(QKeySequence(QLatin1StringView(keys)), this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut("Ctrl+Shift+A", [this] { addDestination(); });
    shortcut("Ctrl+Shift+D", [this] { removeDestination(rowWithFocus()); });
    shortcut("Ctrl+Shift+C", [this] { copyPrevious(rowWithFocus()); });

    // Keep the field with the focus in view as Tab walks through the rows.
    m_followFocus =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            if (now && m_scroll->widget()->isAncestorOf(now))
                m_scroll->ensureWidgetVisible(now, 20, 40);
        });

    // No row yet: the page adds the first, prefilled, when it is first shown
    // (building rows nobody sees yet would only slow the start).
    renumber();
    updateCounter();
}

DestinationsEditor::~DestinationsEditor()
{
    // The rows go before QObject would drop this connection, and each of
    // them moves the focus on its way out.
    disconnect(m_followFocus);
}

DestinationList DestinationsEditor::destinations() const
{
    DestinationList list;
    for (const DestinationRow *r : m_rows)
        list.append(r->destination());
    return list;
}

void DestinationsEditor::setDestinations(const DestinationList &destinations)
{
    if (destinations == this->destinations())
        return;
    m_loading = true;
    while (m_rows.size() > destinations.size())
        delete m_rows.takeLast();
    while (m_rows.size() < destinations.size() && m_rows.size() < Application::MaxDestinations)
        appendRow(Destination{});
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i]->setDestination(destinations.value(i));
    m_loading = false;
    renumber();
    updateCounter();
    emit destinationsChanged();
}

int DestinationsEditor::totalUnits() const
{
    int total = 0;
    for (const DestinationRow *r : m_rows)
        total += r->destination().units;
    return total;
}

bool DestinationsEditor::isAcceptable() const
{
    for (const DestinationRow *r : m_rows) {
        if (!r->isAcceptable())
            return false;
    }
    return !m_rows.isEmpty() && totalUnits() <= Application::MaxTotalUnits;
}

bool DestinationsEditor::revealErrors()
{
    QWidget *first = nullptr;
    for (DestinationRow *r : std::as_const(m_rows)) {
        QWidget *w = r->revealErrors();
        if (!first)
            first = w;
    }
    if (!first && totalUnits() > Application::MaxTotalUnits)
        first = m_rows.last()->unitsBox();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !first;
}

DestinationRow *DestinationsEditor::appendRow(const Destination &destination)
{
    auto row = new DestinationRow(this);
    row->setDestination(destination);
    m_rowsLayout->addWidget(row);
    row->show(); // at once, not when the layout gets round to it: it takes the focus next
    m_rows.append(row);
    connect(row, &DestinationRow::changed, this, [this] {
        updateCounter();
        if (!m_loading)
            emit destinationsChanged();
    });
    connect(row, &DestinationRow::removeRequested, this, &DestinationsEditor::removeDestination);
    connect(row, &DestinationRow::copyPreviousRequested, this, &DestinationsEditor::copyPrevious);
    return row;
}

Destination DestinationsEditor::newDestination() const
{
    Destination d = m_prefill ? m_prefill() : Destination{};
    d.units = 1;
    return d;
}

void DestinationsEditor::addDestination()
{
    if (m_rows.size() >= Application::MaxDestinations)
        return;
    DestinationRow *row = appendRow(newDestination());
    renumber();
    updateCounter();
    emit destinationsChanged();
    row->firstInput()->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(row);
}

void DestinationsEditor::removeDestination(DestinationRow *row)
{
    const int index = int(m_rows.indexOf(row));
    if (index < 0 || m_rows.size() <= 1)
        return;
    m_rows.removeAt(index);
    row->hide();
    row->deleteLater();
    renumber();
    updateCounter();
    emit destinationsChanged();
    m_rows[qMin(index, int(m_rows.size()) - 1)]->firstInput()->setFocus(Qt::OtherFocusReason);
}

void DestinationsEditor::copyPrevious(DestinationRow *row)
{
    const int index = int(m_rows.indexOf(row));
    if (index <= 0)
        return;
    Destination d = m_rows[index - 1]->destination();
    d.units = row->destination().units; // units stay: they count against the total
    row->setDestination(d);
    emit destinationsChanged();
}

DestinationRow *DestinationsEditor::rowWithFocus() const
{
    QWidget *focus = QApplication::focusWidget();
    for (DestinationRow *r : m_rows) {
        if (r->isAncestorOf(focus))
            return r;
    }
    return nullptr;
}

void DestinationsEditor::renumber()
{
    const int count = int(m_rows.size());
    for (int i = 0; i < count; ++i)
        m_rows[i]->setNumber(i + 1, count);
    m_add->setEnabled(count < Application::MaxDestinations);
    m_add->setText(count < Application::MaxDestinations
                       ? tr("&Add a destination")
                       : tr("At most %1 destinations").arg(Application::MaxDestinations));
    // A natural tab order: row after row, then the add button.
    QWidget *previous = nullptr;
    for (DestinationRow *r : std::as_const(m_rows)) {
        for (QWidget *w : r->tabChain()) {
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        QWidget::setTabOrder(previous, m_add);
}

void DestinationsEditor::updateCounter()
{
    const int total = totalUnits();
    const bool over = total > Application::MaxTotalUnits;
    m_counter->setText(tr("Total %1 / %2 units").arg(total).arg(Application::MaxTotalUnits));
    QPalette palette = this->palette();
    if (over)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_counter->setPalette(palette);
    QFont font = this->font();
    font.setBold(over);
    m_counter->setFont(font);
    m_message->setMessage(
        over ? ApplicationRules::message(QStringLiteral("units_total_exceeded"), total)
             : QString());
}
