#include "ui/choicebox.h"

#include "client/queuesearch.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>

namespace {

constexpr int SearchFormsRole = Qt::UserRole + 1;

// A key that starts or continues a search, not one that moves, opens or
// belongs to a shortcut.
QString searchText(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    const QString text = event->text();
    if (text.isEmpty() || text.front().isSpace() || !text.front().isPrint())
        return {};
    return text;
}

} // namespace

ChoiceBox::ChoiceBox(QWidget *parent)
    : QComboBox(parent)
{
    view()->installEventFilter(this);
}

void ChoiceBox::addChoice(const QString &label, const QVariant &value,
                          const QStringList &alsoFoundBy)
{
    QStringList forms{searchForm(label)};
    for (const QString &other : alsoFoundBy) {
        if (const QString form = searchForm(other); !form.isEmpty() && !forms.contains(form))
            forms << form;
    }
    addItem(label, value);
    setItemData(count() - 1, forms, SearchFormsRole);
}

void ChoiceBox::keyPressEvent(QKeyEvent *event)
{
    const QString text = searchText(event);
    if (text.isEmpty()) {
        QComboBox::keyPressEvent(event);
        return;
    }
    if (const int row = rowForKeys(text); row >= 0)
        setCurrentIndex(row);
    event->accept();
}

bool ChoiceBox::eventFilter(QObject *watched, QEvent *event)
{
    // Escape closes the opened list and nothing else. Qt 6.4's list closes
    // itself on Escape without taking the key, which then went on to the
    // window's own Escape: the applications list closed with its filter.
    if (watched == view() && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Cancel) && view()->isVisible()) {
        hidePopup();
        event->accept();
        return true;
    }
    // The list opened (Alt+↓, F4): the keys choose the highlighted entry,
    // Enter takes it.
    if (watched == view() && event->type() == QEvent::KeyPress) {
        const QString text = searchText(static_cast<QKeyEvent *>(event));
        if (!text.isEmpty()) {
            if (const int row = rowForKeys(text); row >= 0)
                view()->setCurrentIndex(model()->index(row, modelColumn(), rootModelIndex()));
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

int ChoiceBox::rowForKeys(const QString &text)
{
    if (!m_sinceKey.isValid() || m_sinceKey.elapsed() > QApplication::keyboardInputInterval())
        m_typed.clear();
    m_sinceKey.start();
    const QString key = searchForm(text);
    if (key.isEmpty())
        return -1;
    const int current = view()->isVisible() ? view()->currentIndex().row() : currentIndex();
    // The same key again goes on to the next entry it begins (p, p: the
    // second plan starting with p), as in any list.
    const bool sameKeyAgain = !m_typed.isEmpty() && m_typed.size() % key.size() == 0 &&
                              m_typed == key.repeated(m_typed.size() / key.size());
    if (sameKeyAgain) {
        m_typed += key;
        return rowStartingWith(key, current);
    }
    m_typed += key;
    int row = rowStartingWith(m_typed, -1);
    if (row < 0) {
        // Nothing begins so: this key starts a new search.
        m_typed = key;
        row = rowStartingWith(m_typed, -1);
    }
    return row;
}

int ChoiceBox::rowStartingWith(const QString &typed, int after) const
{
    const int rows = count();
    if (rows == 0)
        return -1;
    for (int i = 1; i <= rows; ++i) {
        const int row = (after + i) % rows;
        const QStringList forms = itemData(row, SearchFormsRole).toStringList();
        for (const QString &form : forms) {
            if (form.startsWith(typed))
                return row;
        }
    }
    return -1;
}

QString ChoiceBox::searchForm(const QString &text)
{
    QString form =
        QueueSearch::foldKana(text.normalized(QString::NormalizationForm_KC).toCaseFolded());
    form.removeIf([](QChar c) { return c.isSpace(); });
    return form;
}
