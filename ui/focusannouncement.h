#pragma once

#include <QObject>

// Tab into a field is said by a screen reader: its label, its kind, required.
//
// The first time a text field gets the focus, Qt tells screen readers that
// its caret moved (from nowhere to the start: Tab selects what is in it)
// before it tells them the field has the focus. Orca takes the caret's
// move as the focus arriving there, quietly, and then hears the focus as
// nothing new: Tab through step 1 the first time said nothing at all, not
// one label (measured with Orca 43 over the real AT-SPI bus, the same in a
// bare QLineEdit form). A text field's caret is placed once before it is
// first shown, so that its first focus is told as the focus.
class FocusAnnouncement : public QObject
{
    Q_OBJECT
public:
    // Once for the application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
