#include "ui/stepheader.h"

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
        label->setTextFormat(Qt::PlainText); // plain: rich text costs a text document each
        label->setAlignment(Qt::AlignCenter);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setWordWrap(true);
        label->setAutoFillBackground(true);
        label->setMargin(6);
        layout->addWidget(label);
        m_labels.append(label);
    }
    setAccessibleName(tr("Steps"));
    refresh();
}

QString StepHeader::stepName(WizardPageId step)
{
    switch (step) {
    case CustomerPageId:
        return tr("Basic information");
    case DestinationsPageId:
        return tr("UTM destinations");
    case AdditionalInfoPageId:
        return tr("Additional information");
    case LoginUsersPageId:
        return tr("Login users");
    case ReviewPageId:
        return tr("Review");
    case DonePageId:
        return tr("Confirmation mail");
    case WizardPageCount:
        break;
    }
    return {};
}

void StepHeader::setCurrent(WizardPageId step)
{
    m_current = step;
    refresh();
}

void StepHeader::setSkipped(WizardPageId step, bool skipped)
{
    m_skipped[step] = skipped;
    refresh();
}

void StepHeader::refresh()
{
    // Palettes rather than style sheets: every page has a header.
    for (int i = 0; i < StepCount; ++i) {
        QColor background(0xf4, 0xf4, 0xf4), foreground(0x33, 0x33, 0x33);
        QString text = QStringLiteral("%1 %2").arg(i + 1).arg(stepName(WizardPageId(i)));
        QFont font = this->font();
        if (i == m_current) {
            background = QColor(0x1a, 0x4d, 0x8f);
            foreground = Qt::white;
            font.setBold(true);
        } else if (m_skipped[i]) {
            background = QColor(0xee, 0xee, 0xee);
            foreground = QColor(0x88, 0x88, 0x88);
            font.setItalic(true);
            text += u' ' + tr("(skipped)");
        } else if (i < m_current) {
            background = QColor(0xdc, 0xe8, 0xf7);
            foreground = QColor(0x1a, 0x4d, 0x8f);
        }
        QPalette palette = m_labels[i]->palette();
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, foreground);
        m_labels[i]->setPalette(palette);
        m_labels[i]->setFont(font);
        m_labels[i]->setText(text);
        m_labels[i]->setAccessibleName(
            i == m_current
                ? tr("Step %1 of 6, current: %2").arg(i + 1).arg(stepName(WizardPageId(i)))
                : tr("Step %1: %2").arg(i + 1).arg(stepName(WizardPageId(i))));
    }
}
