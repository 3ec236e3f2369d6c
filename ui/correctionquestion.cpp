#include "ui/correctionquestion.h"

#include <QMessageBox>
#include <QPushButton>

bool CorrectionQuestion::confirmed(QWidget *parent, const QString &companyName)
{
    QMessageBox ask(QMessageBox::Question, tr("Correct the application"),
                    tr("The application for %1 has not been sent yet. To correct it, it is "
                       "taken out of the applications waiting to be sent and opened again; "
                       "when it is right, submit it again on the review.")
                        .arg(companyName),
                    QMessageBox::NoButton, parent);
    // A company name is shown as typed, never taken for markup.
    ask.setTextFormat(Qt::PlainText);
    ask.setObjectName(QStringLiteral("correctQueued"));
    QPushButton *correct = ask.addButton(tr("&Correct it"), QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(tr("&Keep it waiting"), QMessageBox::RejectRole));
    ask.exec();
    return ask.clickedButton() == correct;
}
