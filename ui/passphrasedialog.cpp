#include "ui/passphrasedialog.h"

#include "ui/fieldlabel.h"
#include "ui/fieldmessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PassphraseDialog::PassphraseDialog(bool isNew, int attempt, QWidget *parent)
    : QDialog(parent)
    , m_isNew(isNew)
    , m_passphrase(new QLineEdit(this))
    , m_message(new FieldMessage(this))
{
    setObjectName(QStringLiteral("queuePassphrase"));
    setWindowTitle(tr("Passphrase for the applications on this computer"));
    auto intro = new QLabel(
        isNew ? tr("This computer has no keychain to keep the key to the applications you "
                   "enter. Choose a passphrase instead: it will be asked each time Moshikomi "
                   "starts. Without it nobody — not even support — can read the saved "
                   "applications, so keep it safe.")
              : tr("The applications saved on this computer are locked with a passphrase. Enter "
                   "it to open them."),
        this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_message->setField(m_passphrase);
    auto form = new QFormLayout;
    form->addRow(new FieldLabel(tr("&Passphrase"), true, m_passphrase, this),
                 FieldMessage::beneath(m_passphrase, m_message, this));
    if (isNew) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("passphraseConfirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Passphrase again"));
        m_confirmMessage = new FieldMessage(this);
        m_confirmMessage->setField(m_confirm);
        form->addRow(new FieldLabel(tr("&Again"), true, m_confirm, this),
                     FieldMessage::beneath(m_confirm, m_confirmMessage, this));
    }
    if (attempt > 0)
        m_message->setMessage(tr("That passphrase does not open the applications. Check the "
                                 "keyboard's input mode and Caps Lock, and try again."));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    fitToText();
    m_passphrase->setFocus();
}

void PassphraseDialog::fitToText()
{
    // Wrapped text needs the height its width gives it; a message that
    // appears must not squeeze the fields.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

void PassphraseDialog::accept()
{
    // Said at the field; what was typed stays.
    m_message->setMessage(QString());
    if (m_confirmMessage)
        m_confirmMessage->setMessage(QString());
    const QString typed = m_passphrase->text();
    if (typed.isEmpty()) {
        m_message->setMessage(tr("Enter the passphrase."));
        fitToText();
        m_passphrase->setFocus();
        return;
    }
    if (m_isNew && typed.size() < MinimumLength) {
        m_message->setMessage(tr("Use at least %n characters.", nullptr, MinimumLength));
        fitToText();
        m_passphrase->setFocus();
        return;
    }
    if (m_isNew && m_confirm->text() != typed) {
        m_confirmMessage->setMessage(tr("This is not the same as the passphrase above."));
        fitToText();
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }
    QDialog::accept();
}
