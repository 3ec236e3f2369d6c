#pragma once

#include "destination.h"

#include <QWidget>

#include <functional>

class DestinationRow;
class FieldMessage;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

// Step 2's add/remove-rows editor. The whole list is one value (the USER
// property), so the wizard treats it as one field.
class DestinationsEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(DestinationList destinations READ destinations WRITE setDestinations NOTIFY
                   destinationsChanged USER true)
public:
    explicit DestinationsEditor(QWidget *parent = nullptr);
    ~DestinationsEditor() override;

    DestinationList destinations() const;
    void setDestinations(const DestinationList &destinations);
    // What a new destination starts with (step 1's details, read when added).
    void setPrefill(std::function<Destination()> prefill) { m_prefill = std::move(prefill); }

    // A destination as "Add" makes it: step 1's details, 1 unit.
    Destination newDestination() const;
    int count() const { return int(m_rows.size()); }
    int totalUnits() const;
    bool isAcceptable() const;
    // Shows every message; focuses and returns the first widget at fault.
    bool revealErrors();
    DestinationRow *row(int index) const { return m_rows.value(index); }
    QPushButton *addButton() const { return m_add; }
    QLabel *counter() const { return m_counter; }

public Q_SLOTS:
    void addDestination();
    void removeDestination(DestinationRow *row);
    void copyPrevious(DestinationRow *row);

Q_SIGNALS:
    void destinationsChanged();

private:
    DestinationRow *appendRow(const Destination &destination);
    DestinationRow *rowWithFocus() const;
    void renumber();
    void updateCounter();

    QList<DestinationRow *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QScrollArea *m_scroll;
    QPushButton *m_add;
    QLabel *m_counter;
    FieldMessage *m_message;
    std::function<Destination()> m_prefill;
    bool m_loading = false;
    QMetaObject::Connection m_followFocus;
};
