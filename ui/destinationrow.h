#pragma once

#include "core/destination.h"
#include "ui/contactblockpaste.h"
#include "ui/editorrow.h"
#include "ui/postalautofill.h"

#include <memory>

class QPushButton;
class RecordGrid;
class UnitsSpinBox;

// One UTM destination in the destinations editor.
class DestinationRow : public EditorRow
{
    Q_OBJECT
public:
    explicit DestinationRow(QWidget *parent = nullptr);
    ~DestinationRow() override;

    Destination destination() const;
    int units() const;
    void setDestination(const Destination &destination);
    // See PostalAutofill::setHeldElsewhere.
    void setAddressHeldElsewhere(PostalAutofill::HeldElsewhere heldElsewhere);
    // See ContactBlockPaste::setHeldElsewhere.
    void setValuesHeldElsewhere(ContactBlockPaste::HeldElsewhere heldElsewhere);
    void setNumber(int number, int count) override;

    bool isAcceptable() const override;
    QWidget *revealErrors() override;
    QList<QWidget *> tabChain() const override;
    QWidget *firstInput() const override;
    UnitsSpinBox *unitsBox() const { return m_units; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void copyPreviousRequested(DestinationRow *row);

private:
    std::unique_ptr<RecordGrid> m_grid;
    UnitsSpinBox *m_units = nullptr;
    PostalAutofill *m_autofill;
    ContactBlockPaste *m_blockPaste;
    QPushButton *m_copy;
    QPushButton *m_remove;
};
