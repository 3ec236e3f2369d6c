#pragma once

#include <QCoreApplication>
#include <QString>

// The labels and help of the application's fields, in the UI language; one
// place, so that step 1, the row editors and the review page say the same.
class FieldTexts
{
    Q_DECLARE_TR_FUNCTIONS(FieldTexts)
public:
    static QString label(const char *field);
    static QString help(const char *field);
};
