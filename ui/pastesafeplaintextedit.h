#pragma once

#include <QPlainTextEdit>

// A QPlainTextEdit that a paste from an empty clipboard cannot crash. With
// nothing on the clipboard (after a login, or once the program that copied
// has quit) X11 hands Qt a clipboard with no formats at all, and Qt 6.4's
// text control then reads the first of none: Ctrl+V, or a middle click with
// no selection anywhere, ended the app. Nothing to insert is now nothing
// inserted.
class PasteSafePlainTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
