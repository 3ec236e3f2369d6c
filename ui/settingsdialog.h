#pragma once

#include "client/connectionsettings.h"

#include <QDialog>

class FieldMessage;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Where the service is and who the staff member is: the service URL, the
// staff token, and for a private PKI a CA file and public-key pins. Shown on
// first use and from the applications list. It only says what the person
// wants (test, save); the app tests and stores, and tells it what came of
// it, at the field at fault.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Field { ServiceUrl, Token, CaFile, Pins };
    Q_ENUM(Field)

    // `keychainWorks`: false where no keychain answered (the token is then
    // kept for this session only, and the dialog says so).
    SettingsDialog(const ConnectionSettings &current, bool keychainWorks,
                   QWidget *parent = nullptr);

    ConnectionSettings values() const;
    // A message at a field (empty clears it); the focus goes to the first
    // field at fault.
    void showFieldError(Field field, const QString &message);
    void showTestResult(ConnectionOutcome outcome, const QString &detail);
    QString testResultText() const;
    // Words for a fault of a value, at its field.
    static QString faultText(ConnectionSettings::Fault fault);

Q_SIGNALS:
    void testRequested(const ConnectionSettings &values);
    void saveRequested(const ConnectionSettings &values);

private:
    // False (with the messages shown) when a value cannot be right.
    bool checkValues();
    void chooseCaFile();
    FieldMessage *messageFor(Field field) const;
    QWidget *editorFor(Field field) const;

    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QPlainTextEdit *m_pins;
    FieldMessage *m_urlMessage;
    FieldMessage *m_tokenMessage;
    FieldMessage *m_caMessage;
    FieldMessage *m_pinsMessage;
    QString m_pinsHelp;
    QPushButton *m_test;
    QLabel *m_testResult;
};
