#pragma once

#include "ui/steppage_p.h"

#include "core/destination.h"

#include <optional>

class DestinationsEditor;

// Step 2: where the UTM appliances go, 1 to 10 destinations, 10 units at most.
class DestinationsPage : public StepPage
{
    Q_OBJECT
public:
    explicit DestinationsPage(QWidget *parent = nullptr);

    // A draft opened (resumed, or the wizard rebuilt in another language):
    // its rows still as step 1 gave them follow a correction made there from
    // now on, as they would have before.
    void openedWith(const Customer &customer)
    {
        m_prefilledWith = Destination::prefilledFrom(customer);
    }
    // Rows still as step 1 gave them take a correction made there since;
    // one changed by hand is left as it is.
    void followStep1();
    void initializePage() override;
    int nextId() const override;
    bool isComplete() const override;
    bool revealErrors() override;
    bool focusRow(int row) override;
    DestinationsEditor *editor() const { return m_editor; }

private:
    DestinationsEditor *m_editor;
    // Step 1's details as the destinations were last given them.
    std::optional<Destination> m_prefilledWith;
};
