#pragma once

#include "ui/followingscrollarea.h"

// A scrolled, read-only view of an application (the review step, a
// stored application's details). It is read out to a customer on the
// phone: Page Up / Page Down and Ctrl+Home / Ctrl+End scroll it wherever
// the focus is in its window — on the Submit button, on a Change… button —
// so reading on never needs the mouse.
class ReadingPane : public FollowingScrollArea
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *content, QWidget *parent = nullptr);
};
