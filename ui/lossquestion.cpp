#include "ui/lossquestion.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

bool LossQuestion::confirmed(QWidget *parent, const QString &title, const QString &question,
                             const QString &confirm)
{
    const QPointer<QWidget> hadFocus = QApplication::focusWidget();
    QMessageBox ask(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    // The question names what was typed (a company name): shown as typed,
    // never taken for markup, whatever it holds.
    ask.setTextFormat(Qt::PlainText);
    QPushButton *yes = ask.addButton(confirm, QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(tr("&Keep"), QMessageBox::RejectRole));
    ask.exec();
    if (ask.clickedButton() == yes)
        return true;
    if (hadFocus)
        hadFocus->setFocus(Qt::OtherFocusReason);
    return false;
}
