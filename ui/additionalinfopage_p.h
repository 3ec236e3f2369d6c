#pragma once

#include "ui/steppage_p.h"

class AdditionalInfoEditor;
class AdditionalInfoSchema;

// Step 3: fields that differ by environment, from the service's schema.
// The wizard skips it when the schema has no fields.
class AdditionalInfoPage : public StepPage
{
    Q_OBJECT
public:
    explicit AdditionalInfoPage(QWidget *parent = nullptr);

    void setSchema(const AdditionalInfoSchema &schema);
    bool isComplete() const override;
    bool revealErrors() override;
    // Step 3's fields come from the service's form: its editor knows them.
    QWidget *firstFaultyInput() const override;
    AdditionalInfoEditor *editor() const { return m_editor; }

private:
    AdditionalInfoEditor *m_editor;
};
