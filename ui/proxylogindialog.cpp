#include "ui/proxylogindialog.h"

#include "ui/fieldlabel.h"
#include "ui/fieldtexts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProxyLoginDialog::ProxyLoginDialog(const QString &proxy, bool refused, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Proxy login"));
    setObjectName(QStringLiteral("proxyLogin"));
    auto intro = new QLabel(
        FieldTexts::sentences(
            {(refused ? tr("The proxy %1 did not accept the user name and password. Enter them "
                           "again.")
                      : tr("The network's proxy %1 asks for a user name and password before "
                           "applications can be sent."))
                 .arg(proxy),
             tr("They are kept in this computer's keychain.")}),
        this);
    intro->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Proxy password"));
    auto form = new QFormLayout;
    form->addRow(new FieldLabel(tr("&User name"), true, m_user, this), m_user);
    form->addRow(new FieldLabel(tr("&Password"), true, m_password, this), m_password);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_user, &QLineEdit::textChanged, ok,
            [this, ok] { ok->setEnabled(!m_user->text().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString ProxyLoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString ProxyLoginDialog::password() const
{
    return m_password->text();
}
