#include "ui/reviewpage_p.h"

#include "ui/applicationcontentview.h"
#include "ui/applicationwizard.h"
#include "ui/readingpane.h"
#include "ui/stepheader.h"
#include "ui/wizardpageid.h"

#include <QMessageBox>
#include <QWizard>

ReviewPage::ReviewPage(QWidget *parent)
    : StepPage(ReviewPageId, parent)
    , m_content(new ApplicationContentView(ApplicationContentView::Editing::PerGroup))
{
    setTitle(tr("Review"));
    // The sample is marked as the values below are (rich text, which the
    // wizard's header recognises by its tags).
    setSubTitle(tr("Read the application back to the customer. Characters that are easily "
                   "confused are marked like this: %1.")
                    .toHtmlEscaped()
                    .arg(ApplicationContentView::markConfusable(QStringLiteral("l 1 I O 0"))));
    m_pane = new ReadingPane(m_content, this);
    body()->addWidget(m_pane);
    connect(m_content, &ApplicationContentView::editRequested, this, &ReviewPage::editRequested);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

void ReviewPage::initializePage()
{
    StepPage::initializePage();
    m_content->setApplication(wizard()->application(), wizard()->schema());
    if (QWidget *last = m_content->lastFocusable())
        wizard()->tabToButtonsAfter(last);
}

bool ReviewPage::validatePage()
{
    QMessageBox confirm(QMessageBox::Question, tr("Submit the application"),
                        tr("Submit this application? It is saved at once and sent to the "
                           "service as soon as the network allows."),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("submitConfirmation"));
    confirm.setDefaultButton(QMessageBox::Ok);
    if (confirm.exec() != QMessageBox::Ok)
        return false;
    return m_submit && m_submit();
}

void ReviewPage::showGroup(WizardPageId step, int row)
{
    if (QWidget *g = m_content->group(step, row))
        m_pane->keepInView(g);
}
