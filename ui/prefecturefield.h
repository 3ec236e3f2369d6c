#pragma once

#include <QWidget>

class FieldMessage;
class QComboBox;

// The prefecture: one of the 47, in JIS order, found by typing part of its
// name (Japanese or English) or its JIS code. Its value is the JIS code.
class PrefectureField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged USER true)
public:
    explicit PrefectureField(const QString &label, QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitTypedText();
    void updateMessage();

    QComboBox *m_combo;
    FieldMessage *m_message;
    bool m_revealed = false;
    QString m_notice;
};
