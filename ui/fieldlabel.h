#pragma once

#include <QLabel>

// A field's label: its name, a mark when the field is required, and the
// field as buddy so that the mnemonic and screen readers find it.
class FieldLabel : public QLabel
{
    Q_OBJECT
public:
    FieldLabel(const QString &text, bool required, QWidget *buddy, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The required mark is painted, not rich text: a form has dozens of
    // labels and rich text costs a text document each.
    int markWidth() const;
    bool m_required;
};
