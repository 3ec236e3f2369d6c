#include "typistprocess.h"

#include "client/uilanguage.h"
#include "ui/destinationseditor.h"
#include "wizarddriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

#include <cstdio>

TypistProcess::TypistProcess(const QString &dir, bool nonstop)
{
    m_process.setProgram(QCoreApplication::applicationFilePath());
    QStringList args{QStringLiteral("--wizard-typist"), dir};
    if (nonstop)
        args << QStringLiteral("--nonstop");
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
}

TypistProcess::~TypistProcess()
{
    kill();
}

bool TypistProcess::started()
{
    return m_process.waitForStarted();
}

QList<QByteArray> TypistProcess::readLines(int waitMs)
{
    m_process.waitForReadyRead(waitMs);
    m_pending += m_process.readAllStandardOutput();
    QList<QByteArray> lines;
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(nl);
        m_pending.remove(0, nl + 1);
        if (m_id.isNull() && !line.isEmpty())
            m_id = QUuid::fromString(QString::fromLatin1(line));
        else if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

void TypistProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished();
}

int runWizardTypist(const QString &dir, bool nonstop)
{
    UiLanguage::install(UiLanguage::japanese());
    WizardDriver d(QByteArray(), dir);
    std::printf("%s\n", qPrintable(d.wizard()->application().id.toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
    if (nonstop) {
        QLineEdit *address = d.edit(QStringLiteral("customer.address"));
        address->setFocus();
        for (int n = 1;; ++n) {
            QTest::keyClick(address, 'a');
            std::printf("len %d\n", n);
            std::fflush(stdout);
            QTest::qWait(30);
        }
    }
    d.fillValidCustomer();
    d.next();
    destinations(d.wizard())->addDestination();
    d.type(QStringLiteral("department"), QStringLiteral("倉庫係"), 1);
    std::printf("typed\n");
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000)
        QTest::qWait(50);
    return 0;
}
