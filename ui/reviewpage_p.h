#pragma once

#include "ui/steppage_p.h"

#include <functional>

class ApplicationContentView;
class ReadingPane;

// Step 5: everything entered, read-only, grouped as entered and easy to read
// back on the phone; each group leads back to its step. Submitting asks for
// an explicit OK first.
class ReviewPage : public StepPage
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    // Called after the OK: commits the application; false keeps the page.
    void setSubmitter(std::function<bool()> submit) { m_submit = std::move(submit); }

    void initializePage() override;
    // The wizard's Submit keeps the focus: Enter must not mean "Change…".
    void focusOnArrival() override {}
    bool validatePage() override;
    // Scrolls to a step's group (and row's): back from a correction, the
    // one corrected, to be read out again.
    void showGroup(WizardPageId step, int row);

Q_SIGNALS:
    void editRequested(WizardPageId step, int row);

private:
    std::function<bool()> m_submit;
    ApplicationContentView *m_content;
    ReadingPane *m_pane;
};
