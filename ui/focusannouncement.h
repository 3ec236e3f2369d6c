#pragma once

class QAbstractItemView;
class QAccessibleEvent;

// Arriving in a field is said by a screen reader: its label, its kind,
// required, its text.
//
// Qt tells screen readers of a text field's caret and selection before it
// tells them the field has the focus: Tab selects what is in the field
// while the focus arrives, and a step's fields are filled before the focus
// lands in one. Orca (43, over the real AT-SPI bus) takes a caret's move in
// a field that has the focus by the time it reads the event as the focus
// arriving there, quietly, and then hears the focus as nothing new: Tab
// through step 1 said no label, Enter into step 2 said nothing, Shift+Tab
// back into a filled field said only its selected text. So a caret or a
// selection is told only of the object last told as the focus (or what is
// inside it, or what stands for it); the rest are dropped: nobody can be
// reading them, and the focus arriving reads the field whole. A list told
// as the focus is followed by its current entry.
class FocusAnnouncement
{
public:
    // Once per window that has text fields; the gate is installed once and
    // put back in front of any update handler installed since.
    static void install();
    // Tells the current entry of a list that has the focus as the focus
    // (after the list's own, which Orca otherwise reads over it).
    static void tellCurrentEntry(QAbstractItemView *view);

private:
    static void update(QAccessibleEvent *event);
    static void forward(QAccessibleEvent *event);
};
