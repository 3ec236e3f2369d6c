#pragma once

#include "additionalinfoschema.h"
#include "steppage.h"

#include <functional>

class QLabel;
class QVBoxLayout;

// Step 5: everything entered, read-only, grouped as entered and easy to read
// back on the phone; each group leads back to its step. Submitting asks for
// an explicit OK first.
class ReviewPage : public StepPage
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void setSchema(const AdditionalInfoSchema &schema) { m_schema = schema; }
    // Called after the OK: commits the application; false keeps the page.
    void setSubmitter(std::function<bool()> submit) { m_submit = std::move(submit); }

    void initializePage() override;
    bool validatePage() override;

    // Email addresses and phone numbers: fixed-width, with the characters that
    // are easily confused on the phone (l 1 I | O 0) marked.
    static QString markConfusable(const QString &text);

Q_SIGNALS:
    void editRequested(int step);

private:
    void addGroup(int step, const QString &title, const QList<std::pair<QString, QString>> &rows);

    AdditionalInfoSchema m_schema;
    std::function<bool()> m_submit;
    QWidget *m_content;
    QVBoxLayout *m_groups;
};
