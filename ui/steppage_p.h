#pragma once

#include "ui/wizardpageid.h"

#include "core/customer.h"

#include <QWizardPage>

#include <optional>

class ApplicationWizard;
class StepHeader;
class QVBoxLayout;

// A wizard page with the step header on top. Pages that hold fields say
// which are at fault, so that trying Next shows every message and puts the
// focus on the first field at fault.
class StepPage : public QWizardPage
{
    Q_OBJECT
public:
    StepPage(WizardPageId step, QWidget *parent = nullptr);

    // The wizard this page is in, typed: pages ask it, never its properties.
    ApplicationWizard *wizard() const;

    // Shows every field's message; focuses the first field at fault.
    // Returns false when something is at fault.
    virtual bool revealErrors() { return true; }
    // Puts the focus on the first field that still needs something, without
    // showing messages (a resumed draft continues where work is left); false
    // when nothing does.
    bool focusFirstFault();
    // That field, or none: the page's validated fields in order; a page
    // whose fields come from elsewhere (step 3's form) says its own.
    virtual QWidget *firstFaultyInput() const;
    // On arriving at the page: its first field at fault, or its first field.
    virtual void focusOnArrival();
    // On arriving to change one row (a destination, a login user) from the
    // review: that row's first field; false on a page without rows.
    virtual bool focusRow(int row)
    {
        Q_UNUSED(row)
        return false;
    }
    // Marks step 3 in the header as skipped or not, as the wizard now says.
    void showWhetherStep3IsSkipped();

Q_SIGNALS:
    // Something on the page changed (for the draft); completeChanged() only
    // when whether the page is complete did.
    void contentChanged();

protected:
    void initializePage() override;
    // Going back keeps what was typed (QWizardPage would reset the fields).
    void cleanupPage() override {}
    // Where the page puts its own widgets.
    QVBoxLayout *body() const { return m_body; }
    // For pages whose fields change: tells the wizard (draft saving, and
    // Next when the page became complete or incomplete).
    void changed();
    // Registers `widget` as the wizard field `name` through its USER property
    // and that property's NOTIFY signal (Kleopatra's list editors, our fields).
    void registerUserField(const QString &name, QWidget *widget);
    // Step 1 as entered, read through the wizard's fields (for prefills).
    Customer customerFromFields() const;

private:
    WizardPageId m_step;
    StepHeader *m_header = nullptr; // made when the page is first shown
    QVBoxLayout *m_layout;
    QVBoxLayout *m_body;
    std::optional<bool> m_saidComplete;
};
