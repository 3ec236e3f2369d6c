#pragma once

#include <QString>
#include <QTemporaryDir>

// A private CA and a server certificate for 127.0.0.1/localhost, made with
// openssl for the run, as an operator's private PKI would provide them.
class TestCertificates
{
public:
    // `serverNames`: the server certificate's subjectAltName.
    explicit TestCertificates(
        const QString &serverNames = QStringLiteral("DNS:localhost,IP:127.0.0.1"));
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString caCertificate() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString serverCertificate() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString serverKey() const { return m_dir.filePath(QStringLiteral("server.key")); }

private:
    bool openssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    bool m_valid = false;
    QString m_error;
};
