#pragma once

#include "destination.h"
#include "editorrow.h"

class PrefectureField;
class QPushButton;
class QSpinBox;
class ValidatedField;

// One UTM destination in the destinations editor.
class DestinationRow : public EditorRow
{
    Q_OBJECT
public:
    explicit DestinationRow(QWidget *parent = nullptr);

    Destination destination() const;
    int units() const;
    void setDestination(const Destination &destination);
    void setNumber(int number, int count) override;

    bool isAcceptable() const override;
    QWidget *revealErrors() override;
    QList<QWidget *> tabChain() const override;
    QWidget *firstInput() const override;
    QSpinBox *unitsBox() const { return m_units; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void copyPreviousRequested(DestinationRow *row);

private:
    ValidatedField *field(const char *name) const;

    QList<ValidatedField *> m_fields;
    PrefectureField *m_prefecture;
    QSpinBox *m_units;
    QPushButton *m_copy;
    QPushButton *m_remove;
};
