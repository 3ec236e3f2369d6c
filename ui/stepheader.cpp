#include "ui/stepheader.h"

#include "ui/statuscolors.h"

#include <QAccessibleWidget>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace {

// The steps are told as a list of six, not as six loose labels: Orca reads
// every loose label of a group the focus enters, and each Next read all six
// steps again before the field (the page itself says which step it is).
QAccessibleInterface *createForSteps(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("StepHeader"))
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::List);
    if (className == QLatin1StringView("QLabel")) {
        auto label = static_cast<QWidget *>(object);
        if (qobject_cast<StepHeader *>(label->parentWidget()))
            return new QAccessibleWidget(label, QAccessible::ListItem);
    }
    return nullptr;
}

} // namespace

StepHeader::StepHeader(QWidget *parent)
    : QWidget(parent)
    , m_skipped(StepCount, false)
{
    static const bool toldAsList = [] {
        QAccessible::installFactory(createForSteps);
        return true;
    }();
    Q_UNUSED(toldAsList);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(4);
    for (int i = 0; i < StepCount; ++i) {
        auto label = new QLabel(this);
        label->setTextFormat(Qt::PlainText); // plain: rich text costs a text document each
        label->setAlignment(Qt::AlignCenter);
        // Equal shares of the width whatever each name needs; the lines are
        // broken here (laidOut), only where a name may break.
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setAutoFillBackground(true);
        label->setMargin(6);
        layout->addWidget(label, 1);
        m_labels.append(label);
    }
    setAccessibleName(tr("Steps"));
    refresh();
    keepWidthsEqual();
}

namespace {
// Where a step's name may wrap in the header, as its translation marks it: a
// Japanese name has no spaces, and one broken anywhere read badly
// (4 ログインユーザ情報入 / 力).
constexpr char16_t BreakMark = u'\u200b';
} // namespace

QString StepHeader::markedName(WizardPageId step)
{
    // A zero-width space (U+200B) in a name's translation marks where it may
    // wrap in the header: 基本情報 | 入力, ログインユーザ | 情報入力.
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

QString StepHeader::stepName(WizardPageId step)
{
    return markedName(step).remove(BreakMark);
}

QString StepHeader::laidOut(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    QString piece;
    QString joiner; // what stands between the line and the next piece
    const auto place = [&] {
        if (line.isEmpty() && lines.isEmpty())
            line = piece;
        else if (metrics.horizontalAdvance(line + joiner + piece) <= width)
            line += joiner + piece;
        else {
            lines.append(line);
            line = piece;
        }
        piece.clear();
    };
    for (const QChar c : text) {
        if (c == u' ' || c == BreakMark) {
            place();
            joiner = c == u' ' ? QStringLiteral(" ") : QString();
        } else {
            piece += c;
        }
    }
    place();
    lines.append(line);
    return lines.join(u'\n');
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

namespace {
QString skippedText(const QString &text)
{
    return text + u' ' + StepHeader::tr("(skipped)");
}

// A step's name as it can look: plain, bold (the current step), italic (the
// skipped step 3).
struct Looks
{
    QFont regular, bold, italic;
};

Looks looksOf(const QFont &font)
{
    Looks looks{font, font, font};
    looks.bold.setBold(true);
    looks.italic.setItalic(true);
    return looks;
}
} // namespace

QString StepHeader::labelText(int step) const
{
    return QStringLiteral("%1 %2").arg(step + 1).arg(markedName(WizardPageId(step)));
}

// The name as its label shows it now: a skipped step says so, unless it is
// the current one.
QString StepHeader::shownText(int step) const
{
    return m_skipped[step] && step != m_current ? skippedText(labelText(step)) : labelText(step);
}

// What a label has for its name at the header's present width: an equal share.
qreal StepHeader::textWidth(const QLabel *label) const
{
    const int count = int(m_labels.size());
    const int spacing = layout()->spacing();
    const int share = (contentsRect().width() - spacing * (count - 1)) / count;
    return std::max(share, label->minimumWidth()) - 2 * label->margin();
}

void StepHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Measured again only when the width changes: a layout pass resizes the
    // header's height too.
    if (width() != m_measuredWidth) {
        keepHeightAcrossSteps();
        layOutNames();
    }
}

void StepHeader::layOutNames()
{
    for (int i = 0; i < StepCount; ++i) {
        QLabel *label = m_labels[i];
        const QString text = laidOut(shownText(i), QFontMetricsF(label->font()), textWidth(label));
        if (label->text() != text)
            label->setText(text);
    }
}

// The tallest any step's name can be at this width, in any of its looks (the
// current step's bold, the skipped step's longer italic), as QLabel wraps
// plain text.
void StepHeader::keepHeightAcrossSteps()
{
    const Looks looks = looksOf(font());
    int tallest = 0;
    for (int i = 0; i < StepCount; ++i) {
        QLabel *label = m_labels[i];
        const qreal width = textWidth(label);
        if (width <= 0)
            return;
        const QString text = labelText(i);
        const auto height = [width](const QFont &look, const QString &t) {
            return QFontMetrics(look)
                .boundingRect(0, 0, int(width), 2000, Qt::AlignCenter,
                              laidOut(t, QFontMetricsF(look), width))
                .height();
        };
        tallest = std::max({tallest, height(looks.regular, text), height(looks.bold, text)});
        if (i == AdditionalInfoPageId) // the one step that can be skipped
            tallest = std::max(tallest, height(looks.italic, skippedText(text)));
    }
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumHeight(tallest + 2 * label->margin());
    m_measuredWidth = width();
}

// Each label at least as wide as the longest word of any name in any look (a
// word ends at a space or at a mark where the name may wrap), so that every
// line laidOut makes fits. The number and the first word count as one: a
// number alone on its line reads as a stray digit.
void StepHeader::keepWidthsEqual()
{
    // Fractional widths, rounded up: a name is laid out at its exact width,
    // and one pixel short of it wraps its last character.
    const Looks looks = looksOf(font());
    const QFontMetricsF regular(looks.regular), bold(looks.bold), italic(looks.italic);
    qreal widest = 0;
    for (int i = 0; i < StepCount; ++i) {
        const QString text = i == AdditionalInfoPageId ? skippedText(labelText(i)) : labelText(i);
        QStringList words = QString(text).replace(BreakMark, u' ').split(u' ', Qt::SkipEmptyParts);
        if (words.size() > 1) {
            const QString first = words.takeFirst();
            words.first().prepend(first + u' ');
        }
        for (const QString &word : std::as_const(words))
            widest = std::max({widest, regular.horizontalAdvance(word),
                               bold.horizontalAdvance(word), italic.horizontalAdvance(word)});
    }
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumWidth(int(std::ceil(widest)) + 1 + 2 * label->margin());
}

void StepHeader::refresh()
{
    // Palettes rather than style sheets: every page has a header.
    // In a dark theme the steps to come and those done are dark too: light
    // boxes would glare in a dark window.
    const bool dark = StatusColors::isDark(palette());
    for (int i = 0; i < StepCount; ++i) {
        QColor background = dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xf4, 0xf4, 0xf4);
        QColor foreground = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x33, 0x33, 0x33);
        QFont font = this->font();
        if (i == m_current) {
            background = QColor(0x1a, 0x4d, 0x8f);
            foreground = Qt::white;
            font.setBold(true);
        } else if (m_skipped[i]) {
            background = dark ? QColor(0x3c, 0x3c, 0x3c) : QColor(0xee, 0xee, 0xee);
            foreground = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x88, 0x88, 0x88);
            font.setItalic(true);
        } else if (i < m_current) {
            background = dark ? QColor(0x22, 0x3a, 0x5c) : QColor(0xdc, 0xe8, 0xf7);
            foreground = dark ? QColor(0xb8, 0xd4, 0xf5) : QColor(0x1a, 0x4d, 0x8f);
        }
        QPalette palette = m_labels[i]->palette();
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, foreground);
        m_labels[i]->setPalette(palette);
        m_labels[i]->setFont(font);
        m_labels[i]->setAccessibleName(
            i == m_current
                ? tr("Step %1 of 6, current: %2").arg(i + 1).arg(stepName(WizardPageId(i)))
                : tr("Step %1: %2")
                      .arg(i + 1)
                      // Heard as seen: the greyed step is said to be left out.
                      .arg(m_skipped[i] ? skippedText(stepName(WizardPageId(i)))
                                        : stepName(WizardPageId(i))));
    }
    layOutNames();
}
