#include "appqueue.h"
#include "serviceprocess.h"
#include "showactive.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"
#include "whenmodal.h"
#include "wizarddriver.h"

#include "app/credentialstore.h"
#include "app/moshikomiapp.h"
#include "app/syncengine.h"
#include "client/localqueue.h"
#include "client/uilanguage.h"
#include "ui/applicationwizard.h"
#include "ui/draftsdialog.h"
#include "ui/fieldmessage.h"
#include "ui/proxylogindialog.h"
#include "ui/queuewindow.h"
#include "ui/settingsdialog.h"
#include "ui/wizardpageid.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString shownMessageAt(QWidget *editor)
{
    // The message sits beneath its field, in the same box.
    for (QWidget *box = editor->parentWidget(); box; box = box->parentWidget()) {
        if (auto m = box->findChild<FieldMessage *>(QString(), Qt::FindDirectChildrenOnly))
            return m->isVisibleTo(box) ? m->message() : QString();
    }
    return {};
}

SettingsDialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto d = qobject_cast<SettingsDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// The token question of the start, dismissed as staff with no new token at
// hand do.
bool dismissTheTokenQuestion()
{
    if (!QTest::qWaitFor([] { return openDialog() != nullptr; }, 15000))
        return false;
    openDialog()->reject();
    return QTest::qWaitFor([] { return openDialog() == nullptr; });
}

// Japanese as it is typed: the input method commits each character into
// whatever has the focus (a window that took the keys gets them), `ms`
// apart. False when nothing has the focus.
bool typeIntoTheFocus(const QString &text, int ms)
{
    for (const QChar c : text) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return false;
        QInputMethodEvent commit;
        commit.setCommitString(c);
        QApplication::sendEvent(focus, &commit);
        QTest::qWait(ms);
    }
    return true;
}

} // namespace

// The connection settings as a staff member meets them: typed with the
// keyboard, tested against the real service over HTTPS, the token kept in a
// real keychain (gnome-keyring, tests/testlib/with-keyring.sh) and found
// there at the next start.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        UiLanguage::install(QStringLiteral("en"));
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error()));
        m_service = std::make_unique<ServiceProcess>(
            QStringList{QStringLiteral("--tls-cert"), m_certs.serverCertificate(),
                        QStringLiteral("--tls-key"), m_certs.serverKey()});
        QVERIFY(m_service->start());
        m_service->setCaCertificate(m_certs.caCertificate());
    }

    void badValuesAreSaidAtTheirFieldsAndKept_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("pins");
        QTest::addColumn<QString>("field");
        QTest::newRow("nothing typed") << ""
                                       << "abc"
                                       << ""
                                       << "serviceUrl";
        QTest::newRow("http to another computer") << "http://moshikomi.example.co.jp"
                                                  << "abc"
                                                  << ""
                                                  << "serviceUrl";
        QTest::newRow("not an address") << "moshikomi example"
                                        << "abc"
                                        << ""
                                        << "serviceUrl";
        QTest::newRow("no token") << "https://moshikomi.example.co.jp"
                                  << ""
                                  << ""
                                  << "token";
        QTest::newRow("a token cut by a space") << "https://moshikomi.example.co.jp"
                                                << "abc def"
                                                << ""
                                                << "token";
        QTest::newRow("a pin that is not one") << "https://moshikomi.example.co.jp"
                                               << "abc"
                                               << "sha256//short"
                                               << "pins";
    }

    void badValuesAreSaidAtTheirFieldsAndKept()
    {
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFETCH(QString, pins);
        QFETCH(QString, field);
        // One in Japanese, as most staff see it.
        const bool japanese = QString::fromLatin1(QTest::currentDataTag()).startsWith(u"http");
        UiLanguage::install(japanese ? QStringLiteral("ja") : QStringLiteral("en"));
        SettingsDialog dialog({}, true);
        QVERIFY(showActive(&dialog));
        QSignalSpy saved(&dialog, &SettingsDialog::saveRequested);
        auto urlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("serviceUrl"));
        auto tokenEdit = dialog.findChild<QLineEdit *>(QStringLiteral("token"));
        auto pinsEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("pins"));
        QTest::keyClicks(urlEdit, url);
        QTest::keyClicks(tokenEdit, token);
        pinsEdit->setPlainText(pins);
        // Enter saves, as in every dialog.
        QTest::keyClick(urlEdit, Qt::Key_Return);
        QCOMPARE(saved.size(), 0);
        QWidget *atFault = dialog.findChild<QWidget *>(field);
        QVERIFY(!shownMessageAt(atFault).isEmpty());
        QCOMPARE(QApplication::focusWidget(), atFault);
        // A screen reader on the field hears what is wrong there.
        QVERIFY2(atFault->accessibleDescription().contains(shownMessageAt(atFault)),
                 qPrintable(atFault->accessibleDescription()));
        // Nothing typed is lost.
        QCOMPARE(urlEdit->text(), url);
        QCOMPARE(tokenEdit->text(), token);
        QCOMPARE(pinsEdit->toPlainText(), pins);
        QVERIFY(dialog.isVisible());
        if (const QString shots = qEnvironmentVariable("MOSHIKOMI_SCREENSHOT_DIR");
            japanese && !shots.isEmpty() && QDir().mkpath(shots))
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("settings-error-ja.png")));
        UiLanguage::install(QStringLiteral("en"));
    }

    // Ctrl+V with nothing on the clipboard (after a login, or once the
    // program that copied has quit, X11 gives a clipboard without a single
    // format) ended the app inside Qt 6.4's text field; what is there is
    // pasted as before.
    void pastingIntoThePinsFromAnEmptyClipboardKeepsTheDialog()
    {
        SettingsDialog dialog({}, true);
        QVERIFY(showActive(&dialog));
        auto pinsEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("pins"));
        pinsEdit->setFocus();
        QTest::keyClicks(pinsEdit, QStringLiteral("sha256//"));
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setMimeData(new QMimeData);
        QTest::keySequence(pinsEdit, QKeySequence::Paste);
        QCOMPARE(pinsEdit->toPlainText(), QStringLiteral("sha256//"));
        QVERIFY(dialog.isVisible());
        clipboard->setText(QStringLiteral("AbCd="));
        QTest::keySequence(pinsEdit, QKeySequence::Paste);
        QCOMPARE(pinsEdit->toPlainText(), QStringLiteral("sha256//AbCd="));
    }

    void firstConnectionIsTestedSavedAndFoundAtTheNextStart()
    {
        const QByteArray token = m_service->addStaff(QStringLiteral("hanako"));
        const QString startedIn = QDir::currentPath();
        const auto back = qScopeGuard([&startedIn] { QDir::setCurrent(startedIn); });
        QTemporaryDir dir;
        Application waiting = TestData::validApplication();
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            QVERIFY(queue.saveDraft(waiting, 4));
            QVERIFY(queue.enqueue(waiting, 4));
        }
        const QString url = m_service->url(QString());
        {
            MoshikomiApp app;
            QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                               dir.path(), QStringLiteral("--new"), QStringLiteral("--language"),
                               QStringLiteral("en")}));
            QVERIFY(!app.sync()->isConfigured());
            app.showQueueList();
            app.showSettings();
            SettingsDialog *dialog = openDialog();
            QVERIFY(dialog);
            // Active itself, not only modal over the active window (which
            // qWaitForWindowActive counts).
            QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
            // Typed as a person would, from the first field on, with Tab;
            // the address as people say it, without https:// (which the
            // field shows in front once left).
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("serviceUrl"));
            QVERIFY(url.startsWith(QStringLiteral("https://")));
            QTest::keyClicks(QApplication::focusWidget(), url.mid(8));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("token"));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("serviceUrl"))->text(), url);
            // Pasted from the administrator's mail, as in its curl example,
            // line break and all.
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bearer ") +
                                                              QString::fromLatin1(token) +
                                                              QStringLiteral(" "));
            // The CA file named from the folder it is in: kept by its whole
            // path, for starts from elsewhere.
            const QFileInfo ca(m_certs.caCertificate());
            QVERIFY(QDir::setCurrent(ca.absolutePath()));
            dialog->findChild<QLineEdit *>(QStringLiteral("caFile"))->setText(ca.fileName());
            dialog->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(dialog->testResultText(),
                                      ConnectionOutcomes::text(ConnectionOutcome::Ok), 15000);
            // For people to look at (README, reviews).
            if (const QString shots = qEnvironmentVariable("MOSHIKOMI_SCREENSHOT_DIR");
                !shots.isEmpty() && QDir().mkpath(shots))
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("settings-tested.png")));
            dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
            QTRY_VERIFY(!openDialog());
            QVERIFY(app.sync()->isConfigured());
            // What waited is sent at once.
            QTRY_COMPARE_WITH_TIMEOUT(app.queue()->entry(waiting.id)->state,
                                      LocalQueue::State::AwaitingConfirmation, 15000);
        }
        // In the keychain, not in a file.
        QByteArray kept;
        QCOMPARE(CredentialStore().read(CredentialStore::tokenKey(url), &kept),
                 CredentialStore::Status::Ok);
        QCOMPARE(kept, token);
        QDir data(dir.path());
        for (const QString &name : data.entryList(QDir::Files)) {
            QFile f(data.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token), qPrintable(name));
        }
        QVERIFY(QDir::setCurrent(dir.path()));
        MoshikomiApp again;
        QVERIFY(again.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                             QStringLiteral("--new")}));
        QVERIFY(again.sync()->isConfigured());
        QCOMPARE(again.sync()->settings().token, token);
        QCOMPARE(again.sync()->settings().caFile,
                 QFileInfo(m_certs.caCertificate()).absoluteFilePath());
    }

    // A revoked token: the app asks for a new one, at the token field.
    void aRefusedTokenAsksForANewOne()
    {
        const QByteArray token = m_service->addStaff(QStringLiteral("jiro"));
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(startWithATokenNeverIssued(app, dir.path(), *m_service, true));
        QVERIFY(app.sync()->isConfigured());
        app.sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(openDialog(), 15000);
        SettingsDialog *dialog = openDialog();
        auto tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("token"));
        QCOMPARE(shownMessageAt(tokenEdit),
                 ConnectionOutcomes::text(ConnectionOutcome::TokenRefused));
        tokenEdit->clear();
        QTest::keyClicks(tokenEdit, QString::fromLatin1(token));
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        QTRY_VERIFY(!openDialog());
        QCOMPARE(app.sync()->settings().token, token);
    }

    // The test button with a token the service refuses: the reason stands
    // at the token, where it is put right, and beside the button only which
    // field that is (the same sentence twice read as two faults).
    void aRefusedTokenInTheTestIsSaidOnceAtTheToken()
    {
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--new"), QStringLiteral("--language"),
                           QStringLiteral("en")}));
        app.showQueueList();
        app.showSettings();
        SettingsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("serviceUrl"))
            ->setText(m_service->url(QString()));
        auto tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("token"));
        tokenEdit->setText(QStringLiteral("a-token-nobody-issued"));
        dialog->findChild<QLineEdit *>(QStringLiteral("caFile"))->setText(m_certs.caCertificate());
        dialog->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        const QString refused = ConnectionOutcomes::text(ConnectionOutcome::TokenRefused);
        QTRY_VERIFY_WITH_TIMEOUT(shownMessageAt(tokenEdit).startsWith(refused), 15000);
        QVERIFY2(!dialog->testResultText().contains(refused), qPrintable(dialog->testResultText()));
        QVERIFY2(dialog->testResultText().contains(QStringLiteral("“Staff token”")),
                 qPrintable(dialog->testResultText()));
        QCOMPARE(QApplication::focusWidget(), tokenEdit);
        dialog->reject();
    }

    // Staff on the phone dismiss the question (they have no new token now):
    // it is not asked again by itself — not when they open the list or come
    // back to it, not at the next round — only when they ask for a sync.
    void aDismissedTokenQuestionIsNotAskedAgainUntilStaffAsk()
    {
        QTemporaryDir dir;
        const std::unique_ptr<ServiceProcess> service = ownService();
        QVERIFY(service);
        MoshikomiApp app;
        QVERIFY(startWithATokenNeverIssued(app, dir.path(), *service, true));
        QVERIFY(dismissTheTokenQuestion());
        app.showQueueList();
        QueueWindow *list = app.queueWindow();
        QVERIFY(list);
        // The list says why nothing goes (and does not offer the token again).
        QTRY_VERIFY_WITH_TIMEOUT(
            list->findChild<QLabel *>(QStringLiteral("syncStatus"))
                ->text()
                .contains(ConnectionOutcomes::text(ConnectionOutcome::TokenRefused)),
            15000);
        QTest::qWait(1000);
        QVERIFY(!openDialog());
        // Asked for: F5 in the list.
        QVERIFY(showActive(list));
        QTest::keyClick(list, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(openDialog(), 15000);
    }

    // Staff start typing as soon as step 1 is there; the start's sync hears
    // meanwhile that the token is refused. The question waits for a pause in
    // the typing: every key lands in the address being typed (none in the
    // dialog's token field, which an Enter would have saved), and then the
    // token is asked for, the one there kept, beside the address, not over it.
    void aRefusedTokenIsAskedForInAPauseOfTheTyping()
    {
        QTemporaryDir dir;
        const std::unique_ptr<ServiceProcess> service = ownService();
        QVERIFY(service);
        MoshikomiApp app;
        QVERIFY(startWithATokenNeverIssued(app, dir.path(), *service, true));
        QVERIFY(showActive(app.wizard()));
        WizardDriver d(app.wizard());
        QLineEdit *address = d.edit(QStringLiteral("customer.address"));
        address->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), address);
        // As Japanese is typed: the input method commits into whatever has
        // the focus, a character every 60 ms (a fast typist), for four seconds.
        const QString name = QStringLiteral("広島市西区大芝一丁目一番一号見守り商事ビル三階"
                                            "情報システム部ネットワーク課山田太郎様宛て"
                                            "正面玄関ではなく北側の通用口よりお入りください");
        int refusedAt = -1;
        for (int i = 0; i < name.size(); ++i) {
            QVERIFY(typeIntoTheFocus(name.mid(i, 1), 60));
            if (refusedAt < 0 && app.sync()->isTokenRefused())
                refusedAt = i;
            QVERIFY2(!openDialog(), qPrintable(QStringLiteral("asked at key %1").arg(i)));
        }
        QVERIFY2(refusedAt >= 0 && refusedAt < name.size() - 10,
                 "the refusal came while the address was typed");
        QCOMPARE(address->text(), name);
        // The pause: asked now, at the token, which still holds the one
        // the service refused.
        QTRY_VERIFY_WITH_TIMEOUT(openDialog(), 5000);
        auto tokenEdit = openDialog()->findChild<QLineEdit *>(QStringLiteral("token"));
        QCOMPARE(shownMessageAt(tokenEdit),
                 ConnectionOutcomes::text(ConnectionOutcome::TokenRefused));
        QCOMPARE(tokenEdit->text(), QStringLiteral("revoked-or-never-issued"));
        QCOMPARE(address->text(), name);
        QVERIFY2(!openDialog()->frameGeometry().intersects(
                     QRect(address->mapToGlobal(QPoint(0, 0)), address->size())),
                 "the address typed stays in sight");
        // Staff who start typing again without looking up: the keys stay
        // with the address; the question waits beside it for a click.
        QCOMPARE(QApplication::activeWindow(), app.wizard());
        const QString more = QStringLiteral("受付");
        QVERIFY(typeIntoTheFocus(more, 60));
        QCOMPARE(address->text(), name + more);
        QCOMPARE(tokenEdit->text(), QStringLiteral("revoked-or-never-issued"));
        QVERIFY(openDialog());
        openDialog()->reject();
    }

    // The network's proxy wants a login (a 407 at a sync round) while staff
    // type: asked in a pause too. The engine's question is given to the app
    // as the engine gives it (tested against a real tinyproxy in
    // TestSyncEngine); Qt never takes a system proxy for a loopback service,
    // so no real 407 reaches an app that syncs with one on this machine.
    void aProxyLoginIsAskedForInAPauseOfTheTyping()
    {
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--new"), QStringLiteral("--language"),
                           QStringLiteral("en")}));
        QVERIFY(app.sync());
        QVERIFY(showActive(app.wizard()));
        WizardDriver d(app.wizard());
        QLineEdit *company = d.edit(QStringLiteral("customer.companyName"));
        company->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), company);
        const auto proxyDialog = []() -> ProxyLoginDialog * {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto d = qobject_cast<ProxyLoginDialog *>(w); d && d->isVisible())
                    return d;
            }
            return nullptr;
        };
        const QString name = QStringLiteral("見守り商事株式会社広島支店情報システム部");
        QVERIFY(typeIntoTheFocus(name.left(3), 100));
        emit app.sync()->proxyCredentialsNeeded(QStringLiteral("proxy.example:3128"), false);
        for (const QChar c : name.mid(3)) {
            QVERIFY2(typeIntoTheFocus(c, 100), "a field to type into");
            QVERIFY2(!proxyDialog(), "asked while typing");
        }
        QCOMPARE(company->text(), name);
        // The pause: asked now, beside the window; typing on goes on into
        // the name.
        QTRY_VERIFY_WITH_TIMEOUT(proxyDialog(), 5000);
        QCOMPARE(QApplication::activeWindow(), app.wizard());
        QVERIFY(typeIntoTheFocus(QStringLiteral("東京"), 100));
        QCOMPARE(company->text(), name + QStringLiteral("東京"));
        // Answered when staff turn to it: kept in the keychain for the proxy.
        ProxyLoginDialog *login = proxyDialog();
        login->findChild<QLineEdit *>(QStringLiteral("proxyUser"))
            ->setText(QStringLiteral("kaisha"));
        login->findChild<QLineEdit *>(QStringLiteral("proxyPassword"))
            ->setText(QStringLiteral("himitsu"));
        login->accept();
        QTRY_VERIFY(!proxyDialog());
        const std::optional<CredentialStore::ProxyLogin> kept =
            CredentialStore(QStringLiteral("Moshikomi"))
                .readProxyLogin(QStringLiteral("proxy.example:3128"));
        QVERIFY(kept);
        QCOMPARE(kept->user, QStringLiteral("kaisha"));
        QCOMPARE(kept->password, QStringLiteral("himitsu"));
    }

    // The proxy's question reads as Japanese is written: no space after 。
    // between its two sentences.
    void theProxyQuestionReadsAsJapanese()
    {
        UiLanguage::install(QStringLiteral("ja"));
        ProxyLoginDialog dialog(QStringLiteral("proxy.example:3128"), false);
        QString intro;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("キーチェーン")))
                intro = label->text();
        }
        UiLanguage::install(QStringLiteral("en"));
        QVERIFY2(intro.contains(QStringLiteral("proxy.example:3128")), qPrintable(intro));
        QVERIFY2(intro.contains(QStringLiteral("。")), qPrintable(intro));
        QVERIFY2(!intro.contains(QStringLiteral("。 ")), qPrintable(intro));
    }

    // An application submitted while the token stands refused waits, and
    // step 6 says why and offers the settings (not "sent when the network
    // allows": it would not be).
    void stepSixSaysTheTokenWasRefused()
    {
        QTemporaryDir dir;
        const std::unique_ptr<ServiceProcess> service = ownService();
        QVERIFY(service);
        MoshikomiApp app;
        QVERIFY(startWithATokenNeverIssued(app, dir.path(), *service, true));
        QVERIFY(dismissTheTokenQuestion());
        WizardDriver d(app.wizard());
        QVERIFY(d.reach(ReviewPageId));
        QVERIFY(d.submit());
        QCOMPARE(app.wizard()->currentId(), int(DonePageId));
        auto done = app.wizard()->currentPage()->findChild<QLabel *>(QStringLiteral("doneText"));
        QVERIFY(done);
        QVERIFY2(done->text().contains(QStringLiteral("refused the staff token")),
                 qPrintable(done->text()));
        auto settings = app.wizard()->currentPage()->findChild<QPushButton *>(
            QStringLiteral("connectionSettings"));
        QVERIFY(settings && settings->isVisible());
        settings->click();
        QTRY_VERIFY(openDialog());
        auto tokenEdit = openDialog()->findChild<QLineEdit *>(QStringLiteral("token"));
        QCOMPARE(shownMessageAt(tokenEdit),
                 ConnectionOutcomes::text(ConnectionOutcome::TokenRefused));
    }

    // Drafts are offered at start while the token is refused: the drafts
    // question is answered first, alone on the screen; the token is asked
    // for once the wizard is there.
    void theTokenIsAskedForAfterTheStartsQuestions()
    {
        const std::unique_ptr<ServiceProcess> service = ownService();
        QVERIFY(service);
        QTemporaryDir dir;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            QVERIFY(queue.saveDraft(TestData::validApplication(), 2));
        }
        bool settingsOverTheDrafts = false;
        bool draftsAsked = false;
        whenModal<DraftsDialog>([&](DraftsDialog *drafts) {
            draftsAsked = true;
            // Long enough for the start's sync to hear the refusal.
            QTest::qWait(3000);
            settingsOverTheDrafts = openDialog() != nullptr;
            drafts->findChild<QPushButton *>(QStringLiteral("new"))->click();
        });
        MoshikomiApp app;
        QVERIFY(startWithATokenNeverIssued(app, dir.path(), *service, false));
        QVERIFY(draftsAsked);
        QVERIFY(app.sync()->isTokenRefused());
        QVERIFY(!settingsOverTheDrafts);
        QTRY_VERIFY_WITH_TIMEOUT(openDialog(), 5000);
    }

private:
    // The app against `service` with a token it never issued (`fresh`: a new
    // application rather than the drafts offered).
    bool startWithATokenNeverIssued(MoshikomiApp &app, const QString &dataDir,
                                    const ServiceProcess &service, bool fresh)
    {
        QStringList arguments{QStringLiteral("moshikomi"),
                              QStringLiteral("--data-dir"),
                              dataDir,
                              QStringLiteral("--language"),
                              QStringLiteral("en"),
                              QStringLiteral("--service-url"),
                              service.url(QString()),
                              QStringLiteral("--ca-file"),
                              m_certs.caCertificate()};
        if (fresh)
            arguments << QStringLiteral("--new");
        qputenv("MOSHIKOMI_STAFF_TOKEN", "revoked-or-never-issued");
        const bool started = app.start(arguments);
        qunsetenv("MOSHIKOMI_STAFF_TOKEN");
        return started;
    }

    // A service of its own for a test that sends wrong tokens: every wrong
    // one counts against 127.0.0.1, and twenty shut it out for ten minutes.
    std::unique_ptr<ServiceProcess> ownService()
    {
        auto service = std::make_unique<ServiceProcess>(
            QStringList{QStringLiteral("--tls-cert"), m_certs.serverCertificate(),
                        QStringLiteral("--tls-key"), m_certs.serverKey()});
        if (!service->start())
            return nullptr;
        service->setCaCertificate(m_certs.caCertificate());
        return service;
    }

    TestCertificates m_certs;
    std::unique_ptr<ServiceProcess> m_service;
};

MOSHIKOMI_TEST(TestSettingsDialog)
#include "tst_settingsdialog.moc"
