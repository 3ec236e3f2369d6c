#pragma once

#include <QDialog>

class FieldMessage;
class QLineEdit;

// Where no keychain works, the local queue is locked with a passphrase: chosen
// once (typed twice), then asked at every start. A mistyped one is said at
// the field and asked again; Cancel leaves the queue closed and untouched.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MinimumLength = 8;

    // `isNew`: a passphrase to choose; `attempt` > 0: the last one typed
    // did not open the queue.
    PassphraseDialog(bool isNew, int attempt, QWidget *parent = nullptr);

    QString passphrase() const;

public Q_SLOTS:
    void accept() override;

private:
    void fitToText();

    bool m_isNew;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    FieldMessage *m_message;
    FieldMessage *m_confirmMessage = nullptr;
};
