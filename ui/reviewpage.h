#pragma once

#include "core/fieldtable.h"
#include "ui/steppage.h"

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

    // Called after the OK: commits the application; false keeps the page.
    void setSubmitter(std::function<bool()> submit) { m_submit = std::move(submit); }

    void initializePage() override;
    // The wizard's Submit keeps the focus: Enter must not mean "Change…".
    void focusOnArrival() override {}
    bool validatePage() override;

    // Email addresses and phone numbers: fixed-width, with the characters that
    // are easily confused on the phone (l 1 I | O 0) marked.
    static QString markConfusable(const QString &text);

Q_SIGNALS:
    void editRequested(WizardPageId step);

private:
    void addGroup(WizardPageId step, const QString &title,
                  const QList<std::pair<QString, QString>> &rows);
    // A record read back: label and value (as rich text) per field.
    template<typename Record>
    static QList<std::pair<QString, QString>> rowsOf(const QList<RecordField<Record>> &fields,
                                                     const Record &record, qint64 totalUnits = 0);

    std::function<bool()> m_submit;
    QWidget *m_content;
    QVBoxLayout *m_groups;
};
