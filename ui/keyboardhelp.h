#pragma once

#include <QDialog>

// The keys of the wizard and of the applications list on one page (F1 in
// either window): everything can be done without the mouse, and this is
// where a new member of staff finds out how.
class KeyboardHelp : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardHelp(QWidget *parent = nullptr);

    // Opens it over `window` (window-modal, gone when closed).
    static void showOver(QWidget *window);
    // What it says, as a screen reader reads it.
    QString plainText() const { return m_plain; }

private:
    QString m_plain;
};
