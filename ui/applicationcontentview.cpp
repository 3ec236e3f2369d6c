#include "ui/applicationcontentview.h"

#include "client/emaildomainhint.h"
#include "client/uilanguage.h"
#include "core/additionalinfoschema.h"
#include "core/application.h"
#include "core/postaldirectory.h"
#include "core/prefectures.h"
#include "ui/fieldtexts.h"
#include "ui/statuscolors.h"
#include "ui/stepheader.h"

#include <QClipboard>
#include <QDate>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {
constexpr QChar BreakHere(0x200B); // ZERO WIDTH SPACE: a place to break, unseen

// A long run of characters with nowhere to break (a company name written as
// one Latin word, a long address in letters) gets places to break, so that it
// wraps in the window's width instead of widening the whole page; Japanese
// breaks between any two characters already.
QString breakable(const QString &text)
{
    constexpr qsizetype longRun = 30;
    constexpr qsizetype every = 20;
    QString out;
    qsizetype runStart = 0;
    const auto endRun = [&](qsizetype end) {
        const QStringView run = QStringView(text).mid(runStart, end - runStart);
        for (qsizetype i = 0; i < run.size(); i += every) {
            if (i > 0 && run.size() >= longRun)
                out += BreakHere;
            out += run.mid(i, every);
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace() || text[i].unicode() >= 0x2E80) {
            endRun(i);
            out += text[i];
            runStart = i + 1;
        }
    }
    endRun(text.size());
    return out;
}

// What is copied from the view is the value as entered, without the places
// to break (they would end up in a mail program's address line).
void copyWithoutBreaks(QClipboard::Mode mode)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Only what this process put there (another program's text stays as it
    // is); the offscreen platform's clipboard is this process's alone.
    const bool ours =
        QGuiApplication::platformName() == QLatin1String("offscreen") ||
        (mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard());
    if (!ours)
        return;
    const QString text = clipboard->text(mode);
    if (text.contains(BreakHere))
        clipboard->setText(QString(text).remove(BreakHere), mode);
}

QString plain(const QString &text)
{
    return breakable(text).toHtmlEscaped();
}
QString prefecture(const QString &code)
{
    // A draft keeps a prefecture typed that names none as it was typed:
    // shown so, not as a blank.
    return Prefectures::isValidCode(code) ? Prefectures::displayName(code, UiLanguage::isJapanese())
                                          : code;
}
} // namespace

ApplicationContentView::ApplicationContentView(Editing editing, QWidget *parent)
    : QWidget(parent)
    , m_editing(editing)
    , m_groups(new QVBoxLayout(this))
{
    m_groups->setContentsMargins(0, 0, 0, 0);
    QClipboard *clipboard = QGuiApplication::clipboard();
    connect(clipboard, &QClipboard::dataChanged, this,
            [] { copyWithoutBreaks(QClipboard::Clipboard); });
    connect(clipboard, &QClipboard::selectionChanged, this,
            [] { copyWithoutBreaks(QClipboard::Selection); });
}

QString ApplicationContentView::markConfusable(const QString &text)
{
    // Digits alone (a postal code, a phone number) cannot be confused with
    // letters: only a value with both is marked.
    bool letters = false;
    for (QChar c : text)
        letters = letters || (c.unicode() < 0x80 && c.isLetter());
    QString html;
    for (QChar c : breakable(text)) {
        const QString escaped = QString(c).toHtmlEscaped();
        if (letters && QStringView(u"l1I|O0o").contains(c))
            html += QStringLiteral(
                        "<span style=\"background-color:#ffe08a; color:#7a3e00;\"><u>%1</u></span>")
                        .arg(escaped);
        else
            html += escaped;
    }
    return QStringLiteral(
               "<span style=\"font-family:'DejaVu Sans Mono','IPAGothic',monospace;\">%1</span>")
        .arg(html);
}

void ApplicationContentView::addGroup(WizardPageId step, const QString &title, const Rows &rows,
                                      int row, int labelWidth)
{
    auto box = new QGroupBox(title, this);
    auto layout = new QHBoxLayout(box);
    constexpr int cellPadding = 2;
    constexpr int gap = 12; // between a label and its value
    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"%1\">").arg(cellPadding);
    for (const auto &[label, value] : rows) {
        // A cell's width holds its padding too.
        html += QStringLiteral("<tr><td width=\"%4\" style=\"color:%1; padding-right:%5px;\">%2"
                               "</td><td>%3</td></tr>")
                    .arg(StatusColors::secondary(palette()).name(), plain(label), value)
                    .arg(labelWidth + gap + 2 * cellPadding)
                    .arg(gap);
    }
    html += QStringLiteral("</table>");
    // Held by a plain widget, not by the group box itself: Qt makes a titled
    // group box the label of each of its children, and Orca passes over a
    // text that has a label when it reads what a group holds.
    auto holder = new QWidget(box);
    auto holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    auto text = new QLabel(html, holder);
    holderLayout->addWidget(text);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // What a screen reader says of the group: every label with its value,
    // as it is read back to the customer. It is the text's name, what it
    // shows: Orca reads a group's texts of a few words as the focus enters
    // the group (on the way to its Change button); named by its group's
    // title, the values were never said.
    QStringList spoken;
    for (const auto &[label, value] : rows)
        spoken << label + QStringLiteral(": ") +
                      QTextDocumentFragment::fromHtml(value).toPlainText().remove(BreakHere);
    // With its group's title: entering the review, Orca reads every group's
    // text in one go.
    text->setAccessibleName(title + u'\n' + spoken.join(QStringLiteral("\n")));
    m_plainGroups << title + u'\n' + spoken.join(u'\n');
    layout->addWidget(holder, 1);
    // Read only (an application's details): nothing else in a group takes
    // the keys, and Tab went from the tab to the buttons past every value,
    // which a screen reader then never said. Each group's text takes the
    // focus, as the summary above it does (a selectable label takes only
    // clicks by itself). On the review, Tab goes from 修正 to 修正, and a
    // screen reader says each group on its way there.
    if (m_editing == Editing::None) {
        text->setFocusPolicy(Qt::StrongFocus);
        m_texts.append(text);
    }
    if (m_editing == Editing::PerGroup) {
        auto edit = new QPushButton(tr("Change…"), box);
        edit->setObjectName(QStringLiteral("edit%1").arg(step));
        edit->setToolTip(
            tr("Back to step %1: %2").arg(int(step) + 1).arg(StepHeader::stepName(step)));
        edit->setAccessibleName(tr("Change %1").arg(title));
        connect(edit, &QPushButton::clicked, this,
                [this, step, row] { emit editRequested(step, row); });
        m_lastEdit = edit;
        layout->addWidget(edit, 0, Qt::AlignTop);
    }
    m_groups->addWidget(box);
    m_groupBoxes.append({step, row, box});
}

QString ApplicationContentView::aside(const QString &text) const
{
    return QStringLiteral(" <span style=\"color:%1;\">%2</span>")
        .arg(StatusColors::notice(palette()).name(), plain(text));
}

template<typename Record>
ApplicationContentView::Rows
ApplicationContentView::rowsOf(const QList<RecordField<Record>> &fields, const Record &record,
                               qint64 totalUnits) const
{
    Rows rows;
    QString postalCode; // the record's, for its prefecture
    for (const RecordField<Record> &f : fields) {
        if (f.spec.kind == FieldKind::PostalCode)
            postalCode = f.textOf(record);
    }
    for (const RecordField<Record> &f : fields) {
        if (f.spec.isClientOnly())
            continue;
        const QString value = f.textOf(record);
        switch (f.spec.kind) {
        case FieldKind::Units:
            rows.append({FieldTexts::label(f.spec), tr("%1 (total %2 / %3)")
                                                        .arg(record.*f.number)
                                                        .arg(totalUnits)
                                                        .arg(FieldTable::MaxTotalUnits)});
            break;
        case FieldKind::Prefecture: {
            // Read back with the postal code's own prefecture when they differ:
            // the moment the customer can say which is right.
            QString shown = plain(prefecture(value));
            const QStringList others =
                PostalDirectory::instance().otherPrefectures(postalCode, value);
            if (!others.isEmpty())
                shown += aside(tr("(postal code %1 is in %2)")
                                   .arg(postalCode, FieldTexts::prefectureNames(others)));
            rows.append({FieldTexts::label(f.spec), shown});
            break;
        }
        case FieldKind::Mobile:
            rows.append({FieldTexts::label(f.spec),
                         value.isEmpty() ? tr("(none)") : markConfusable(value)});
            break;
        case FieldKind::Email: {
            // Read back with the domain it may have been meant for (gmial.com:
            // gmail.com?), the moment the customer can say which is right.
            QString shown = markConfusable(value);
            if (const QString meant = EmailDomainHint::likelyMeant(value); !meant.isEmpty())
                shown += aside(tr("(perhaps %1?)").arg(meant));
            rows.append({FieldTexts::label(f.spec), shown});
            break;
        }
        case FieldKind::PostalCode:
        case FieldKind::Phone:
            rows.append({FieldTexts::label(f.spec), markConfusable(value)});
            break;
        case FieldKind::Text:
        case FieldKind::EmailConfirmation:
            // Last and first name read as one name.
            if (f.spec.label == LabelKey::LastName)
                rows.append({tr("Name"), plain(value)});
            else if (f.spec.label == LabelKey::FirstName && !rows.isEmpty())
                rows.last().second += u' ' + plain(value);
            else
                // Said, not left blank: read back, a blank is heard as a
                // pause, not as "nothing given".
                rows.append({FieldTexts::label(f.spec),
                             value.isEmpty() ? (f.spec.required ? QString() : tr("(none)"))
                                             : plain(value)});
            break;
        }
    }
    // A required field still empty (only a draft has one) says so, as an
    // optional one says (none): a blank read as if the value were missing by
    // mistake, and is heard as a pause.
    for (auto &[label, shown] : rows) {
        if (QTextDocumentFragment::fromHtml(shown).toPlainText().trimmed().isEmpty())
            shown = plain(tr("(not entered yet)"));
    }
    return rows;
}

QWidget *ApplicationContentView::group(WizardPageId step, int row) const
{
    for (const Group &g : m_groupBoxes) {
        if (g.step == step && g.row == row)
            return g.box;
    }
    return nullptr;
}

void ApplicationContentView::clear()
{
    m_groupBoxes.clear();
    m_lastEdit = nullptr;
    m_texts.clear();
    while (QLayoutItem *item = m_groups->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_plainGroups.clear();
}

void ApplicationContentView::setApplication(const Application &a,
                                            const AdditionalInfoSchema &schema)
{
    clear();
    struct Pending
    {
        WizardPageId step;
        QString title;
        Rows rows;
        int row = -1;
    };
    QList<Pending> groups;
    groups.append({CustomerPageId, StepHeader::stepName(CustomerPageId),
                   rowsOf(FieldTable::customer(), a.customer)});

    const qint64 total = a.totalUnits();
    for (int i = 0; i < a.destinations.size(); ++i) {
        groups.append({DestinationsPageId,
                       tr("Destination %1 of %2").arg(i + 1).arg(a.destinations.size()),
                       rowsOf(FieldTable::destination(), a.destinations[i], total), i});
    }

    if (!schema.isEmpty() || !a.additionalInfo.isEmpty()) {
        const bool japanese = UiLanguage::isJapanese();
        auto shownValue = [](const AdditionalInfoSchema::Field *sf, const QVariant &v) {
            QString shown = v.toString();
            if (sf && sf->type == AdditionalInfoSchema::Type::Checkbox)
                return v.toBool() ? tr("Yes") : tr("No");
            if (shown.isEmpty())
                return sf && sf->mustBeFilled() ? tr("(not entered yet)") : tr("(none)");
            // Read out as people say them: 1,200; a date with its weekday,
            // which the customer checks against a calendar.
            const QLocale locale;
            if (sf && sf->type == AdditionalInfoSchema::Type::Number) {
                bool number = false;
                if (const qlonglong n = v.toLongLong(&number); number)
                    return locale.toString(n);
            }
            if (sf && sf->type == AdditionalInfoSchema::Type::Date) {
                if (const QDate date = QDate::fromString(shown, Qt::ISODate); date.isValid())
                    return locale.toString(date,
                                           tr("ddd d MMMM yyyy", "a date read back, Qt's format"));
            }
            if (sf) {
                for (const AdditionalInfoSchema::Option &o : sf->options) {
                    if (o.value == shown)
                        shown = UiLanguage::isJapanese() ? o.labelJa : o.labelEn;
                }
            }
            return shown;
        };
        Rows rows;
        QStringList known;
        for (const AdditionalInfoSchema::Field &sf : schema.fields()) {
            known << sf.key;
            rows.append(
                {sf.label(japanese), plain(shownValue(&sf, a.additionalInfo.value(sf.key)))});
        }
        // Entered against another version of the schema than the one at hand.
        for (auto it = a.additionalInfo.cbegin(); it != a.additionalInfo.cend(); ++it) {
            if (!known.contains(it.key()))
                rows.append({it.key(), plain(shownValue(nullptr, it.value()))});
        }
        groups.append({AdditionalInfoPageId, StepHeader::stepName(AdditionalInfoPageId), rows});
    }

    for (int i = 0; i < a.loginUsers.size(); ++i) {
        groups.append({LoginUsersPageId,
                       tr("Login user %1 of %2").arg(i + 1).arg(a.loginUsers.size()),
                       rowsOf(FieldTable::loginUser(), a.loginUsers[i]), i});
    }
    // One width for the labels of every group: the values stand in one
    // column down the whole page, as on a paper form read out line by line.
    int labelWidth = 0;
    for (const Pending &g : std::as_const(groups)) {
        for (const auto &[label, value] : g.rows)
            labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(label));
    }
    for (const Pending &g : std::as_const(groups))
        addGroup(g.step, g.title, g.rows, g.row, labelWidth);
    m_groups->addStretch();
}

QString ApplicationContentView::plainText() const
{
    return m_plainGroups.join(QStringLiteral("\n\n"));
}
