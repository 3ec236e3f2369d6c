#include "reviewpage.h"

#include "application.h"
#include "fieldtexts.h"
#include "prefectures.h"
#include "stepheader.h"
#include "uilanguage.h"
#include "wizardpageid.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
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
    : StepPage(4, parent)
    , m_content(new QWidget)
    , m_groups(new QVBoxLayout(m_content))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Read the application back to the customer. Characters that are easily "
                   "confused are marked like this: %1.")
                    .arg(QStringLiteral("l 1 I O 0")));
    auto scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body()->addWidget(scroll);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

QString ReviewPage::markConfusable(const QString &text)
{
    QString html;
    for (QChar c : text) {
        const QString escaped = QString(c).toHtmlEscaped();
        if (QStringView(u"l1I|O0o").contains(c))
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

void ReviewPage::addGroup(int step, const QString &title,
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
    layout->addWidget(text, 1);
    auto edit = new QPushButton(tr("Change…"), box);
    edit->setObjectName(QStringLiteral("edit%1").arg(step));
    edit->setToolTip(tr("Back to step %1: %2").arg(step + 1).arg(StepHeader::stepName(step)));
    edit->setAccessibleName(tr("Change %1").arg(title));
    connect(edit, &QPushButton::clicked, this, [this, step] { emit editRequested(step); });
    layout->addWidget(edit, 0, Qt::AlignTop);
    m_groups->addWidget(box);
}

void ReviewPage::initializePage()
{
    StepPage::initializePage();
    while (QLayoutItem *item = m_groups->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto f = [this](const char *name) {
        return field(QStringLiteral("customer.") + QLatin1StringView(name)).toString();
    };
    const QString name = QStringLiteral("%1 %2").arg(plain(f("lastName")), plain(f("firstName")));
    addGroup(CustomerPageId, StepHeader::stepName(0),
             {{FieldTexts::label("companyName"), plain(f("companyName"))},
              {tr("Name"), name},
              {FieldTexts::label("department"), plain(f("department"))},
              {FieldTexts::label("title"), plain(f("title"))},
              {FieldTexts::label("email"), markConfusable(f("email"))},
              {FieldTexts::label("postalCode"), markConfusable(f("postalCode"))},
              {FieldTexts::label("prefecture"), plain(prefecture(f("prefecture")))},
              {FieldTexts::label("address"), plain(f("address"))},
              {FieldTexts::label("phone"), markConfusable(f("phone"))}});

    const DestinationList destinations =
        field(QStringLiteral("destinations")).value<DestinationList>();
    int total = 0;
    for (const Destination &d : destinations)
        total += d.units;
    for (int i = 0; i < destinations.size(); ++i) {
        const Destination &d = destinations[i];
        addGroup(DestinationsPageId, tr("Destination %1 of %2").arg(i + 1).arg(destinations.size()),
                 {{FieldTexts::label("companyName"), plain(d.companyName)},
                  {tr("Name"), plain(d.lastName + u' ' + d.firstName)},
                  {FieldTexts::label("department"), plain(d.department)},
                  {FieldTexts::label("postalCode"), markConfusable(d.postalCode)},
                  {FieldTexts::label("prefecture"), plain(prefecture(d.prefecture))},
                  {FieldTexts::label("address"), plain(d.address)},
                  {FieldTexts::label("phone"), markConfusable(d.phone)},
                  {FieldTexts::label("units"), tr("%1 (total %2 / 10)").arg(d.units).arg(total)}});
    }

    if (!m_schema.isEmpty()) {
        const QVariantMap values = field(QStringLiteral("additionalInfo")).toMap();
        const bool japanese = UiLanguage::isJapanese();
        QList<std::pair<QString, QString>> rows;
        for (const AdditionalInfoSchema::Field &sf : m_schema.fields()) {
            const QVariant v = values.value(sf.key);
            QString shown = v.toString();
            if (sf.type == AdditionalInfoSchema::Type::Checkbox)
                shown = v.toBool() ? tr("Yes") : tr("No");
            for (const AdditionalInfoSchema::Option &o : sf.options) {
                if (o.value == shown)
                    shown = japanese ? o.labelJa : o.labelEn;
            }
            rows.append({sf.label(japanese), plain(shown)});
        }
        addGroup(AdditionalInfoPageId, StepHeader::stepName(2), rows);
    }

    const LoginUserList users = field(QStringLiteral("loginUsers")).value<LoginUserList>();
    for (int i = 0; i < users.size(); ++i) {
        const LoginUser &u = users[i];
        addGroup(LoginUsersPageId, tr("Login user %1 of %2").arg(i + 1).arg(users.size()),
                 {{tr("Name"), plain(u.lastName + u' ' + u.firstName)},
                  {FieldTexts::label("email"), markConfusable(u.email)},
                  {FieldTexts::label("mobile"),
                   u.mobile.isEmpty() ? tr("(none)") : markConfusable(u.mobile)}});
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
