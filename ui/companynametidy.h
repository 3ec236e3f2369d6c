#pragma once

#include <QObject>
#include <QString>

class ValidatedField;

// A company name copied from a mail or an address label comes with what is
// written after it there: 株式会社見守り商事 御中, 株式会社見守り商事様. The mails
// address the company themselves (株式会社見守り商事 ご担当者様), so the word
// kept read twice. It is taken off when the field is left, as a name's
// honorific is (NameSplitter).
class CompanyNameTidy : public QObject
{
    Q_OBJECT
public:
    explicit CompanyNameTidy(ValidatedField *companyName, QObject *parent = nullptr);

    // True when `companyName` changed.
    static bool tidy(QString &companyName);

private:
    ValidatedField *m_companyName;
};
