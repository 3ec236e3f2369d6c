#pragma once

#include "destination.h"

#include <QGroupBox>

class PrefectureField;
class QPushButton;
class QSpinBox;
class ValidatedField;

// One UTM destination in the destinations editor.
class DestinationRow : public QGroupBox
{
    Q_OBJECT
public:
    explicit DestinationRow(QWidget *parent = nullptr);

    Destination destination() const;
    void setDestination(const Destination &destination);
    void setNumber(int number, int count);

    bool isAcceptable() const;
    // Reveals every message; returns the first widget at fault, or null.
    QWidget *revealErrors();
    QList<QWidget *> tabChain() const;
    QWidget *firstInput() const;
    QSpinBox *unitsBox() const { return m_units; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested(DestinationRow *row);
    void copyPreviousRequested(DestinationRow *row);

private:
    ValidatedField *field(const char *name) const;

    QList<ValidatedField *> m_fields;
    PrefectureField *m_prefecture;
    QSpinBox *m_units;
    QPushButton *m_copy;
    QPushButton *m_remove;
};
