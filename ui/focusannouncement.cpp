#include "ui/focusannouncement.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>

void FocusAnnouncement::install()
{
    if (!qApp || qApp->findChild<FocusAnnouncement *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new FocusAnnouncement(qApp));
}

bool FocusAnnouncement::eventFilter(QObject *watched, QEvent *event)
{
    // Every text field, also those inside a spin box or an editable combo
    // box, before it is first shown. Qt tells a caret's move only when it
    // differs from the last told, and a field starts with none told; placing
    // it where it is tells it now, while the field has no focus and nobody
    // listens for it. A selection would be dropped: none is made yet.
    if (event->type() == QEvent::Polish) {
        if (auto edit = qobject_cast<QLineEdit *>(watched); edit && !edit->hasSelectedText())
            edit->setCursorPosition(edit->cursorPosition());
    }
    return false;
}
