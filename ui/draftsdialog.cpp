#include "ui/draftsdialog.h"

#include "client/datetimetext.h"
#include "client/queuetablemodel.h"
#include "ui/screenfit.h"
#include "ui/stepheader.h"
#include "ui/wizardpageid.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

DraftsDialog::DraftsDialog(const QList<LocalQueue::Summary> &drafts, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Unfinished applications"));
    setObjectName(QStringLiteral("draftsDialog"));
    auto intro = new QLabel(tr("These applications were not finished. Resume one where it was "
                               "left, or start a new application."),
                            this);
    intro->setWordWrap(true);
    for (const LocalQueue::Summary &d : drafts) {
        const QString company = QueueTableModel::companyText(d);
        const QString when = DateTimeText::format(d.updatedAt.toLocalTime());
        // Where it was left, in the words of the step header.
        const QString where =
            d.step >= CustomerPageId && d.step <= ReviewPageId
                ? tr("step %1 %2")
                      .arg(d.step + 1)
                      .arg(StepHeader::stepName(static_cast<WizardPageId>(d.step)))
                : QString();
        // No contact typed yet: no dangling dash.
        const QString who =
            d.contactName.trimmed().isEmpty() ? company : tr("%1 — %2").arg(company, d.contactName);
        auto item = new QListWidgetItem(where.isEmpty()
                                            ? tr("%1 (last change %2)").arg(who, when)
                                            : tr("%1 · %2 (last change %3)").arg(who, where, when),
                                        m_list);
        item->setData(Qt::UserRole, d.id);
    }
    m_list->setCurrentRow(0);
    m_list->setAccessibleName(tr("Unfinished applications"));
    intro->setBuddy(m_list);

    auto buttons = new QDialogButtonBox(this);
    QPushButton *resume = buttons->addButton(tr("&Resume"), QDialogButtonBox::AcceptRole);
    QPushButton *fresh = buttons->addButton(tr("&New application"), QDialogButtonBox::RejectRole);
    resume->setDefault(true);
    resume->setObjectName(QStringLiteral("resume"));
    fresh->setObjectName(QStringLiteral("new"));
    connect(resume, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_chosen = item->data(Qt::UserRole).toUuid();
        accept();
    });
    connect(fresh, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, resume, &QPushButton::click);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    // As wide as the longest line (a long company name, a desktop's larger
    // font), as far as the screen allows: a line cut at the time it was left
    // is the part that tells two drafts of one customer apart.
    // The list's frame, a scroll bar should the drafts be many, the dialog's
    // margins and a little room for the line's own.
    const QMargins margins = layout->contentsMargins();
    const int itemSlack = 8;
    const int lineWidth = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() +
                          m_list->verticalScrollBar()->sizeHint().width() + margins.left() +
                          margins.right() + itemSlack;
    ScreenFit::resize(this, QSize(std::max(560, lineWidth), 320));
}
