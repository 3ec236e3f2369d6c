#pragma once

#include <QGroupBox>

// One row of a RowEditor (a destination, a login user): what the editor
// needs from it to add, remove, number, check and walk through rows.
class EditorRow : public QGroupBox
{
    Q_OBJECT
public:
    using QGroupBox::QGroupBox;

    virtual void setNumber(int number, int count) = 0;
    virtual bool isAcceptable() const = 0;
    // Shows every message; returns the first input at fault, or null.
    virtual QWidget *revealErrors() = 0;
    // The row's inputs and buttons in the order Tab visits them.
    virtual QList<QWidget *> tabChain() const = 0;
    virtual QWidget *firstInput() const = 0;

Q_SIGNALS:
    void changed();
    void removeRequested(EditorRow *row);
};
