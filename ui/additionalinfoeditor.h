#pragma once

#include "core/additionalinfoschema.h"

#include <QVariantMap>
#include <QWidget>

class FieldMessage;

// Step 3's fields, built at run time from the schema the service publishes.
// The whole set of values is one value (the USER property).
class AdditionalInfoEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap values READ values WRITE setValues NOTIFY valuesChanged USER true)
public:
    explicit AdditionalInfoEditor(QWidget *parent = nullptr);

    void setSchema(const AdditionalInfoSchema &schema);
    QVariantMap values() const;
    void setValues(const QVariantMap &values);
    bool isAcceptable() const;
    bool revealErrors();
    // The inputs whose messages show, and showing one input's message (what
    // was shown, carried into a wizard rebuilt in another language).
    QList<QWidget *> revealedInputs() const;
    void reveal(QWidget *input);
    // The first field that still needs something, or none; no message shown.
    QWidget *firstFaultyInput() const;
    // The input of one schema field (tests, focus).
    QWidget *input(const QString &key) const;

Q_SIGNALS:
    void valuesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        AdditionalInfoSchema::Field field;
        QWidget *input = nullptr;
        FieldMessage *message = nullptr;
        bool revealed = false;
        bool touched = false; // held a value once (typed, chosen, ticked)
    };
    QWidget *createInput(const AdditionalInfoSchema::Field &field);
    void addRow(const AdditionalInfoSchema::Field &field);
    static QString spokenDetail(const AdditionalInfoSchema::Field &field, const QString &detail);
    QVariant valueOf(const Entry &entry) const;
    FieldError errorOf(const Entry &entry) const;
    void updateMessage(Entry &entry);
    void showCanonical(Entry &entry);
    Entry *entryFor(QObject *input);

    AdditionalInfoSchema m_schema;
    QList<Entry> m_entries;
};
