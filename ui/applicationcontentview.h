#pragma once

#include "core/fieldtable.h"
#include "ui/wizardpageid.h"

#include <QWidget>

class AdditionalInfoSchema;
struct Application;
class QVBoxLayout;

// An application read back, grouped as it was entered (the customer, each
// destination, the additional information, each login user): read-only,
// selectable, easy to read out on the phone, each group's labels and values
// what a screen reader says of it. The review page shows it with a
// "Change…" per group; the detail view of the applications list without.
class ApplicationContentView : public QWidget
{
    Q_OBJECT
public:
    enum class Editing { None, PerGroup };

    explicit ApplicationContentView(Editing editing, QWidget *parent = nullptr);

    // Step 3's values are labelled by the schema; a value the schema does not
    // know (an application entered against another version) keeps its key.
    void setApplication(const Application &application, const AdditionalInfoSchema &schema);
    void clear();
    // Every group as plain text, "label: value" a line, a blank line between
    // groups (as it is read out and as a test sees it).
    QString plainText() const;
    // The last widget Tab reaches in it (the last "Change…"), or none.
    QWidget *lastFocusable() const { return m_lastEdit; }
    // Read only: each group's text, in the order shown; each takes the focus
    // (the window places them in its Tab order: they come into it last).
    QList<QWidget *> texts() const { return m_texts; }
    // The group of a step (and row: a destination, a login user), or none.
    QWidget *group(WizardPageId step, int row = -1) const;

    // Email addresses and phone numbers: fixed-width, with the characters that
    // are easily confused on the phone (l 1 I | O 0) marked.
    static QString markConfusable(const QString &text);

Q_SIGNALS:
    // "Change…" on a group: its step, and for a destination or a login user
    // its row (0-based; -1 for the other groups).
    void editRequested(WizardPageId step, int row);

private:
    using Rows = QList<std::pair<QString, QString>>;
    // Each label takes `labelWidth` pixels (the widest of all groups).
    void addGroup(WizardPageId step, const QString &title, const Rows &rows, int row,
                  int labelWidth);
    // A record read back: label and value (as rich text) per field.
    template<typename Record>
    Rows rowsOf(const QList<RecordField<Record>> &fields, const Record &record,
                qint64 totalUnits = 0) const;
    // A word beside a value read back (the postal code's other prefecture,
    // the domain an address may have meant), in the notice colour.
    QString aside(const QString &text) const;

    Editing m_editing;
    QVBoxLayout *m_groups;
    QWidget *m_lastEdit = nullptr;
    QList<QWidget *> m_texts;
    struct Group
    {
        WizardPageId step;
        int row;
        QWidget *box;
    };
    QList<Group> m_groupBoxes;
    QStringList m_plainGroups;
};
