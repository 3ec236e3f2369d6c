#pragma once

#include <QWidget>

class EditorRow;
class FollowingScrollArea;
class QHBoxLayout;
class QPushButton;
class QVBoxLayout;

// An add/remove-rows editor (Kleopatra style): rows in a scroll area, an add
// button, Ctrl+Shift+A / Ctrl+Shift+D, a natural tab order through the rows
// and the focused field kept in view. Subclasses make the rows and expose the
// whole list as one value.
class RowEditor : public QWidget
{
    Q_OBJECT
public:
    RowEditor(int minimumRows, int maximumRows, QWidget *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    // Every row is complete (and there are enough of them).
    bool rowsAcceptable() const;
    QPushButton *addButton() const { return m_add; }
    // Puts the focus on the first field of a row; false when there is none.
    bool focusRow(int index);

Q_SIGNALS:
    // Any change: a row added, removed, or edited.
    void rowsChanged();

protected:
    virtual EditorRow *createRow() = 0;
    // Whether removing `row` would lose something typed (it differs from
    // what a new row starts with): then the person is asked first.
    virtual bool holdsTypedData(const EditorRow *row) const = 0;
    // The question asked before such a row goes ("Remove destination 2? …").
    virtual QString removeQuestion(int number) const = 0;
    // The add button's text while rows can be added, and once they cannot.
    virtual QString addText() const = 0;
    virtual QString fullText() const = 0;

    // Adds a row at the end and gives it the focus if asked.
    EditorRow *appendRow(bool focus);
    // Removes the row; one that holds typed data only after the person says so
    // (Enter on a focused remove button or Ctrl+Shift+D by mistake loses nothing).
    void removeRow(EditorRow *row);
    // Makes the number of rows `n`, without signals (loading a value).
    void resizeRows(int n);
    EditorRow *rowWithFocus() const;
    EditorRow *rowAt(int index) const { return m_rows.value(index); }
    const QList<EditorRow *> &rows() const { return m_rows; }
    // Shows every row's messages; focuses and returns the first input at fault.
    QWidget *revealRowErrors();
    // The bar under the rows, for a subclass's counter.
    QHBoxLayout *bar() const { return m_bar; }
    QVBoxLayout *outerLayout() const { return m_outer; }
    void renumber();
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }

private:
    int m_minimum;
    int m_maximum;
    QList<EditorRow *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QVBoxLayout *m_outer;
    QHBoxLayout *m_bar;
    FollowingScrollArea *m_scroll = nullptr;
    QPushButton *m_add = nullptr;
    bool m_loading = false;
};
