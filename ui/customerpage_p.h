#pragma once

#include "ui/steppage_p.h"

class PrefectureField;
class ValidatedField;

// Step 1: the customer company and its contact person.
class CustomerPage : public StepPage
{
    Q_OBJECT
public:
    explicit CustomerPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    bool revealErrors() override;

private:
    // The customer who calls again because no mail came: said at the
    // address as soon as it is typed, before the rest is typed again.
    void questionTheEmail();

    QList<ValidatedField *> m_fields;
    ValidatedField *m_email = nullptr;
    ValidatedField *m_emailConfirm = nullptr;
    ValidatedField *m_postalCode = nullptr;
    ValidatedField *m_address = nullptr;
    PrefectureField *m_prefecture = nullptr;
};
