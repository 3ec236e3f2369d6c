#include "ui/reviewpage.h"

#include "client/uilanguage.h"
#include "core/application.h"
#include "core/prefectures.h"
#include "ui/applicationwizard.h"
#include "ui/fieldtexts.h"
#include "ui/stepheader.h"
#include "ui/wizardpageid.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QWizard>

namespace {
QString plain(const QString &text)
{
    return text.toHtmlEscaped();
}
QString prefecture(const QString &code)
{
    return Prefectures::displayName(code, UiLanguage::isJapanese());
}
} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : StepPage(ReviewPageId, parent)
    , m_content(new QWidget)
    , m_groups(new QVBoxLayout(m_content))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Read the application back to the customer. Characters that are easily "
                   "confused are marked like this: %1.")
                    .arg(QStringLiteral("l 1 I O 0")));
    auto scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus, not the frame
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body()->addWidget(scroll);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

QString ReviewPage::markConfusable(const QString &text)
{
    // Digits alone (a postal code, a phone number) cannot be confused with
    // letters: only a value with both is marked.
    bool letters = false;
    for (QChar c : text)
        letters = letters || (c.unicode() < 0x80 && c.isLetter());
    QString html;
    for (QChar c : text) {
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

void ReviewPage::addGroup(WizardPageId step, const QString &title,
                          const QList<std::pair<QString, QString>> &rows)
{
    auto box = new QGroupBox(title, m_content);
    auto layout = new QHBoxLayout(box);
    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows) {
        html += QStringLiteral(
                    "<tr><td style=\"color:#555555; padding-right:12px;\">%1</td><td>%2</td></tr>")
                    .arg(plain(label), value);
    }
    html += QStringLiteral("</table>");
    auto text = new QLabel(html, box);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(title);
    // What a screen reader says of the group: every label with its value,
    // as it is read back to the customer.
    QStringList spoken;
    for (const auto &[label, value] : rows)
        spoken << label + QStringLiteral(": ") +
                      QTextDocumentFragment::fromHtml(value).toPlainText();
    text->setAccessibleDescription(spoken.join(QStringLiteral("\n")));
    layout->addWidget(text, 1);
    auto edit = new QPushButton(tr("Change…"), box);
    edit->setObjectName(QStringLiteral("edit%1").arg(step));
    edit->setToolTip(tr("Back to step %1: %2").arg(int(step) + 1).arg(StepHeader::stepName(step)));
    edit->setAccessibleName(tr("Change %1").arg(title));
    connect(edit, &QPushButton::clicked, this, [this, step] { emit editRequested(step); });
    layout->addWidget(edit, 0, Qt::AlignTop);
    m_groups->addWidget(box);
}

template<typename Record>
QList<std::pair<QString, QString>> ReviewPage::rowsOf(const QList<RecordField<Record>> &fields,
                                                      const Record &record, qint64 totalUnits)
{
    QList<std::pair<QString, QString>> rows;
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
        case FieldKind::Prefecture:
            rows.append({FieldTexts::label(f.spec), plain(prefecture(value))});
            break;
        case FieldKind::Mobile:
            rows.append({FieldTexts::label(f.spec),
                         value.isEmpty() ? tr("(none)") : markConfusable(value)});
            break;
        case FieldKind::Email:
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
                rows.append({FieldTexts::label(f.spec), plain(value)});
            break;
        }
    }
    return rows;
}

void ReviewPage::initializePage()
{
    StepPage::initializePage();
    while (QLayoutItem *item = m_groups->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Application a = wizard()->application();
    addGroup(CustomerPageId, StepHeader::stepName(CustomerPageId),
             rowsOf(FieldTable::customer(), a.customer));

    const qint64 total = a.totalUnits();
    for (int i = 0; i < a.destinations.size(); ++i) {
        addGroup(DestinationsPageId,
                 tr("Destination %1 of %2").arg(i + 1).arg(a.destinations.size()),
                 rowsOf(FieldTable::destination(), a.destinations[i], total));
    }

    const AdditionalInfoSchema &schema = wizard()->schema();
    if (!schema.isEmpty()) {
        const bool japanese = UiLanguage::isJapanese();
        QList<std::pair<QString, QString>> rows;
        for (const AdditionalInfoSchema::Field &sf : schema.fields()) {
            const QVariant v = a.additionalInfo.value(sf.key);
            QString shown = v.toString();
            if (sf.type == AdditionalInfoSchema::Type::Checkbox)
                shown = v.toBool() ? tr("Yes") : tr("No");
            for (const AdditionalInfoSchema::Option &o : sf.options) {
                if (o.value == shown)
                    shown = japanese ? o.labelJa : o.labelEn;
            }
            rows.append({sf.label(japanese), plain(shown)});
        }
        addGroup(AdditionalInfoPageId, StepHeader::stepName(AdditionalInfoPageId), rows);
    }

    for (int i = 0; i < a.loginUsers.size(); ++i) {
        addGroup(LoginUsersPageId, tr("Login user %1 of %2").arg(i + 1).arg(a.loginUsers.size()),
                 rowsOf(FieldTable::loginUser(), a.loginUsers[i]));
    }
    m_groups->addStretch();
}

bool ReviewPage::validatePage()
{
    QMessageBox confirm(QMessageBox::Question, tr("Submit the application"),
                        tr("Submit this application? It is saved at once and sent to the "
                           "service as soon as the network allows."),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("submitConfirmation"));
    confirm.setDefaultButton(QMessageBox::Ok);
    if (confirm.exec() != QMessageBox::Ok)
        return false;
    return m_submit && m_submit();
}
