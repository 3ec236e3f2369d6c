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
    QList<ValidatedField *> m_fields;
    ValidatedField *m_email = nullptr;
    ValidatedField *m_emailConfirm = nullptr;
    ValidatedField *m_postalCode = nullptr;
    ValidatedField *m_address = nullptr;
    PrefectureField *m_prefecture = nullptr;
};
