#include "ui/fieldlabel.h"

#include "ui/fieldtexts.h"
#include "ui/statuscolors.h"

#include <QPainter>

namespace {
const QString kMark = QStringLiteral(" *");
}

FieldLabel::FieldLabel(const QString &text, bool required, QWidget *buddy, QWidget *parent)
    : QLabel(text, parent)
    , m_required(required)
{
    setTextFormat(Qt::PlainText);
    if (required) {
        setToolTip(FieldTexts::required());
        setAccessibleDescription(FieldTexts::required());
    }
    setBuddy(buddy);
    setAlignment(Qt::AlignRight | Qt::AlignTop);
    setContentsMargins(0, 4, m_required ? markWidth() : 0, 0);
}

int FieldLabel::markWidth() const
{
    return fontMetrics().horizontalAdvance(kMark) + 1;
}

void FieldLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (!m_required)
        return;
    QPainter painter(this);
    painter.setPen(StatusColors::fault(palette()));
    // The text is right-aligned in the contents; the mark sits in the margin after it.
    const QRect area = contentsRect();
    painter.drawText(QPoint(area.right() + 1, area.top() + fontMetrics().ascent()), kMark);
}
