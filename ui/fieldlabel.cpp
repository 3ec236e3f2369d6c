#include "fieldlabel.h"

FieldLabel::FieldLabel(const QString &text, bool required, QWidget *buddy, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setText(
        required
            ? QStringLiteral("%1 <span style=\"color:#b00020\">*</span>").arg(text.toHtmlEscaped())
            : text.toHtmlEscaped());
    if (required)
        setToolTip(tr("Required"));
    setBuddy(buddy);
    setAlignment(Qt::AlignRight | Qt::AlignTop);
    setContentsMargins(0, 4, 0, 0);
}
