#include "ui/destinationspage_p.h"

#include "ui/applicationwizard.h"
#include "ui/destinationseditor.h"
#include "ui/wizardpageid.h"

#include <QVBoxLayout>
#include <QWizard>

DestinationsPage::DestinationsPage(QWidget *parent)
    : StepPage(DestinationsPageId, parent)
    , m_editor(new DestinationsEditor(this))
{
    setTitle(tr("UTM destinations"));
    setSubTitle(
        tr("Where the UTM appliances are sent: up to 10 destinations and 10 units in all."));
    body()->addWidget(m_editor);
    registerUserField(ApplicationWizard::listFieldName(FieldTable::DestinationsKey), m_editor);
    connect(m_editor, &DestinationsEditor::destinationsChanged, this, &DestinationsPage::changed);
    m_editor->setPrefill([this] { return Destination::prefilledFrom(customerFromFields()); });
}

void DestinationsPage::initializePage()
{
    StepPage::initializePage();
    // The first destination starts as step 1's details, unless something was
    // entered already (a resumed draft).
    if (m_editor->count() == 0) {
        const Destination prefill = m_editor->newDestination();
        m_editor->setDestinations({prefill});
        m_prefilledWith = prefill;
    } else {
        followStep1();
    }
}

void DestinationsPage::followStep1()
{
    // A typo fixed in step 1's phone number is not fixed twice.
    const Destination prefill = m_editor->newDestination();
    if (m_prefilledWith)
        m_editor->followPrefill(*m_prefilledWith, prefill);
    m_prefilledWith = prefill;
}

int DestinationsPage::nextId() const
{
    return wizard() && wizard()->hasAdditionalInfo() ? AdditionalInfoPageId : LoginUsersPageId;
}

bool DestinationsPage::isComplete() const
{
    return m_editor->isAcceptable();
}

bool DestinationsPage::revealErrors()
{
    return m_editor->revealErrors();
}

bool DestinationsPage::focusRow(int row)
{
    return m_editor->focusRow(row);
}
