#include "ui/followingscrollarea.h"

#include <QApplication>
#include <QTimer>

FollowingScrollArea::FollowingScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab, a click, and the focus set by the program (the first field at
    // fault after Enter, a resumed draft) alike.
    m_followFocus =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            if (now && widget() && widget()->isAncestorOf(now))
                keepInView(now);
        });
}

FollowingScrollArea::~FollowingScrollArea()
{
    // The content goes after this class is gone, and its fields move the
    // focus on their way out.
    disconnect(m_followFocus);
}

void FollowingScrollArea::keepInView(QWidget *widget)
{
    QTimer::singleShot(0, widget, [this, widget] { ensureWidgetVisible(widget, 20, 40); });
}
