#include "stepheader.h"

#include <QHBoxLayout>
#include <QLabel>

StepHeader::StepHeader(QWidget *parent)
    : QWidget(parent)
    , m_skipped(StepCount, false)
{
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(4);
    for (int i = 0; i < StepCount; ++i) {
        auto label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignCenter);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setWordWrap(true);
        layout->addWidget(label);
        m_labels.append(label);
    }
    setAccessibleName(tr("Steps"));
    refresh();
}

QString StepHeader::stepName(int step)
{
    switch (step) {
    case 0:
        return tr("Basic information");
    case 1:
        return tr("UTM destinations");
    case 2:
        return tr("Additional information");
    case 3:
        return tr("Login users");
    case 4:
        return tr("Review");
    case 5:
        return tr("Confirmation mail");
    }
    return {};
}

void StepHeader::setCurrent(int step)
{
    m_current = step;
    refresh();
}

void StepHeader::setSkipped(int step, bool skipped)
{
    m_skipped[step] = skipped;
    refresh();
}

void StepHeader::refresh()
{
    for (int i = 0; i < StepCount; ++i) {
        QString style;
        QString text = QStringLiteral("%1 %2").arg(i + 1).arg(stepName(i).toHtmlEscaped());
        if (i == m_current) {
            style = QStringLiteral("background:#1a4d8f; color:white; font-weight:bold;");
        } else if (m_skipped[i]) {
            style = QStringLiteral("background:#eeeeee; color:#888888;");
            text = QStringLiteral("<s>%1</s><br/><small>%2</small>")
                       .arg(text, tr("(skipped)").toHtmlEscaped());
        } else if (i < m_current) {
            style = QStringLiteral("background:#dce8f7; color:#1a4d8f;");
        } else {
            style = QStringLiteral("background:#f4f4f4; color:#333333;");
        }
        m_labels[i]->setStyleSheet(
            QStringLiteral("QLabel { %1 padding:6px; border-radius:3px; }").arg(style));
        m_labels[i]->setText(text);
        m_labels[i]->setAccessibleName(
            i == m_current ? tr("Step %1 of 6, current: %2").arg(i + 1).arg(stepName(i))
                           : tr("Step %1: %2").arg(i + 1).arg(stepName(i)));
    }
}
