#include "ui/roweditor.h"

#include "ui/editorrow.h"
#include "ui/followingscrollarea.h"
#include "ui/lossquestion.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

RowEditor::RowEditor(int minimumRows, int maximumRows, QWidget *parent)
    : QWidget(parent)
    , m_minimum(minimumRows)
    , m_maximum(maximumRows)
    , m_rowsLayout(new QVBoxLayout)
    , m_outer(new QVBoxLayout(this))
    , m_bar(new QHBoxLayout)
{
    auto content = new QWidget;
    auto contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_rowsLayout);
    contentLayout->addStretch();
    m_scroll = new FollowingScrollArea(content, this);
    m_add = new QPushButton(this); // after the rows: the order Tab takes
    m_bar->addWidget(m_add);
    m_bar->addStretch();
    m_outer->setContentsMargins(0, 0, 0, 0);
    m_outer->addWidget(m_scroll, 1);
    m_outer->addLayout(m_bar);
    connect(m_add, &QPushButton::clicked, this, [this] { appendRow(true); });
    // Enter means Next in the wizard, also on this button (Tab from a row's
    // last field lands here); Space and Ctrl+Shift+A add a row.
    m_add->setAutoDefault(false);

    auto shortcut = [this](const char *keys, auto slot) {
        auto s = new QShortcut(QKeySequence(QLatin1StringView(keys)), this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut("Ctrl+Shift+A", [this] { appendRow(true); });
    shortcut("Ctrl+Shift+D", [this] { removeRow(rowWithFocus()); });
}

bool RowEditor::rowsAcceptable() const
{
    if (m_rows.size() < m_minimum)
        return false;
    for (const EditorRow *r : m_rows) {
        if (!r->isAcceptable())
            return false;
    }
    return true;
}

EditorRow *RowEditor::appendRow(bool focus)
{
    if (m_rows.size() >= m_maximum)
        return nullptr;
    EditorRow *row = createRow();
    m_rowsLayout->addWidget(row);
    row->show(); // at once, not when the layout gets round to it: it may take the focus next
    m_rows.append(row);
    connect(row, &EditorRow::changed, this, [this] {
        if (!m_loading)
            emit rowsChanged();
    });
    connect(row, &EditorRow::removeRequested, this, &RowEditor::removeRow);
    renumber();
    if (!m_loading)
        emit rowsChanged();
    if (focus) {
        row->firstInput()->setFocus(Qt::OtherFocusReason);
        m_scroll->keepInView(row);
    }
    return row;
}

void RowEditor::removeRow(EditorRow *row)
{
    int index = int(m_rows.indexOf(row));
    if (index < 0 || m_rows.size() <= m_minimum)
        return;
    if (holdsTypedData(row) &&
        !LossQuestion::confirmed(this, row->title(), removeQuestion(index + 1), tr("&Remove")))
        return;
    // The rows may have changed while the question was open.
    index = int(m_rows.indexOf(row));
    if (index < 0 || m_rows.size() <= m_minimum)
        return;
    m_rows.removeAt(index);
    row->hide();
    row->deleteLater();
    renumber();
    emit rowsChanged();
    if (!m_rows.isEmpty())
        m_rows[qMin(index, int(m_rows.size()) - 1)]->firstInput()->setFocus(Qt::OtherFocusReason);
}

void RowEditor::resizeRows(int n)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    while (m_rows.size() > n)
        delete m_rows.takeLast();
    while (m_rows.size() < qMin(n, m_maximum))
        appendRow(false);
    m_loading = wasLoading;
    renumber();
}

bool RowEditor::focusRow(int index)
{
    EditorRow *row = m_rows.value(index);
    if (!row)
        return false;
    row->firstInput()->setFocus(Qt::OtherFocusReason);
    return true;
}

EditorRow *RowEditor::rowWithFocus() const
{
    QWidget *focus = QApplication::focusWidget();
    for (EditorRow *r : m_rows) {
        if (r->isAncestorOf(focus))
            return r;
    }
    return nullptr;
}

QWidget *RowEditor::revealRowErrors()
{
    QWidget *first = nullptr;
    for (EditorRow *r : std::as_const(m_rows)) {
        QWidget *w = r->revealErrors();
        if (!first)
            first = w;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first;
}

void RowEditor::renumber()
{
    const int n = int(m_rows.size());
    for (int i = 0; i < n; ++i)
        m_rows[i]->setNumber(i + 1, n);
    m_add->setEnabled(n < m_maximum);
    m_add->setText(n < m_maximum ? addText() : fullText());
    // A natural tab order: row after row, then the add button.
    QWidget *previous = nullptr;
    for (EditorRow *r : std::as_const(m_rows)) {
        for (QWidget *w : r->tabChain()) {
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        QWidget::setTabOrder(previous, m_add);
}
