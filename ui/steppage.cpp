#include "steppage.h"

#include "stepheader.h"

#include <QVBoxLayout>
#include <QWizard>

StepPage::StepPage(int step, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_layout(new QVBoxLayout(this))
    , m_body(new QVBoxLayout)
{
    m_layout->addLayout(m_body, 1);
}

void StepPage::initializePage()
{
    // Made on the first visit: the wizard measures every page before it shows
    // the first one, and six headers of six labels would slow the start.
    if (!m_header) {
        m_header = new StepHeader(this);
        m_header->setCurrent(m_step);
        m_layout->insertWidget(0, m_header);
    }
    // The wizard says whether step 3 has fields in this environment.
    if (wizard())
        m_header->setSkipped(2, !wizard()->property("hasAdditionalInfo").toBool());
}
