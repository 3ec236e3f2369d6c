#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The question before something typed is thrown away (a draft, a row of
// step 2 or 4): `confirm` goes on, "Keep" is the default, so Enter never
// loses what someone typed. Gives the focus back where it was when kept.
class LossQuestion
{
    Q_DECLARE_TR_FUNCTIONS(LossQuestion)
public:
    static bool confirmed(QWidget *parent, const QString &title, const QString &question,
                          const QString &confirm);
};
