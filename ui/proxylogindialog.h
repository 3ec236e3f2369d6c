#pragma once

#include <QDialog>

class QLineEdit;

// The network's proxy asks for a user name and password (HTTP 407): asked
// once, kept in the keychain by the app, asked again only when refused.
class ProxyLoginDialog : public QDialog
{
    Q_OBJECT
public:
    // `proxy`: "host:port"; `refused`: the ones given before did not work.
    ProxyLoginDialog(const QString &proxy, bool refused, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
};
