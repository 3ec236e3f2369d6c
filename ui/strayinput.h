#pragma once

#include <QObject>

// Input that reaches a field the person did not mean it for, refused there.
//
// Alt with a letter that no shortcut of the moment takes reaches the field
// with the focus as a key with text, and Qt types that text on X11 and
// Wayland: Alt+S pressed out of habit on step 4 (it submits on the review)
// put an "s" at the end of an e-mail address that nobody read again, Alt+R
// away from a Change… an "r" into a company name. At a text field such a key
// is refused with the system's beep. Shortcuts never get here (Qt tries them
// before it hands out a key), nor does AltGr (which types characters on
// European keyboards) or a macOS Option key (which does there too).
//
// The mouse wheel turned to scroll a page changed whatever number or list
// passed under the pointer: a destination's units, its prefecture, step 3's
// choices. A spin box or list to choose from now takes the wheel only while
// it has the focus (a click or Tab gives it); otherwise the page scrolls.
// Page Up and Page Down scroll the page from them too, as from every other
// field, instead of setting 10 or 1 unit at once or the next prefecture.
//
// A line break typed by a program (dictation tools, xdotool type and others
// that type text for a person) comes as the X keysym Linefeed, which no
// keyboard has and Qt hands on as a key of no name: "new line" dictated at
// the last field did nothing where Enter goes to the next step. It is taken
// as the Return key.
class StrayInput : public QObject
{
    Q_OBJECT
public:
    // Once for the application; later calls do nothing.
    static void guardApplication();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static bool isStrayAltLetter(const QObject *watched, const QEvent *event);
    static bool isLinefeed(const QEvent *event);
    static bool isPageKey(const QEvent *event);
    static bool typesText(const QObject *watched);
    static bool changesWhenScrolled(const QObject *watched);
};
