#pragma once

#include "testcertificates.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

// The shipped nginx front (installer/nginx/moshikomi-service.conf), its @…@
// values filled in (the upstream line once per instance), run by Debian's
// nginx in a folder of its own.
class NginxFront
{
public:
    // `upstreamCa`: the instances serve HTTPS with certificates of this CA
    // (instances on other hosts, docs/deploy.md); empty: plain HTTP.
    NginxFront(quint16 port, const QList<quint16> &upstreams, const TestCertificates &certs,
               const QString &upstreamCa = {});
    ~NginxFront();
    bool isReady() const { return m_ready; }
    QByteArray log();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    bool m_ready = false;
};
