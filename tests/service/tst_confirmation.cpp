#include "serviceprocess.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {

QString pathOf(const QString &link)
{
    return QUrl(link).path();
}

} // namespace

// The customer's side: the link in the mail, the page with one button, the
// mails that follow, and the operator's actions.
class TestConfirmation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_staff = m_service.addStaff(QStringLiteral("alice"));
        m_operator = m_service.addStaff(QStringLiteral("olga"), true);
    }

    void confirmByTheLinkInTheMail()
    {
        Application a = TestData::validApplication();
        a.loginUsers = {TestData::validLoginUser(1), TestData::validLoginUser(2)};
        const ServiceProcess::Mail request = submitAndGetMail(a);
        QCOMPARE(request.to, a.customer.email);
        QCOMPARE(request.subject,
                 QStringLiteral("【サイバーセキュリティ見守りサービス】お申込み内容確定のお願い"));
        // The address is not verified yet: the company, the link and the
        // deadline, nothing else personal.
        QVERIFY(request.body.contains(a.customer.companyName));
        for (const QString &personal : {a.customer.lastName, a.customer.phone, a.customer.address,
                                        a.customer.postalCode, a.loginUsers[0].email})
            QVERIFY2(!request.body.contains(personal), qPrintable(personal));
        QVERIFY(request.body.contains(QStringLiteral("日本時間")));
        const QString link = request.link();
        QVERIFY(link.startsWith(m_service.url(QStringLiteral("/confirm/"))));

        // Opening the link confirms nothing (mail scanners open links).
        const ServiceProcess::Reply page = m_service.request("GET", pathOf(link));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(page.header("Content-Security-Policy"),
                 QByteArray("default-src 'none'; style-src 'self'; form-action 'self'; "
                            "frame-ancestors 'none'"));
        QVERIFY(QString::fromUtf8(page.body).contains(a.customer.companyName));
        QVERIFY(page.body.contains("<form method=\"post\">"));
        // The page is Japanese; its English line is marked so, or a screen
        // reader reads it with a Japanese voice.
        QVERIFY(page.body.contains("<html lang=\"ja\">"));
        QVERIFY(page.body.contains("<p class=\"en\" lang=\"en\">Press the button"));
        QCOMPARE(status(a), QStringLiteral("awaiting_confirmation"));

        const QList<ServiceProcess::Mail> before = m_service.mails();
        const ServiceProcess::Reply done = m_service.request("POST", pathOf(link));
        QCOMPARE(done.status, 200);
        QVERIFY(QString::fromUtf8(done.body).contains(QStringLiteral("申込みを受け付けました。")));
        QVERIFY(
            done.body.contains("<p class=\"en\" lang=\"en\">The application has been accepted."));
        QCOMPARE(status(a), QStringLiteral("confirmed"));
        const std::optional<ServiceProcess::Mail> found =
            m_service.waitForNewMail(before, QStringLiteral("受付完了"));
        QVERIFY(found);
        const ServiceProcess::Mail complete = *found;
        QCOMPARE(
            complete.subject,
            QStringLiteral("【サイバーセキュリティ見守りサービス】お申込み受付完了のお知らせ"));
        QCOMPARE(complete.to, a.customer.email);

        // Used: said plainly, and nothing changes.
        const ServiceProcess::Reply again = m_service.request("POST", pathOf(link));
        QCOMPARE(again.status, 410);
        QVERIFY(QString::fromUtf8(again.body).contains(QStringLiteral("使用済み")));
        QCOMPARE(m_service.request("GET", pathOf(link)).status, 410);

        // The operator: provisional registration mails every login user
        // with the deadline date.
        const QString base =
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces);
        const QList<ServiceProcess::Mail> beforeRegistration = m_service.mails();
        const ServiceProcess::Reply registered =
            m_service.request("POST", base + QStringLiteral("/provisional-registration"), {},
                              {{"Authorization", "Bearer " + m_operator}});
        QCOMPARE(registered.status, 200);
        const QDate deadline =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600)).date().addDays(14);
        QCOMPARE(registered.json().value("registrationDeadline").toString(),
                 deadline.toString(Qt::ISODate));
        auto registrationMails = [&] {
            QList<ServiceProcess::Mail> found;
            for (const ServiceProcess::Mail &m : m_service.mails()) {
                if (m.subject.contains(QStringLiteral("仮登録完了")) &&
                    std::none_of(beforeRegistration.cbegin(), beforeRegistration.cend(),
                                 [&m](const ServiceProcess::Mail &b) { return b.raw == m.raw; }))
                    found << m;
            }
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(registrationMails().size(), 2, 10000);
        QStringList recipients;
        for (const ServiceProcess::Mail &m : registrationMails()) {
            recipients << m.to;
            QCOMPARE(m.subject,
                     QStringLiteral("【サイバーセキュリティ見守りサービス】仮登録完了のお知らせ"));
            QVERIFY2(m.body.contains(deadline.toString(QStringLiteral("yyyy年M月d日"))),
                     qPrintable(m.body));
            // Where to register, and the address the portal knows them by.
            QVERIFY2(m.body.contains(
                         QStringLiteral("本登録のページ: https://portal.example.jp/register")),
                     qPrintable(m.body));
            QVERIFY2(m.body.contains(QStringLiteral("ログインに使うメールアドレス: ") + m.to),
                     qPrintable(m.body));
        }
        recipients.sort();
        QCOMPARE(recipients, (QStringList{a.loginUsers[0].email, a.loginUsers[1].email}));
        QCOMPARE(status(a), QStringLiteral("provisionally_registered"));
        // Not twice: 409 with the status it is in.
        const ServiceProcess::Reply twice =
            m_service.request("POST", base + QStringLiteral("/provisional-registration"), {},
                              {{"Authorization", "Bearer " + m_operator}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.json().value("status").toString(),
                 QStringLiteral("provisionally_registered"));
    }

    void unknownLink()
    {
        const ServiceProcess::Reply r =
            m_service.request("GET", QStringLiteral("/confirm/not-a-token-at-all"));
        QCOMPARE(r.status, 404);
        QVERIFY(QString::fromUtf8(r.body).contains(QStringLiteral("無効")));
        QCOMPARE(m_service.request("POST", QStringLiteral("/confirm/not-a-token-at-all")).status,
                 404);
    }

    void resendKillsTheOldLink()
    {
        const Application a = TestData::validApplication();
        const QString oldLink = submitAndGetMail(a).link();
        const QList<ServiceProcess::Mail> before = m_service.mails();
        const ServiceProcess::Reply r = m_service.request(
            "POST",
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces) +
                QStringLiteral("/resend-confirmation"),
            {}, {{"Authorization", "Bearer " + m_staff}});
        QCOMPARE(r.status, 200);
        const std::optional<ServiceProcess::Mail> resent =
            m_service.waitForNewMail(before, QStringLiteral("確定のお願い"));
        QVERIFY(resent);
        const QString newLink = resent->link();
        QVERIFY(newLink != oldLink);
        // The old link says it was replaced (customers open the older mail).
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
            const ServiceProcess::Reply old = m_service.request(method, pathOf(oldLink));
            QCOMPARE(old.status, 410);
            QVERIFY2(QString::fromUtf8(old.body).contains(
                         QStringLiteral("新しいリンクに置き換えられました")),
                     old.body.constData());
        }
        QCOMPARE(status(a), QStringLiteral("awaiting_confirmation"));
        QCOMPARE(m_service.request("POST", pathOf(newLink)).status, 200);
        QCOMPARE(status(a), QStringLiteral("confirmed"));
    }

    void problemMailGivesTheReason()
    {
        const Application a = TestData::validApplication();
        const QString link = submitAndGetMail(a).link();
        const QList<ServiceProcess::Mail> before = m_service.mails();
        const QString reason =
            QStringLiteral("送付先の住所に番地がありません。\r\nBcc: evil@example.com");
        const ServiceProcess::Reply r = m_service.request(
            "POST",
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces) +
                QStringLiteral("/problem"),
            QJsonDocument(QJsonObject{{"reason", reason}}).toJson(),
            {{"Authorization", "Bearer " + m_operator}, {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
        const std::optional<ServiceProcess::Mail> found =
            m_service.waitForNewMail(before, QStringLiteral("についてのご連絡"));
        QVERIFY(found);
        const ServiceProcess::Mail m = *found;
        QCOMPARE(m.to, a.customer.email);
        QVERIFY(m.body.contains(QStringLiteral("送付先の住所に番地がありません。")));
        // The reason is in the body; no value adds a header line.
        QVERIFY(!m.headerBlock.contains("Bcc"));
        QCOMPARE(status(a), QStringLiteral("problem_reported"));
        // The staff who must put it right read the reason in the timeline.
        const QJsonArray timeline = stored(a).value("timeline").toArray();
        QString told;
        for (const QJsonValue &e : timeline) {
            if (e[QStringLiteral("status")] == QStringLiteral("problem_reported"))
                told = e[QStringLiteral("reason")].toString();
        }
        QCOMPARE(told, reason);
        // The link in the first mail no longer confirms, and says why.
        const ServiceProcess::Reply old = m_service.request("POST", pathOf(link));
        QCOMPARE(old.status, 410);
        QVERIFY2(QString::fromUtf8(old.body).contains(QStringLiteral("使えなくなりました")),
                 old.body.constData());
        QCOMPARE(status(a), QStringLiteral("problem_reported"));
    }

    // An operator's mistake is said like every other: a code and words at
    // the field (in the language asked for), and nothing mailed.
    void aProblemWithoutAReasonSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no reason") << QByteArray("{}") << 422 << "required"
                                   << "required";
        QTest::newRow("only spaces") << QByteArray(R"({"reason": "   "})") << 422 << "required"
                                     << "required";
        QTest::newRow("too long") << (R"({"reason": ")" + QByteArray(2001, 'a') + R"("})") << 422
                                  << "too_long"
                                  << "2000";
        QTest::newRow("a number for a reason")
            << QByteArray(R"({"reason": 123})") << 422 << "invalid_type"
            << "type";
        QTest::newRow("not JSON") << QByteArray(R"({"reason": )") << 400 << "malformed_json"
                                  << "JSON";
    }
    void aProblemWithoutAReasonSaysWhy()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const Application a = TestData::validApplication();
        submitAndGetMail(a);
        const QList<ServiceProcess::Mail> before = m_service.mails();
        const ServiceProcess::Reply r = m_service.request(
            "POST",
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces) +
                QStringLiteral("/problem"),
            body,
            {{"Authorization", "Bearer " + m_operator}, {"Content-Type", "application/json"}});
        QCOMPARE(r.status, expected);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QJsonObject field = o.value("fields").toArray().first().toObject();
        const QString shown =
            expected == 422 ? field.value("message").toString() : o.value("message").toString();
        QCOMPARE(expected == 422 ? field.value("code").toString() : o.value("error").toString(),
                 code);
        QVERIFY2(shown.contains(says), qPrintable(shown));
        QCOMPARE(status(a), QStringLiteral("awaiting_confirmation"));
        QTest::qWait(300);
        QCOMPARE(m_service.mails().size(), before.size());
    }

    void companyNameIsText()
    {
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("<img src=x onerror=alert(1)>\"'&");
        a.destinations[0].companyName = a.customer.companyName;
        const QString link = submitAndGetMail(a).link();
        const ServiceProcess::Reply page = m_service.request("GET", pathOf(link));
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("<img"));
        QVERIFY(page.body.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;") ||
                page.body.contains("&lt;img src=x onerror=alert(1)&gt;&quot;'&amp;"));
    }

    void lapsesOnTime()
    {
        ServiceProcess quick({QStringLiteral("--confirmation-validity"), QStringLiteral("1")});
        QVERIFY(quick.start());
        const QByteArray token = quick.addStaff(QStringLiteral("alice"));
        const Application a = TestData::validApplication();
        QCOMPARE(quick.submit(token, WireCodec::encode(a)).status, 201);
        QVERIFY(quick.waitForMails(1));
        const QString link = quick.mails().first().link();
        const QString path =
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces);
        QTRY_COMPARE_WITH_TIMEOUT(
            quick.request("GET", path, {}, {{"Authorization", "Bearer " + token}})
                .json()
                .value("status")
                .toString(),
            QStringLiteral("expired"), 5000);
        const ServiceProcess::Reply r = quick.request("POST", pathOf(link));
        QCOMPARE(r.status, 410);
        QVERIFY(QString::fromUtf8(r.body).contains(QStringLiteral("有効期限")));
    }

private:
    ServiceProcess::Mail submitAndGetMail(const Application &a)
    {
        const QList<ServiceProcess::Mail> before = m_service.mails();
        const ServiceProcess::Reply r = m_service.submit(m_staff, WireCodec::encode(a));
        if (r.status != 201)
            qFatal("submit gave %d: %s", r.status, r.body.constData());
        const std::optional<ServiceProcess::Mail> m =
            m_service.waitForNewMail(before, QStringLiteral("確定のお願い"));
        if (!m)
            qFatal("no confirmation mail");
        return *m;
    }

    // The application as its staff member reads it from the service.
    QJsonObject stored(const Application &a)
    {
        return m_service
            .request("GET",
                     QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces),
                     {}, {{"Authorization", "Bearer " + m_staff}})
            .json();
    }
    QString status(const Application &a) { return stored(a).value("status").toString(); }

    ServiceProcess m_service{
        {QStringLiteral("--portal-url"), QStringLiteral("https://portal.example.jp/register")}};
    QByteArray m_staff;
    QByteArray m_operator;
};

MOSHIKOMI_TEST(TestConfirmation)
#include "tst_confirmation.moc"
