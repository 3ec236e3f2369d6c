#pragma once

#include <QScrollArea>

// A scrolled column of fields (or of read-only groups) that keeps the one
// with the focus in view: on a small screen, or with every message shown,
// a page does not fit, and typing into a field out of sight loses the
// typist. The fields take the focus, never the frame around them, so Tab
// goes from field to field and Shift+Tab mirrors it.
class FollowingScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FollowingScrollArea(QWidget *content, QWidget *parent = nullptr);
    ~FollowingScrollArea() override;

    // Scrolls `widget` (inside the content) into view once what is pending
    // has been laid out: a row just added has no place yet when it gets the
    // focus.
    void keepInView(QWidget *widget);

private:
    QMetaObject::Connection m_followFocus;
};
