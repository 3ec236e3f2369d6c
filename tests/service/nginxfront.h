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
    // The status of a GET of the list through the front by curl, from a
    // loopback address of its own (127.0.0.2 …): nginx sees one caller per
    // address. `forwardedFor`: an X-Forwarded-For the caller writes itself.
    int statusFrom(const char *source, const QByteArray &bearer,
                   const QString &forwardedFor = {}) const;

private:
    quint16 m_port;
    QString m_ca;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    bool m_ready = false;
};
