#include "destinationspage.h"

#include "customer.h"
#include "destinationseditor.h"
#include "wizardpageid.h"

#include <QVBoxLayout>
#include <QWizard>

DestinationsPage::DestinationsPage(QWidget *parent)
    : StepPage(1, parent)
    , m_editor(new DestinationsEditor(this))
{
    setTitle(tr("UTM destinations"));
    setSubTitle(
        tr("Where the UTM appliances are sent: up to 10 destinations and 10 units in all."));
    body()->addWidget(m_editor);
    registerField(QStringLiteral("destinations"), m_editor, "destinations",
                  SIGNAL(destinationsChanged()));
    connect(m_editor, &DestinationsEditor::destinationsChanged, this, &DestinationsPage::changed);
    m_editor->setPrefill([this] {
        Customer c;
        c.companyName = field(QStringLiteral("customer.companyName")).toString();
        c.lastName = field(QStringLiteral("customer.lastName")).toString();
        c.firstName = field(QStringLiteral("customer.firstName")).toString();
        c.department = field(QStringLiteral("customer.department")).toString();
        c.postalCode = field(QStringLiteral("customer.postalCode")).toString();
        c.prefecture = field(QStringLiteral("customer.prefecture")).toString();
        c.address = field(QStringLiteral("customer.address")).toString();
        c.phone = field(QStringLiteral("customer.phone")).toString();
        return Destination::prefilledFrom(c);
    });
}

void DestinationsPage::initializePage()
{
    StepPage::initializePage();
    // The first destination starts as step 1's details, unless something was
    // entered already (a resumed draft).
    if (m_editor->count() == 0)
        m_editor->setDestinations({m_editor->newDestination()});
}

int DestinationsPage::nextId() const
{
    return wizard() && wizard()->property("hasAdditionalInfo").toBool() ? AdditionalInfoPageId
                                                                        : LoginUsersPageId;
}

bool DestinationsPage::isComplete() const
{
    return m_editor->isAcceptable();
}

bool DestinationsPage::revealErrors()
{
    return m_editor->revealErrors();
}
