#include "testcertificates.h"

#include <QFile>
#include <QProcess>

TestCertificates::TestCertificates(const QString &serverNames)
{
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly)) {
        m_error = ext.errorString();
        return;
    }
    ext.write("subjectAltName=" + serverNames.toLatin1() +
              "\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n");
    ext.close();
    const QString ec = QStringLiteral("ec");
    const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
    m_valid =
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec,
                 QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("ca.key")),
                 QStringLiteral("-out"), caCertificate(), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Moshikomi Test CA"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}) &&
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), ec, QStringLiteral("-pkeyopt"),
                 curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"), serverKey(),
                 QStringLiteral("-out"), m_dir.filePath(QStringLiteral("server.csr")),
                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}) &&
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 m_dir.filePath(QStringLiteral("server.csr")), QStringLiteral("-CA"),
                 caCertificate(), QStringLiteral("-CAkey"),
                 m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), serverCertificate(), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-extfile"), ext.fileName()});
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}
