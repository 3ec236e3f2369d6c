#include "ui/reviewpage_p.h"

#include "ui/applicationcontentview.h"
#include "ui/applicationwizard.h"
#include "ui/fieldtexts.h"
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
    // Submitted already, and shown again at step 6 (the language switched
    // there): asked and sent once.
    if (wizard()->isSubmitted())
        return true;
    QString question = tr("Submit this application? It is saved at once and sent to the "
                          "service as soon as the network allows.");
    // The customer who calls again because no mail came would get a second
    // application, and a second mail, where a fresh link was wanted.
    const QString email = wizard()->application().customer.email;
    // The last look at the address the mail goes to (a mistyped one reaches
    // a stranger), where the staff member's eyes are at that moment.
    question += u"\n\n" + tr("The confirmation mail goes to: %1").arg(email);
    if (const QString domain = FieldTexts::emailDomainQuestion(email); !domain.isEmpty())
        question += u'\n' + domain;
    if (const QList<LocalQueue::Summary> earlier = wizard()->earlierApplicationsTo(email);
        !earlier.isEmpty()) {
        question += u"\n\n" + tr("This computer already holds an application to %1:").arg(email);
        for (const LocalQueue::Summary &s : earlier)
            question += u'\n' + tr("• %1").arg(ApplicationWizard::earlierApplicationInWords(s));
        question += u"\n\n" + tr("If the customer is waiting for the confirmation mail, a fresh "
                                 "link can be sent from the applications list instead: a "
                                 "second application sends a second mail.");
    }
    QMessageBox confirm(QMessageBox::Question, tr("Submit the application"), question,
                        QMessageBox::Ok | QMessageBox::Cancel, this);
    confirm.setTextFormat(Qt::PlainText); // a company name is not markup
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
