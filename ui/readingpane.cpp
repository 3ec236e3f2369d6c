#include "ui/readingpane.h"

#include <QScrollBar>
#include <QShortcut>

ReadingPane::ReadingPane(QWidget *content, QWidget *parent)
    : FollowingScrollArea(content, parent)
{
    setObjectName(QStringLiteral("readingPane"));
    // Window-wide, yet only while the pane is shown: a shortcut of a hidden
    // widget (another wizard page, another tab) does not fire.
    const auto scrollOn = [this](const QKeySequence &keys, QAbstractSlider::SliderAction action) {
        auto s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this,
                [this, action] { verticalScrollBar()->triggerAction(action); });
    };
    scrollOn(QKeySequence(Qt::Key_PageDown), QAbstractSlider::SliderPageStepAdd);
    scrollOn(QKeySequence(Qt::Key_PageUp), QAbstractSlider::SliderPageStepSub);
    scrollOn(QKeySequence(Qt::ControlModifier | Qt::Key_End), QAbstractSlider::SliderToMaximum);
    scrollOn(QKeySequence(Qt::ControlModifier | Qt::Key_Home), QAbstractSlider::SliderToMinimum);
}
