#pragma once

#include <QWidget>

class FieldMessage;
class QComboBox;

// The prefecture: one of the 47, in JIS order, found by typing part of its
// name (Japanese or English) or its JIS code. Its value is the JIS code, or
// what was typed while it names no prefecture: the draft keeps that as
// typed (the rules refuse it, so it is never sent).
class PrefectureField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit PrefectureField(const QString &label, QWidget *parent = nullptr);

    // The JIS code of the prefecture chosen; empty while none is.
    QString code() const;
    void setCode(const QString &code);
    QString value() const;
    void setValue(const QString &value);
    QComboBox *comboBox() const { return m_combo; }

    QString errorCode() const;
    bool isAcceptable() const { return errorCode().isEmpty(); }
    void reveal();
    bool isRevealed() const { return m_revealed; }
    QString shownMessage() const;
    // A word that does not stop the page, shown while there is no error.
    void setNotice(const QString &notice);

Q_SIGNALS:
    void codeChanged(const QString &code);
    void valueChanged(const QString &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitTypedText();
    void updateMessage();
    void noteChange();

    QComboBox *m_combo;
    FieldMessage *m_message;
    bool m_revealed = false;
    bool m_everHeldText = false;
    QString m_notice;
    QString m_lastValue;
};
