#include "servicedatabase.h"
#include "serviceprocess.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QByteArray body(const Application &a)
{
    return WireCodec::encode(a);
}

Application sample()
{
    Application a = TestData::validApplication();
    a.enteredAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.enteredAt = a.enteredAt.addMSecs(-a.enteredAt.time().msec());
    return a;
}

} // namespace

// Submitting applications as the client does: exactly once, every refusal
// with its status and words, each staff member seeing only their own.
class TestIntake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_alice = m_service.addStaff(QStringLiteral("alice"));
        m_bob = m_service.addStaff(QStringLiteral("bob"));
        m_operator = m_service.addStaff(QStringLiteral("olga"), true);
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_operator.isEmpty());
        QVERIFY(m_alice != m_bob);
        // At least 256 random bits: 32 bytes, base64url without padding.
        QCOMPARE(m_alice.size(), 43);
    }

    void acceptedOnceReplayedConflicting()
    {
        const int mailsBefore = int(m_service.mails().size());
        const Application a = sample();
        const ServiceProcess::Reply first = m_service.submit(m_alice, body(a));
        QCOMPARE(first.status, 201);
        const QJsonObject answer = first.json();
        QCOMPARE(answer.value("id").toString(), a.id.toString(QUuid::WithoutBraces));
        QCOMPARE(answer.value("status").toString(), QStringLiteral("awaiting_confirmation"));
        const QDateTime expires =
            WireCodec::parseTime(answer.value("confirmationExpiresAt").toString());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 86400) < 60);
        QVERIFY(m_service.waitForMails(mailsBefore + 1));

        // A retry: the same answer, no second mail.
        const ServiceProcess::Reply again = m_service.submit(m_alice, body(a));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QTest::qWait(1500);
        QCOMPARE(m_service.mails().size(), mailsBefore + 1);

        // The same id with other content.
        Application changed = a;
        changed.customer.title = QStringLiteral("社長");
        const ServiceProcess::Reply conflict = m_service.submit(m_alice, body(changed));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json().value("error").toString(), QStringLiteral("idempotency_conflict"));
    }

    // Another program writing to the database (a backup tool, an
    // administrator's query) holds intake up only while it writes: the
    // application is taken as soon as the lock goes. Held past the service's
    // patience, the answer is a 503 that the client retries, and nothing of
    // the application is stored meanwhile.
    void aLockedDatabaseHoldsIntakeOnlyWhileLocked()
    {
        const bool postgres = !ServiceProcess::environmentFor(m_service.dataDir())
                                   .value(QStringLiteral("MOSHIKOMI_DATABASE"))
                                   .isEmpty();
        ServiceDatabase db = ServiceDatabase::ofDataDir(m_service.dataDir());
        const auto lock = [&] {
            return postgres
                       ? db.exec(QStringLiteral("BEGIN")) &&
                             db.exec(QStringLiteral("LOCK TABLE applications IN EXCLUSIVE MODE"))
                       : db.exec(QStringLiteral("BEGIN IMMEDIATE"));
        };
        const int mailsBefore = int(m_service.mails().size());
        const Application a = sample();
        QVERIFY(lock());
        QTimer::singleShot(300, [&] { db.exec(QStringLiteral("ROLLBACK")); });
        QCOMPARE(m_service.submit(m_alice, body(a)).status, 201);
        QVERIFY(m_service.waitForMails(mailsBefore + 1));
        if (postgres)
            return; // its statement_timeout (10 s): TestPostgres restarts the server instead
        const Application b = sample();
        QVERIFY(lock());
        const ServiceProcess::Reply refused = m_service.submit(m_alice, body(b));
        QCOMPARE(refused.status, 503);
        QVERIFY(db.exec(QStringLiteral("ROLLBACK")));
        const QString path =
            QStringLiteral("/api/v1/applications/") + b.id.toString(QUuid::WithoutBraces);
        QCOMPARE(
            m_service.request("GET", path, {}, {{"Authorization", "Bearer " + m_alice}}).status,
            404);
        QCOMPARE(m_service.submit(m_alice, body(b)).status, 201);
        QVERIFY(m_service.waitForMails(mailsBefore + 2));
        QTest::qWait(500);
        QCOMPARE(m_service.mails().size(), mailsBefore + 2);
    }

    void twoIdenticalRequestsAtTheSameInstant()
    {
        const int mailsBefore = int(m_service.mails().size());
        const QByteArray b = body(sample());
        QList<int> statuses;
        for (const ServiceProcess::Reply &r : postTwiceAtOnce(b)) {
            if (r.status == 409)
                QCOMPARE(r.json().value("error").toString(), QStringLiteral("request_in_progress"));
            statuses << r.status;
        }
        std::sort(statuses.begin(), statuses.end());
        QVERIFY2(statuses == (QList<int>{200, 201}) || statuses == (QList<int>{201, 409}),
                 qPrintable(QStringLiteral("%1 %2").arg(statuses[0]).arg(statuses[1])));
        QVERIFY(m_service.waitForMails(mailsBefore + 1));
        QTest::qWait(1500);
        QCOMPARE(m_service.mails().size(), mailsBefore + 1);
    }

    // A client that gave up waiting and sent the application again while the
    // first request is still being written is told so (409 with Retry-After,
    // in its language), and the application is stored and mailed once.
    void aRetryWhileTheFirstIsBeingWrittenIsToldToWait()
    {
        const bool postgres = !ServiceProcess::environmentFor(m_service.dataDir())
                                   .value(QStringLiteral("MOSHIKOMI_DATABASE"))
                                   .isEmpty();
        ServiceDatabase db = ServiceDatabase::ofDataDir(m_service.dataDir());
        // The writer waits for this lock, so both requests are in the service at once.
        QVERIFY(postgres ? db.exec(QStringLiteral("BEGIN")) &&
                               db.exec(QStringLiteral("LOCK TABLE applications IN EXCLUSIVE MODE"))
                         : db.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QTimer::singleShot(1500, [&] { db.exec(QStringLiteral("ROLLBACK")); });
        const int mailsBefore = int(m_service.mails().size());
        const QByteArray b = body(sample());
        QMap<int, ServiceProcess::Reply> byStatus;
        for (const ServiceProcess::Reply &r : postTwiceAtOnce(b, "en"))
            byStatus.insert(r.status, r);
        QCOMPARE(byStatus.keys(), (QList<int>{201, 409}));
        const ServiceProcess::Reply told = byStatus.value(409);
        QVERIFY(!told.header("Retry-After").isEmpty());
        const QJsonObject refusal = told.json();
        QCOMPARE(refusal.value("error").toString(), QStringLiteral("request_in_progress"));
        QVERIFY2(refusal.value("message").toString().contains(u"still being processed"),
                 qPrintable(refusal.value("message").toString()));
        const QByteArray accepted = byStatus.value(201).body;
        // Sent again after the answer: the first answer, and still one mail.
        const ServiceProcess::Reply again = m_service.submit(m_alice, b);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, accepted);
        QVERIFY(m_service.waitForMails(mailsBefore + 1));
        QTest::qWait(1000);
        QCOMPARE(m_service.mails().size(), mailsBefore + 1);
    }

    // Applications that arrive while one is being written are stored
    // together. A retry among them, or another application's id sent with
    // other content, gets its own answer and takes nothing from the others.
    void aRetryAmongOthersWrittenTogether()
    {
        const bool postgres = !ServiceProcess::environmentFor(m_service.dataDir())
                                   .value(QStringLiteral("MOSHIKOMI_DATABASE"))
                                   .isEmpty();
        const int mailsBefore = int(m_service.mails().size());
        const Application stored = sample();
        const ServiceProcess::Reply first = m_service.submit(m_alice, body(stored));
        QCOMPARE(first.status, 201);
        const Application other = sample();
        QCOMPARE(m_service.submit(m_alice, body(other)).status, 201);
        Application changed = other;
        changed.customer.title = QStringLiteral("社長");
        QVERIFY(m_service.waitForMails(mailsBefore + 2));

        ServiceDatabase db = ServiceDatabase::ofDataDir(m_service.dataDir());
        QVERIFY(postgres ? db.exec(QStringLiteral("BEGIN")) &&
                               db.exec(QStringLiteral("LOCK TABLE applications IN EXCLUSIVE MODE"))
                         : db.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // One goes ahead and waits for the lock; the rest gather behind it.
        QNetworkAccessManager ahead;
        const QByteArray waiting = body(sample());
        std::unique_ptr<QNetworkReply> aheadReply(ahead.post(submission(waiting), waiting));
        QTest::qWait(300);
        QTimer::singleShot(600, [&] { db.exec(QStringLiteral("ROLLBACK")); });
        const QList<Application> fresh{sample(), sample(), sample()};
        const QList<ServiceProcess::Reply> answers = postAtOnce(
            {body(fresh.at(0)), body(stored), body(fresh.at(1)), body(changed), body(fresh.at(2))});
        QTRY_VERIFY(aheadReply->isFinished());
        QCOMPARE(aheadReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(answers.at(1).status, 200);
        QCOMPARE(answers.at(1).body, first.body);
        QCOMPARE(answers.at(3).status, 409);
        QCOMPARE(answers.at(3).json().value("error").toString(),
                 QStringLiteral("idempotency_conflict"));
        for (int i : {0, 2, 4})
            QCOMPARE(answers.at(i).status, 201);
        for (const Application &a : fresh) {
            const QString path =
                QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces);
            QCOMPARE(
                m_service.request("GET", path, {}, {{"Authorization", "Bearer " + m_alice}}).status,
                200);
        }
        // One mail for each new application, none for the retry or the conflict.
        QVERIFY(m_service.waitForMails(mailsBefore + 6));
        QTest::qWait(1000);
        QCOMPARE(m_service.mails().size(), mailsBefore + 6);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("idempotencyKey"); // "-": the body's own id
        QTest::addColumn<QByteArray>("payload");        // empty: a valid application
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray json = "application/json";
        QTest::newRow("no token") << QByteArray() << json << QByteArray("-") << QByteArray() << 401
                                  << "unauthorized";
        QTest::newRow("unknown token")
            << QByteArray("x") << json << QByteArray("-") << QByteArray() << 401 << "unauthorized";
        QTest::newRow("not JSON") << QByteArray("alice") << QByteArray("text/plain")
                                  << QByteArray("-") << QByteArray() << 415
                                  << "unsupported_media_type";
        QTest::newRow("malformed JSON") << QByteArray("alice") << json << QByteArray("-")
                                        << QByteArray("{\"id\": ") << 400 << "malformed_json";
        QTest::newRow("declared in another charset")
            << QByteArray("alice") << QByteArray("application/json; charset=Shift_JIS")
            << QByteArray("-") << QByteArray() << 415 << "unsupported_media_type";
        QTest::newRow("no idempotency key") << QByteArray("alice") << json << QByteArray()
                                            << QByteArray() << 400 << "bad_idempotency_key";
        QTest::newRow("key in upper case") << QByteArray("alice") << json << QByteArray("upper")
                                           << QByteArray() << 400 << "bad_idempotency_key";
        QTest::newRow("key of another id")
            << QByteArray("alice") << json << QByteArray("0b6f7a3e-5a4d-4c1e-9f2a-1d2c3b4a5f60")
            << QByteArray() << 400 << "bad_idempotency_key";
        QTest::newRow("over 256 KiB") << QByteArray("alice") << json << QByteArray("-")
                                      << QByteArray(300 * 1024, ' ') << 413 << "too_large";
    }
    void refusals()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, idempotencyKey);
        QFETCH(QByteArray, payload);
        QFETCH(int, status);
        QFETCH(QString, error);
        const Application a = sample();
        const QByteArray b = payload.isEmpty() ? body(a) : payload;
        QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", contentType},
                                                         {"Accept-Language", "ja"}};
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + (token == "alice" ? m_alice : token)});
        const QByteArray id = a.id.toString(QUuid::WithoutBraces).toLatin1();
        if (idempotencyKey == "-")
            headers.append({"Idempotency-Key", id});
        else if (idempotencyKey == "upper")
            headers.append({"Idempotency-Key", id.toUpper()});
        else if (!idempotencyKey.isEmpty())
            headers.append({"Idempotency-Key", idempotencyKey});
        const ServiceProcess::Reply r =
            m_service.request("POST", QStringLiteral("/api/v1/applications"), b, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value("error").toString(), error);
        // Words for people, in the language asked for.
        const QString message = r.json().value("message").toString();
        QVERIFY2(std::any_of(message.cbegin(), message.cend(),
                             [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() < 0x30ff; }),
                 qPrintable(message));
        // Nothing was stored.
        QCOMPARE(m_service
                     .request("GET",
                              QStringLiteral("/api/v1/applications/") + QString::fromLatin1(id), {},
                              {{"Authorization", "Bearer " + m_alice}})
                     .status,
                 404);
    }

    // A client that sent its system's encoding is told so, not only that the
    // JSON is broken; UTF-8 declared in any spelling is taken.
    void theBodysEncodingIsSaid_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("shiftJis");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("Shift_JIS bytes, no charset")
            << QByteArray("application/json") << true << 400 << "UTF-8 ではありません";
        QTest::newRow("Shift_JIS declared")
            << QByteArray("application/json; charset=shift_jis") << true << 415 << "UTF-8";
        QTest::newRow("UTF-8 in capitals, quoted")
            << QByteArray("application/json; charset=\"UTF-8\"") << false << 201 << "";
        QTest::newRow("utf-8 without a space")
            << QByteArray("Application/JSON;charset=utf-8") << false << 201 << "";
    }
    void theBodysEncodingIsSaid()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(bool, shiftJis);
        QFETCH(int, status);
        QFETCH(QString, says);
        const Application a = sample();
        QByteArray b = body(a);
        if (shiftJis) {
            QStringEncoder sjis("Shift_JIS");
            QVERIFY(sjis.isValid());
            b = sjis.encode(QString::fromUtf8(b));
            QVERIFY(!sjis.hasError());
        }
        const QByteArray id = a.id.toString(QUuid::WithoutBraces).toLatin1();
        const ServiceProcess::Reply r =
            m_service.request("POST", QStringLiteral("/api/v1/applications"), b,
                              {{"Content-Type", contentType},
                               {"Accept-Language", "ja"},
                               {"Authorization", "Bearer " + m_alice},
                               {"Idempotency-Key", id}});
        QCOMPARE(r.status, status);
        if (!says.isEmpty()) {
            const QString message = r.json().value("message").toString();
            QVERIFY2(message.contains(says), qPrintable(message));
        }
    }

    // A client that makes its ids another way (a version 1 or 7 UUID) sends
    // the key right: it is told what is wrong with the id, at the id.
    void anIdNotOfVersionFourIsRefusedAtTheId()
    {
        const Application a = sample();
        QByteArray b = body(a);
        const QByteArray id = "3f0c8a52-6d1e-1b7a-9c2f-5e8d1a4b7c90";
        b.replace(a.id.toString(QUuid::WithoutBraces).toLatin1(), id);
        const ServiceProcess::Reply r =
            m_service.request("POST", QStringLiteral("/api/v1/applications"), b,
                              {{"Content-Type", "application/json"},
                               {"Accept-Language", "en"},
                               {"Authorization", "Bearer " + m_alice},
                               {"Idempotency-Key", id}});
        QCOMPARE(r.status, 422);
        const QJsonArray fields = r.json().value("fields").toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).toObject().value("path").toString(), QStringLiteral("id"));
        QCOMPARE(fields.at(0).toObject().value("code").toString(), QStringLiteral("invalid_id"));
        QVERIFY2(fields.at(0).toObject().value("message").toString().contains("UUID"),
                 r.body.constData());
    }

    void faultsAtTheirFieldsInTheCallersLanguage()
    {
        Application a = sample();
        a.customer.postalCode = QStringLiteral("7330");
        a.destinations[0].units = 11;
        a.loginUsers[0].email = QStringLiteral("hanako yamada@example.co.jp");
        const ServiceProcess::Reply ja =
            m_service.submit(m_alice, body(a), {{"Accept-Language", "ja-JP"}});
        QCOMPARE(ja.status, 422);
        const QJsonObject o = ja.json();
        QCOMPARE(o.value("error").toString(), QStringLiteral("validation_failed"));
        QMap<QString, QJsonObject> byPath;
        for (const QJsonValue &f : o.value("fields").toArray())
            byPath.insert(f.toObject().value("path").toString(), f.toObject());
        QCOMPARE(byPath.value("customer.postalCode").value("code").toString(),
                 QStringLiteral("invalid_postal_code"));
        QVERIFY(byPath.value("customer.postalCode")
                    .value("message")
                    .toString()
                    .contains(QStringLiteral("郵便番号")));
        QCOMPARE(byPath.value("destinations[0].units").value("code").toString(),
                 QStringLiteral("invalid_units"));
        // The contract's code; the words name what is wrong with it.
        QCOMPARE(byPath.value("loginUsers[0].email").value("code").toString(),
                 QStringLiteral("invalid_email"));
        QVERIFY(byPath.value("loginUsers[0].email")
                    .value("message")
                    .toString()
                    .contains(QStringLiteral("空白")));
        const ServiceProcess::Reply en =
            m_service.submit(m_alice, body(a), {{"Accept-Language", "en-US,en;q=0.9"}});
        QCOMPARE(en.status, 422);
        // A code a few digits short says how many it has (dictated, one was missed).
        QVERIFY2(en.body.contains("A postal code has 7 digits (e.g. 733-0001); this has 4."),
                 en.body.constData());
        // No Accept-Language at all: Japanese, the product's language.
        const QByteArray b = body(a);
        const QByteArray answer =
            m_service.raw(submissionHead(a, b.size(), "Connection: close\r\n") + b);
        QVERIFY2(answer.startsWith("HTTP/1.1 422"), answer.constData());
        QVERIFY(QString::fromUtf8(answer).contains(
            QStringLiteral("郵便番号は数字7桁です（入力されたのは4桁。例: 733-0001）。")));
    }

    void normalisedAsTheClientDoes()
    {
        Application a = sample();
        a.customer.postalCode = QStringLiteral("７３３０００１");
        a.customer.phone = QStringLiteral("082－123－4567");
        a.customer.companyName = QStringLiteral("ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾏﾓﾘ");
        QCOMPARE(m_service.submit(m_alice, body(a)).status, 201);
        const ServiceProcess::Reply r = m_service.request(
            "GET", QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces),
            {}, {{"Authorization", "Bearer " + m_alice}});
        QCOMPARE(r.status, 200);
        const QJsonObject customer =
            r.json().value("application").toObject().value("customer").toObject();
        QCOMPARE(customer.value("postalCode").toString(), QStringLiteral("733-0001"));
        QCOMPARE(customer.value("phone").toString(), QStringLiteral("0821234567"));
        QCOMPARE(customer.value("companyName").toString(),
                 QStringLiteral("カブシキガイシャ ミマモリ"));
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("awaiting_confirmation"));
        QVERIFY(!r.json().value("timeline").toArray().isEmpty());
    }

    // A wrong address or method is answered like every other refusal:
    // JSON with a code and words (a proxy's or a typo's way in).
    void wrongAddressOrMethodSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << QByteArray("GET") << "/nothing" << 404;
        QTest::newRow("API path mistyped") << QByteArray("GET") << "/api/v2/applications" << 404;
        QTest::newRow("DELETE an application")
            << QByteArray("DELETE") << "/api/v1/applications/0b6f7a3e-5a4d-4c1e-9f2a-1d2c3b4a5f60"
            << 405;
    }
    void wrongAddressOrMethodSaysWhy()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const ServiceProcess::Reply r =
            m_service.request(method, path, {}, {{"Authorization", "Bearer " + m_alice}});
        QCOMPARE(r.status, status);
        QVERIFY(!r.json().value("error").toString().isEmpty());
        QVERIFY2(!r.json().value("message").toString().isEmpty(), r.body.constData());
        // A method refused names those that work, HEAD with GET.
        if (status == 405)
            QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
    }

    // A HEAD answer (a load balancer's health check, a link checker) has GET's
    // status, fields and length and no content: on a kept connection, content
    // after it is read as the start of the next answer.
    void headAnswersLikeGetWithoutContent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("health") << "/healthz" << 200;
        QTest::newRow("schema") << "/api/v1/forms/additional-info" << 200;
        QTest::newRow("changes") << "/api/v1/applications?changedSince=0" << 200;
        QTest::newRow("unknown application")
            << "/api/v1/applications/0b6f7a3e-5a4d-4c1e-9f2a-1d2c3b4a5f60" << 404;
        QTest::newRow("unknown link")
            << "/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" << 404;
        QTest::newRow("style sheet") << "/static/confirm.css" << 200;
    }
    void headAnswersLikeGetWithoutContent()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const QByteArray request = " " + path.toLatin1() +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                   m_alice + "\r\n";
        // HEAD, then GET on the same connection: the second answer must start
        // right where the first one's fields end.
        const QByteArray both = m_service.raw(
            "HEAD" + request + "\r\nGET" + request + "Connection: close\r\n\r\n", true);
        const qsizetype end = both.indexOf("\r\n\r\n");
        QVERIFY2(end > 0, both.constData());
        const QByteArray head = both.left(end + 4);
        const QByteArray rest = both.mid(end + 4);
        const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status);
        QVERIFY2(head.startsWith(statusLine), both.constData());
        QVERIFY2(rest.startsWith(statusLine), both.constData());
        // The same fields, the same length as GET's answer.
        const qsizetype getEnd = rest.indexOf("\r\n\r\n");
        QVERIFY(getEnd > 0);
        QList<QByteArray> headFields = head.trimmed().split('\n');
        QList<QByteArray> getFields = rest.left(getEnd).trimmed().split('\n');
        for (QList<QByteArray> *fields : {&headFields, &getFields}) {
            for (QByteArray &f : *fields)
                f = f.trimmed();
            // Each answer is dated (a second may pass between the two).
            const qsizetype dated = fields->removeIf([](const QByteArray &f) {
                return f.startsWith("Date: ") &&
                       QLocale::c()
                           .toDateTime(QString::fromLatin1(f.mid(6)),
                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                           .isValid();
            });
            QCOMPARE(dated, 1);
            std::sort(fields->begin(), fields->end());
        }
        QCOMPARE(headFields, getFields);
        const QByteArray length = "Content-Length: " + QByteArray::number(rest.size() - getEnd - 4);
        QVERIFY2(head.contains(length), both.constData());
    }

    // "Connection: close" is kept: the service closes after the answer, so
    // a client reading to the end of the connection is not left waiting.
    void aClientThatSaysCloseIsClosed()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_service.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(3000))
            answer += socket.readAll();
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    // curl (and other clients) send "Expect: 100-continue" before a body over
    // 1 KiB and wait a second for the go-ahead; a larger body than the
    // service takes is refused before it is sent.
    void aClientThatAsksToContinueIsAnswered_data()
    {
        QTest::addColumn<bool>("tooLarge");
        QTest::newRow("an application") << false;
        QTest::newRow("declared too large") << true;
    }
    void aClientThatAsksToContinueIsAnswered()
    {
        QFETCH(bool, tooLarge);
        const Application a = sample();
        const QByteArray b = body(a);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_service.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            submissionHead(a, tooLarge ? 50 * 1024 * 1024 : b.size(), "Expect: 100-continue\r\n"));
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        // Well within the second a client waits before it sends anyway.
        while (t.elapsed() < 500 && !answer.contains("\r\n\r\n")) {
            if (socket.waitForReadyRead(50))
                answer += socket.readAll();
        }
        if (tooLarge) {
            QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
            return;
        }
        QCOMPARE(answer, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write(b);
        answer.clear();
        t.restart();
        while (t.elapsed() < 10000 && !answer.contains("awaiting_confirmation")) {
            if (socket.waitForReadyRead(100))
                answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.constData());
    }

    void hostileBytesRefusedAtTheirPath_data()
    {
        QTest::addColumn<QString>("companyName");
        QTest::newRow("tab") << QStringLiteral("株式会社\t見守り");
        QTest::newRow("line feed") << QStringLiteral("株式会社\n見守り");
        QTest::newRow("NUL") << QString(QStringLiteral("株式会社")) + QChar(0);
        QTest::newRow("right-to-left override") << QStringLiteral("株式会社\u202E見守り");
        QTest::newRow("isolate") << QStringLiteral("株式会社\u2066見守り");
        QTest::newRow("only invisible characters") << QStringLiteral("\u200B\uFEFF");
    }
    void hostileBytesRefusedAtTheirPath()
    {
        QFETCH(QString, companyName);
        Application a = sample();
        a.customer.companyName = companyName;
        const ServiceProcess::Reply r = m_service.submit(m_alice, body(a));
        QCOMPARE(r.status, 422);
        const QJsonObject fault = r.json().value("fields").toArray().first().toObject();
        QCOMPARE(fault.value("path").toString(), QStringLiteral("customer.companyName"));
        QVERIFY(fault.value("code") == QStringLiteral("invalid_character") ||
                fault.value("code") == QStringLiteral("required"));
    }

    void unknownFormVersion()
    {
        Application a = sample();
        a.formVersion = QStringLiteral("2099-x");
        const ServiceProcess::Reply r = m_service.submit(m_alice, body(a));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value("fields").toArray().first().toObject().value("path").toString(),
                 QStringLiteral("formVersion"));
    }

    // A client that names the version the schema endpoint gives, as the
    // contract says, is taken also when that is the service's "no fields".
    void theVersionPublishedWithoutFieldsIsTaken()
    {
        const ServiceProcess::Reply published =
            m_service.request("GET", QStringLiteral("/api/v1/forms/additional-info"), {},
                              {{"Authorization", "Bearer " + m_alice}});
        QCOMPARE(published.status, 200);
        const QJsonObject schema = published.json();
        QVERIFY(schema.value("fields").toArray().isEmpty());
        Application a = sample();
        a.formVersion = schema.value("version").toString();
        QVERIFY(!a.formVersion.isEmpty());
        QCOMPARE(m_service.submit(m_alice, body(a)).status, 201);
        // A value for a field that version does not have is refused at it.
        Application extra = sample();
        extra.formVersion = a.formVersion;
        extra.additionalInfo.insert(QStringLiteral("contractNumber"), QStringLiteral("AB-123456"));
        const ServiceProcess::Reply refused = m_service.submit(m_alice, body(extra));
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("additionalInfo.contractNumber"), refused.body.constData());
    }

    void eachSeesOnlyTheirOwn()
    {
        const Application a = sample();
        QCOMPARE(m_service.submit(m_alice, body(a)).status, 201);
        const QString path =
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces);
        QCOMPARE(m_service.request("GET", path, {}, {{"Authorization", "Bearer " + m_bob}}).status,
                 404);
        QCOMPARE(m_service
                     .request("POST", path + QStringLiteral("/resend-confirmation"), {},
                              {{"Authorization", "Bearer " + m_bob}})
                     .status,
                 404);
        QCOMPARE(
            m_service.request("GET", path, {}, {{"Authorization", "Bearer " + m_operator}}).status,
            200);
        // Her id written in upper case (read off a screen, typed into a
        // script) finds it too, and bob's still does not.
        const QString upper =
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces).toUpper();
        const ServiceProcess::Reply hers =
            m_service.request("GET", upper, {}, {{"Authorization", "Bearer " + m_alice}});
        QCOMPARE(hers.status, 200);
        QCOMPARE(hers.json().value("id").toString(), a.id.toString(QUuid::WithoutBraces));
        QCOMPARE(m_service.request("GET", upper, {}, {{"Authorization", "Bearer " + m_bob}}).status,
                 404);
        // The scheme's name in any case, as some clients write it (RFC 9110);
        // another scheme is no staff token.
        QCOMPARE(
            m_service.request("GET", path, {}, {{"Authorization", "bearer " + m_alice}}).status,
            200);
        QCOMPARE(m_service.request("GET", path, {}, {{"Authorization", "Token " + m_alice}}).status,
                 401);
        // The feed shows bob none of alice's applications.
        const ServiceProcess::Reply feed =
            m_service.request("GET", QStringLiteral("/api/v1/applications?changedSince=0"), {},
                              {{"Authorization", "Bearer " + m_bob}});
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.json().value("changes").toArray().isEmpty());
        const ServiceProcess::Reply mine =
            m_service.request("GET", QStringLiteral("/api/v1/applications?changedSince=0"), {},
                              {{"Authorization", "Bearer " + m_alice}});
        bool found = false;
        for (const QJsonValue &c : mine.json().value("changes").toArray())
            found =
                found || c.toObject().value("id").toString() == a.id.toString(QUuid::WithoutBraces);
        QVERIFY(found);
        // A staff token is not an operator's.
        QCOMPARE(m_service
                     .request("POST", path + QStringLiteral("/provisional-registration"), {},
                              {{"Authorization", "Bearer " + m_alice}})
                     .status,
                 403);
    }

    // A member's poll moves past everyone else's changes, so the next poll
    // looks only at what is new; paging still gives every change once.
    void feedMovesPastOthersChangesAndMissesNone()
    {
        auto poll = [&](const QByteArray &token, const QString &cursor) {
            const ServiceProcess::Reply r = m_service.request(
                "GET", QStringLiteral("/api/v1/applications?changedSince=") + cursor, {},
                {{"Authorization", "Bearer " + token}});
            return r.json();
        };
        const QString bobStart = poll(m_bob, QStringLiteral("0")).value("nextCursor").toString();
        QStringList alices;
        for (int i = 0; i < 105; ++i) {
            const Application a = sample();
            QCOMPARE(m_service.submit(m_alice, body(a)).status, 201);
            alices.append(a.id.toString(QUuid::WithoutBraces));
        }
        // Bob sees none of them, and his cursor moves past them all.
        const QJsonObject bobs = poll(m_bob, bobStart);
        QVERIFY(bobs.value("changes").toArray().isEmpty());
        QCOMPARE(bobs.value("more").toBool(), false);
        const QString bobNext = bobs.value("nextCursor").toString();
        QVERIFY2(bobNext.toLongLong() > bobStart.toLongLong(), qPrintable(bobNext));
        const Application his = sample();
        QCOMPARE(m_service.submit(m_bob, body(his)).status, 201);
        const QJsonArray after = poll(m_bob, bobNext).value("changes").toArray();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().toObject().value("id").toString(),
                 his.id.toString(QUuid::WithoutBraces));
        // Alice pages through hers: every one, once, in pages of 100.
        QString cursor = QStringLiteral("0");
        QStringList seen;
        int pages = 0;
        for (bool more = true; more && pages < 20; ++pages) {
            const QJsonObject page = poll(m_alice, cursor);
            for (const QJsonValue &c : page.value("changes").toArray())
                seen.append(c.toObject().value("id").toString());
            QVERIFY(page.value("changes").toArray().size() <= 100);
            more = page.value("more").toBool();
            cursor = page.value("nextCursor").toString();
        }
        QVERIFY2(pages >= 2, "105 changes came in one page");
        for (const QString &id : std::as_const(alices))
            QCOMPARE(seen.count(id), 1);
    }

    // changedSince reads as a time too: given one (RFC 3339, any offset),
    // the feed starts at the changes made then or later.
    void feedStartsAtATime()
    {
        const QByteArray dave = m_service.addStaff(QStringLiteral("dave"));
        auto poll = [&](const QString &since) {
            const ServiceProcess::Reply r = m_service.request(
                "GET", QStringLiteral("/api/v1/applications?changedSince=") + since, {},
                {{"Authorization", "Bearer " + dave}});
            return std::pair{r.status, r.json()};
        };
        auto ids = [](const QJsonObject &page) {
            QStringList result;
            for (const QJsonValue &c : page.value("changes").toArray())
                result.append(c.toObject().value("id").toString());
            return result;
        };
        const Application before = sample();
        QCOMPARE(m_service.submit(dave, body(before)).status, 201);
        QTest::qWait(50);
        const QDateTime between = QDateTime::currentDateTimeUtc();
        QTest::qWait(50);
        const Application after = sample();
        QCOMPARE(m_service.submit(dave, body(after)).status, 201);
        const QString later = after.id.toString(QUuid::WithoutBraces);
        const QString earlier = before.id.toString(QUuid::WithoutBraces);
        const QString forms[] = {between.toString(Qt::ISODateWithMs),
                                 between.toOffsetFromUtc(9 * 3600)
                                     .toString(Qt::ISODateWithMs)
                                     .replace(QStringLiteral("+"), QStringLiteral("%2B")),
                                 between.toOffsetFromUtc(9 * 3600).toString(Qt::ISODateWithMs)};
        for (const QString &since : forms) {
            const auto [status, page] = poll(since);
            QCOMPARE(status, 200);
            QCOMPARE(ids(page), QStringList{later});
            // The cursor it gives goes on as any other.
            QVERIFY(poll(page.value("nextCursor").toString())
                        .second.value("changes")
                        .toArray()
                        .isEmpty());
        }
        QCOMPARE(ids(poll(QStringLiteral("1970-01-01T00:00:00Z")).second),
                 (QStringList{earlier, later}));
        // From a time still to come: nothing yet, and what comes next is seen.
        const auto [status, future] =
            poll(QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
        QCOMPARE(status, 200);
        QVERIFY(future.value("changes").toArray().isEmpty());
        const Application last = sample();
        QCOMPARE(m_service.submit(dave, body(last)).status, 201);
        QCOMPARE(ids(poll(future.value("nextCursor").toString()).second),
                 QStringList{last.id.toString(QUuid::WithoutBraces)});
        // Neither a cursor nor a time: said so.
        for (const char *bad : {"2026-13-01T00:00:00Z", "2026-11-27T09:00:00", "yesterday", "-1"})
            QCOMPARE(poll(QString::fromLatin1(bad)).first, 400);
    }

    // Applications committed by the intake writer while the same member polls
    // the feed: every one comes back once, none is passed over.
    void feedMissesNothingCommittedWhilePolling()
    {
        const QByteArray carol = m_service.addStaff(QStringLiteral("carol"));
        QNetworkAccessManager network;
        QStringList ids;
        int answered = 0;
        for (int i = 0; i < 200; ++i) {
            const Application a = sample();
            const QString id = a.id.toString(QUuid::WithoutBraces);
            ids.append(id);
            QNetworkRequest post(QUrl(m_service.url(QStringLiteral("/api/v1/applications"))));
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/json"));
            post.setRawHeader("Authorization", "Bearer " + carol);
            post.setRawHeader("Idempotency-Key", id.toLatin1());
            QNetworkReply *reply = network.post(post, body(a));
            connect(reply, &QNetworkReply::finished, reply, [&answered, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    ++answered;
                reply->deleteLater();
            });
        }
        // Each poll runs the event loop: the submissions go on meanwhile.
        QString cursor = QStringLiteral("0");
        QStringList seen;
        int polls = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            const bool allAnswered = answered == ids.size();
            const ServiceProcess::Reply r = m_service.request(
                "GET", QStringLiteral("/api/v1/applications?changedSince=") + cursor, {},
                {{"Authorization", "Bearer " + carol}});
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json();
            for (const QJsonValue &c : page.value("changes").toArray())
                seen.append(c.toObject().value("id").toString());
            cursor = page.value("nextCursor").toString();
            ++polls;
            if (allAnswered && !page.value("more").toBool())
                break;
        }
        QCOMPARE(answered, ids.size());
        QVERIFY2(polls > 3, "the polls did not overlap the submissions");
        for (const QString &id : std::as_const(ids))
            QCOMPARE(seen.count(id), 1);
        QCOMPARE(seen.size(), ids.size());
    }

    void revokedTokenIsRefused()
    {
        const QByteArray dora = m_service.addStaff(QStringLiteral("dora"));
        const Application before = sample();
        QCOMPARE(m_service.submit(dora, body(before)).status, 201);
        // A working token is not replaced behind its holder's back.
        QByteArray out, err;
        const QStringList add{QStringLiteral("staff"), QStringLiteral("add"),
                              QStringLiteral("dora"), QStringLiteral("--data-dir"),
                              m_service.dataDir()};
        QCOMPARE(ServiceProcess::runCommand(add, &out, &err), 2);
        QVERIFY2(err.contains("staff revoke dora"), err.constData());
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("revoke"),
                                             QStringLiteral("dora"), QStringLiteral("--data-dir"),
                                             m_service.dataDir()}),
                 0);
        QCOMPARE(m_service.submit(dora, body(sample())).status, 401);
        // Revoked twice (two operators at once): said, and nothing fails.
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("revoke"),
                                             QStringLiteral("dora"), QStringLiteral("--data-dir"),
                                             m_service.dataDir()},
                                            &out),
                 0);
        QCOMPARE(out.trimmed(), QByteArray("already revoked: dora"));
        // Her lost token replaced: revoke, then add again. The new one works
        // and her applications are still hers; the old one stays refused.
        QCOMPARE(ServiceProcess::runCommand(add, &out, &err), 0);
        const QByteArray renewed = out.trimmed().split('\n').last();
        QVERIFY(renewed != dora);
        QCOMPARE(m_service.submit(dora, body(sample())).status, 401);
        QCOMPARE(m_service
                     .request("GET",
                              QStringLiteral("/api/v1/applications/") +
                                  before.id.toString(QUuid::WithoutBraces),
                              {}, {{"Authorization", "Bearer " + renewed}})
                     .status,
                 200);
        QCOMPARE(m_service.submit(renewed, body(sample())).status, 201);
    }

    void clientGoneBeforeTheAnswer()
    {
        // Answers come after the group commit: a client that left meanwhile
        // gets nothing written, and the service goes on.
        for (int i = 0; i < 5; ++i) {
            const Application a = sample();
            const QByteArray b = body(a);
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_service.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(submissionHead(a, b.size()) + b);
            socket.waitForBytesWritten(1000);
            socket.abort();
        }
        QTest::qWait(300);
        QCOMPARE(m_service.request("GET", QStringLiteral("/healthz")).status, 200);
    }

    void noSecretOnDiskOrInTheLog()
    {
        // The staff tokens and the confirmation links live only as hashes.
        const QByteArray stored = m_service.storedBytes();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(m_alice));
        QVERIFY(!stored.contains(m_operator));
        const QList<ServiceProcess::Mail> mails = m_service.mails();
        QVERIFY(!mails.isEmpty());
        for (const ServiceProcess::Mail &m : mails) {
            const QString link = m.link();
            const QByteArray token = link.mid(link.lastIndexOf(u'/') + 1).toLatin1();
            QVERIFY(token.size() >= 43);
            QVERIFY(!stored.contains(token));
            QVERIFY(!m_service.log().contains(token));
        }
        QVERIFY(!m_service.log().contains(m_alice));
        // One line per request: when, method, path, status, time taken,
        // staff name (the time of day in front, as the service writes to a
        // file or a terminal; the journal stamps its own).
        static const QRegularExpression line(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\S+ "
                           "moshikomi\\.service\\.requests: POST /api/v1/applications 201 "
                           "\\d+ ms alice$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(QString::fromUtf8(m_service.log())).hasMatch(),
                 m_service.log().right(2000).constData());
    }

private:
    // A submission's head as a client writes it before the body, with
    // fields of the test's own after the usual ones.
    QByteArray submissionHead(const Application &a, qint64 length,
                              const QByteArray &more = {}) const
    {
        return "POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
               m_alice + "\r\nContent-Type: application/json\r\nIdempotency-Key: " +
               a.id.toString(QUuid::WithoutBraces).toLatin1() +
               "\r\nContent-Length: " + QByteArray::number(length) + "\r\n" + more + "\r\n";
    }

    // The same application sent on two connections at the same moment.
    QList<ServiceProcess::Reply> postTwiceAtOnce(const QByteArray &b,
                                                 const QByteArray &language = {})
    {
        return postAtOnce({b, b}, language);
    }

    // Alice's submission of `b`, as the client sends it.
    QNetworkRequest submission(const QByteArray &b, const QByteArray &language = {})
    {
        QNetworkRequest r(QUrl(m_service.url(QStringLiteral("/api/v1/applications"))));
        r.setRawHeader("Authorization", "Bearer " + m_alice);
        r.setRawHeader("Content-Type", "application/json");
        r.setRawHeader("Idempotency-Key",
                       QJsonDocument::fromJson(b).object().value("id").toString().toLatin1());
        if (!language.isEmpty())
            r.setRawHeader("Accept-Language", language);
        return r;
    }

    // Every body sent before any answer is read, each on a connection of its own.
    QList<ServiceProcess::Reply> postAtOnce(const QList<QByteArray> &bodies,
                                            const QByteArray &language = {})
    {
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        for (const QByteArray &b : bodies) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            replies << managers.back()->post(submission(b, language), b);
        }
        QList<ServiceProcess::Reply> answers;
        for (QNetworkReply *r : std::as_const(replies)) {
            if (!r->isFinished()) {
                QEventLoop loop;
                connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
            }
            ServiceProcess::Reply answer;
            answer.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = r->readAll();
            for (const QNetworkReply::RawHeaderPair &h : r->rawHeaderPairs())
                answer.headers.append(h);
            answers << answer;
            delete r;
        }
        return answers;
    }

    ServiceProcess m_service;
    QByteArray m_alice;
    QByteArray m_bob;
    QByteArray m_operator;
};

MOSHIKOMI_TEST(TestIntake)
#include "tst_intake.moc"
