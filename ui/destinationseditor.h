#pragma once

#include "core/destination.h"
#include "ui/roweditor.h"

#include <functional>

class DestinationRow;
class FieldMessage;
class QLabel;

// Step 2's destinations: 1 to 10 rows, 10 units at most over all of them, a
// running total that turns into the error when it passes 10. The whole list
// is one value (the USER property), so the wizard treats it as one field.
class DestinationsEditor : public RowEditor
{
    Q_OBJECT
    Q_PROPERTY(DestinationList destinations READ destinations WRITE setDestinations NOTIFY
                   destinationsChanged USER true)
public:
    explicit DestinationsEditor(QWidget *parent = nullptr);

    DestinationList destinations() const;
    void setDestinations(const DestinationList &destinations);
    // What a new destination starts with (step 1's details, read when added).
    void setPrefill(std::function<Destination()> prefill) { m_prefill = std::move(prefill); }
    // A destination as "Add" makes it: step 1's details, 1 unit.
    Destination newDestination() const;

    // Rows that are exactly `was` (units aside) become `now`, keeping their units.
    void followPrefill(const Destination &was, const Destination &now);

    int totalUnits() const;
    bool isAcceptable() const;
    bool revealErrors();
    DestinationRow *row(int index) const;
    QLabel *counter() const { return m_counter; }

public Q_SLOTS:
    void addDestination() { appendRow(true); }
    void removeDestination(DestinationRow *row);
    void copyPrevious(DestinationRow *row);

Q_SIGNALS:
    void destinationsChanged();

protected:
    EditorRow *createRow() override;
    bool holdsTypedData(const EditorRow *row) const override;
    QString removeQuestion(int number) const override;
    QString addText() const override;
    QString fullText() const override;

private:
    void updateCounter();

    QLabel *m_counter;
    FieldMessage *m_message;
    std::function<Destination()> m_prefill;
};
