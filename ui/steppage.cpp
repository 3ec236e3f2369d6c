#include "steppage.h"

#include "stepheader.h"

#include <QVBoxLayout>
#include <QWizard>

StepPage::StepPage(int step, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_header(new StepHeader(this))
    , m_body(new QVBoxLayout)
{
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(m_body, 1);
    m_header->setCurrent(step);
}

void StepPage::initializePage()
{
    // The wizard says whether step 3 has fields in this environment.
    if (wizard())
        m_header->setSkipped(2, !wizard()->property("hasAdditionalInfo").toBool());
}
