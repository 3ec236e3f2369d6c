#pragma once

#include <QComboBox>
#include <QElapsedTimer>

// A list to choose from that a person on the phone picks by typing what
// they hear or know: an entry is found by the start of its label in either
// language, of its value, as typed (s or す for スタンダード / standard),
// whatever the width or kana. QComboBox alone looks only at the shown label,
// so on a Japanese screen no Latin key ever chose anything.
class ChoiceBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ChoiceBox(QWidget *parent = nullptr);

    // The entry is also found by each of alsoFoundBy (empty ones ignored).
    void addChoice(const QString &label, const QVariant &value, const QStringList &alsoFoundBy);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The row the keys typed so far lead to, or -1; the keys are kept for
    // the next one within the input interval, as QComboBox does.
    int rowForKeys(const QString &text);
    int rowStartingWith(const QString &typed, int after) const;
    static QString searchForm(const QString &text);

    QString m_typed;
    QElapsedTimer m_sinceKey;
};
