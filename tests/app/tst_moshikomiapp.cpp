#include "app/moshikomiapp.h"
#include "appqueue.h"
#include "client/connectionsettings.h"
#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "core/wirecodec.h"
#include "queuefixtures.h"
#include "serviceprocess.h"
#include "showactive.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"
#include "tmpfs.h"
#include "ui/additionalinfoeditor.h"
#include "ui/applicationwizard.h"
#include "ui/deadlinetext.h"
#include "ui/destinationrow.h"
#include "ui/destinationseditor.h"
#include "ui/destinationspage_p.h"
#include "ui/draftsdialog.h"
#include "ui/queuewindow.h"
#include "ui/validatedfield.h"
#include "ui/wizardpageid.h"
#include "whenmodal.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
// Answers the drafts dialog when it comes up (it is modal, from start()).
void resumeFirstDraftWhenAsked(bool resume, bool *asked, int attempts = 100)
{
    whenModal<DraftsDialog>(
        [resume, asked](DraftsDialog *dialog) {
            *asked = true;
            dialog
                ->findChild<QPushButton *>(resume ? QStringLiteral("resume")
                                                  : QStringLiteral("new"))
                ->click();
        },
        attempts * 5 / 2);
}

// Reads and closes the message box the app shows while starting.
void answerMessageBox(QString *text, int attempts = 100)
{
    whenModal<QMessageBox>(
        [text](QMessageBox *box) {
            *text = box->text();
            box->accept();
        },
        attempts);
}

QUuid saveDraft(const QString &dir, int step)
{
    LocalQueue queue;
    if (!queue.open(dir, appQueueOptions()))
        return {};
    Application a = TestData::validApplication();
    a.destinations.append(TestData::validDestination());
    a.destinations[1].department = QStringLiteral("倉庫");
    queue.saveDraft(a, step);
    return a.id;
}

// An application the service refused for its email address, in the queue
// in `dir` as sync leaves it (null id on failure).
Application refusedForItsEmail(const QString &dir)
{
    LocalQueue queue;
    if (!queue.open(dir, appQueueOptions()))
        return {};
    return QueueFixtures::rejected(
        queue, TestData::validApplication(),
        {{QStringLiteral("customer.email"), QStringLiteral("invalid_email"),
          QStringLiteral("このアドレスには届きません。")}});
}

// Started with a service set up and no network to it (a port nobody listens
// on): every send is refused a connection. The token stays in the
// environment for the session; the caller takes it out.
bool startWithoutNetwork(MoshikomiApp &app, const QString &dir, const QString &language)
{
    qputenv("MOSHIKOMI_STAFF_TOKEN", "a-token-that-goes-nowhere");
    return app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir,
                      QStringLiteral("--new"), QStringLiteral("--language"), language,
                      QStringLiteral("--service-url"),
                      QStringLiteral("https://127.0.0.1:%1").arg(ServiceProcess::freePort())});
}
// Clicks the wizard's language button, as a person does; true once the
// windows are back in `language`.
// The line edits told they have the focus and not told since that they lost
// it: each draws a blinking cursor, so one at most should be.
class FocusLedger : public QObject
{
public:
    FocusLedger() { qApp->installEventFilter(this); }
    ~FocusLedger() override { qApp->removeEventFilter(this); }
    QList<QLineEdit *> blinking(const QWidget *window) const
    {
        QList<QLineEdit *> edits;
        for (QLineEdit *e : window->findChildren<QLineEdit *>()) {
            if (m_inside.contains(e))
                edits.append(e);
        }
        return edits;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn)
            m_inside.insert(watched);
        else if (event->type() == QEvent::FocusOut)
            m_inside.remove(watched);
        return false;
    }

private:
    QSet<QObject *> m_inside;
};

// A new application in `language`, nothing asked about drafts.
bool startNew(MoshikomiApp &app, const QString &dir, const QString &language)
{
    return app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir,
                      QStringLiteral("--new"), QStringLiteral("--language"), language});
}

bool switchLanguageByClick(MoshikomiApp &app, const QString &language)
{
    QTest::mouseClick(app.wizard()->button(QWizard::CustomButton2), Qt::LeftButton);
    return QTest::qWaitFor([&] {
        return app.wizard() && app.wizard()->isVisible() && UiLanguage::current() == language;
    });
}
} // namespace

class TestMoshikomiApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithANewApplicationWhenThereAreNoDrafts()
    {
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja")}));
        QVERIFY(app.wizard());
        QVERIFY(app.wizard()->isVisible());
        QCOMPARE(app.wizard()->currentId(), int(CustomerPageId));
        QCOMPARE(UiLanguage::current(), QStringLiteral("ja"));
    }

    void aSecondStartBringsTheFirstForward()
    {
        // A double click too many: the second start must not open the draft
        // being typed in the first (each would save over the other).
        QTemporaryDir dir;
        MoshikomiApp first;
        QVERIFY(first.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                             QStringLiteral("--language"), QStringLiteral("ja")}));
        WizardDriver d(first.wizard());
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
        first.wizard()->showMinimized();
        QTRY_VERIFY(first.wizard()->windowState() & Qt::WindowMinimized);

        QProcess second;
        second.start(QStringLiteral(MOSHIKOMI_APP_BINARY),
                     {QStringLiteral("--data-dir"), dir.path()});
        // The first answers from its event loop, which QTRY keeps running.
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 20000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(second.readAllStandardError()).contains(QStringLiteral("既に")),
                 "the second start says why it ended");
        QVERIFY(!(first.wizard()->windowState() & Qt::WindowMinimized));
        QVERIFY(first.wizard()->isVisible());
        QCOMPARE(d.edit(QStringLiteral("customer.companyName"))->text(),
                 QStringLiteral("見守り商事"));
    }

    void aFolderHeldByAProcessThatDoesNotAnswerIsSaid()
    {
        QTemporaryDir dir;
        // Held by a live process (this one) that listens for nobody.
        QLockFile held(QDir(dir.path()).filePath(QStringLiteral("moshikomi.lock")));
        QVERIFY(held.tryLock(0));
        QString said;
        answerMessageBox(&said, 400);
        MoshikomiApp app;
        QVERIFY(!app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--language"), QStringLiteral("ja")}));
        QVERIFY(!app.handedOver());
        QVERIFY(!app.wizard());
        QVERIFY2(said.contains(QDir::toNativeSeparators(dir.path())) &&
                     said.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(said));
        held.unlock();
        // Once it is free, the app starts.
        MoshikomiApp again;
        QVERIFY(again.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                             QStringLiteral("--new")}));
        QVERIFY(again.wizard()->isVisible());
    }

    void startedAgainWhileTheLastOneEnds()
    {
        // Closed and started again at once: the folder is still held for a
        // moment by a process that no longer answers. The start waits for it.
        QTemporaryDir dir;
        QProcess ending;
        ending.start(QStringLiteral("sleep"), {QStringLiteral("1")});
        QVERIFY(ending.waitForStarted());
        QFile lock(QDir(dir.path()).filePath(QStringLiteral("moshikomi.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // What QLockFile writes: pid, program, host, machine id, boot id.
        lock.write(QByteArray::number(ending.processId()) + "\nsleep\n" +
                   QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() +
                   '\n' + QSysInfo::bootUniqueId() + '\n');
        lock.close();
        // Were "does not answer" said instead, it is read and closed (and the
        // test fails) rather than left waiting for a click.
        auto said = std::make_shared<QString>();
        auto listening = std::make_shared<bool>(true);
        const auto stopListening = qScopeGuard([listening] { *listening = false; });
        whenModal<QMessageBox>(
            [said, listening](QMessageBox *box) {
                if (!*listening)
                    return; // another test's question
                *said = box->text();
                box->accept();
            },
            100);
        MoshikomiApp app;
        QVERIFY2(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--language"), QStringLiteral("ja")}),
                 qPrintable(*said));
        QCOMPARE(ending.state(), QProcess::NotRunning);
        QVERIFY(app.wizard()->isVisible());
    }

    void offersDraftsAndResumesAtTheirStep()
    {
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), DestinationsPageId);
        bool asked = false;
        resumeFirstDraftWhenAsked(true, &asked);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path()}));
        QVERIFY(asked);
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->application().id, id);
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        auto editor = static_cast<DestinationsPage *>(w->currentPage())->editor();
        QCOMPARE(editor->count(), 2);
        QCOMPARE(editor->destinations()[1].department, QStringLiteral("倉庫"));
        // Ready for typing in the step's first field: Enter then goes on,
        // Space cannot press a button nobody chose (a row's Remove).
        QTest::qWait(200);
        QCOMPARE(QApplication::focusWidget(), editor->row(0)->firstInput());
    }

    void resumeOfAnUnknownIdSaysSoAndOffersTheDrafts()
    {
        const QString resume = QStringLiteral("0b6f7a3e-5a4d-4c1e-9f2a-1d2c3b4a5f60");
        const QString says = QStringLiteral("ありません");
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), DestinationsPageId);
        QString told;
        answerMessageBox(&told);
        bool asked = false;
        resumeFirstDraftWhenAsked(true, &asked, 200);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--resume"), resume}));
        QVERIFY2(told.contains(says) && told.contains(resume), qPrintable(told));
        QVERIFY(asked);
        QCOMPARE(app.wizard()->application().id, id);
    }

    // A refused application waits for a correction: --resume opens it as
    // the list's Open does, the service's words at the field.
    void resumeOfARejectedApplicationOpensItForCorrection()
    {
        QTemporaryDir dir;
        const Application a = refusedForItsEmail(dir.path());
        QVERIFY(!a.id.isNull());
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--resume"), a.id.toString(QUuid::WithoutBraces)}));
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->application().id, a.id);
        QCOMPARE(app.queue()->entry(a.id)->state, LocalQueue::State::Draft);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        auto email = w->findChild<QLineEdit *>(QStringLiteral("customer.email"));
        QCOMPARE(qobject_cast<ValidatedField *>(email->parentWidget())->shownMessage(),
                 QStringLiteral("このアドレスには届きません。"));
    }

    // A refusal that came while another application was typed (or while
    // the app was closed) is seen on the wizard's list button, until it is
    // opened for correction.
    void theListButtonNamesRefusalsToCorrect()
    {
        QTemporaryDir dir;
        const Application a = refusedForItsEmail(dir.path());
        QVERIFY(!a.id.isNull());
        MoshikomiApp app;
        QVERIFY(startNew(app, dir.path(), QStringLiteral("ja")));
        QAbstractButton *list = app.wizard()->button(QWizard::CustomButton1);
        QVERIFY2(list->text().contains(QStringLiteral("要修正 1 件")), qPrintable(list->text()));
        QVERIFY(list->accessibleDescription().contains(QStringLiteral("1 件")));
        // Another refused meanwhile: two.
        Application b = TestData::validApplication();
        b.customer.companyName = QStringLiteral("二件目株式会社");
        QVERIFY(!QueueFixtures::rejected(
                     *app.queue(), b,
                     {{QStringLiteral("customer.phone"), QStringLiteral("invalid_phone"),
                       QStringLiteral("この番号は使われていません。")}})
                     .id.isNull());
        QTRY_VERIFY2(list->text().contains(QStringLiteral("要修正 2 件")),
                     qPrintable(list->text()));
        // Opened for correction, each stops counting.
        app.reopenRejected(a.id);
        app.reopenRejected(b.id);
        list = app.wizard()->button(QWizard::CustomButton1);
        QTRY_COMPARE(list->text(), QStringLiteral("申込み一覧(&L)"));
    }

    // One sent already is not "unknown": where it stands is said.
    void resumeOfASubmittedApplicationSaysWhereItStands()
    {
        QTemporaryDir dir;
        QUuid id;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            id = QueueFixtures::awaitingConfirmation(queue).id;
            QVERIFY(!id.isNull());
        }
        QString told;
        answerMessageBox(&told);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--resume"), id.toString(QUuid::WithoutBraces)}));
        QVERIFY2(
            told.contains(QStringLiteral("送信済み")) &&
                told.contains(QueueTableModel::stateLabel(LocalQueue::State::AwaitingConfirmation)),
            qPrintable(told));
        QVERIFY(app.wizard()->application().id != id);
    }

    void readOnlyQueueOpensReadOnly()
    {
        QTemporaryDir dir;
        Tmpfs tmpfs(dir.path(), "size=8m");
        QVERIFY2(tmpfs.isMounted(), qPrintable(tmpfs.error()));
        const QUuid id = saveDraft(dir.path(), DestinationsPageId);
        QVERIFY(tmpfs.remountReadOnly());
        QString told;
        answerMessageBox(&told);
        bool asked = false;
        resumeFirstDraftWhenAsked(true, &asked, 200);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja")}));
        QVERIFY2(told.contains(QStringLiteral("読み取り専用")), qPrintable(told));
        // The draft is offered and shown as it was saved.
        QVERIFY(asked);
        QCOMPARE(app.wizard()->application().id, id);
        QCOMPARE(app.wizard()->currentId(), int(DestinationsPageId));
    }

    void aRejectedApplicationShowsTheServicesWordsAtItsFields()
    {
        QTemporaryDir dir;
        Application a = TestData::validApplication();
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            a = QueueFixtures::rejected(
                queue, a,
                {{QStringLiteral("customer.email"), QStringLiteral("invalid_email"),
                  QStringLiteral("このアドレスには届きません。")},
                 {QStringLiteral("destinations[0].phone"), QStringLiteral("invalid_phone"),
                  QStringLiteral("この番号は使われていません。")}});
            QVERIFY(!a.id.isNull());
        }
        MoshikomiApp app;
        QVERIFY(startNew(app, dir.path(), QStringLiteral("ja")));
        app.reopenRejected(a.id);
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->application().id, a.id);
        QCOMPARE(app.queue()->entry(a.id)->state, LocalQueue::State::Draft);
        // At the first step with a fault, the words at the field.
        QCOMPARE(w->currentId(), int(CustomerPageId));
        auto email = w->findChild<QLineEdit *>(QStringLiteral("customer.email"));
        auto emailField = qobject_cast<ValidatedField *>(email->parentWidget());
        QCOMPARE(emailField->shownMessage(), QStringLiteral("このアドレスには届きません。"));
        // Corrected, the message goes.
        email->setText(QStringLiteral("taro@example.co.jp"));
        QCOMPARE(emailField->shownMessage(), QString());
        // On the next step, the destination's phone says what the service said.
        w->next();
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        auto phone = w->findChild<QWidget *>(QStringLiteral("destination1"))
                         ->findChild<QLineEdit *>(QStringLiteral("phone"));
        QCOMPARE(qobject_cast<ValidatedField *>(phone->parentWidget())->shownMessage(),
                 QStringLiteral("この番号は使われていません。"));
    }

    // Entered offline against a step-3 form the service no longer knows
    // (the service publishes a new version): staff are told what to do, at
    // the step that wants them — step 3 when the new form asks for more,
    // else the review — and the next submit names the form shown now.
    void aRejectedFormVersionSaysWhatToDo_data()
    {
        QTest::addColumn<bool>("asksForMore");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("words");
        QTest::newRow("the same fields")
            << false << int(ReviewPageId) << QStringLiteral("確認画面で内容を確かめ");
        QTest::newRow("a new required field")
            << true << int(AdditionalInfoPageId) << QStringLiteral("ステップ3");
    }
    void aRejectedFormVersionSaysWhatToDo()
    {
        QFETCH(bool, asksForMore);
        QFETCH(int, step);
        QFETCH(QString, words);
        QTemporaryDir dir;
        QJsonObject schema = QJsonDocument::fromJson(TestData::sampleSchemaJson()).object();
        schema[QStringLiteral("version")] = QStringLiteral("2026-12-b");
        if (asksForMore) {
            QJsonArray fields = schema.value(QStringLiteral("fields")).toArray();
            fields.append(
                QJsonObject{{QStringLiteral("key"), QStringLiteral("seats")},
                            {QStringLiteral("type"), QStringLiteral("number")},
                            {QStringLiteral("required"), true},
                            {QStringLiteral("label"),
                             QJsonObject{{QStringLiteral("ja"), QStringLiteral("席数")},
                                         {QStringLiteral("en"), QStringLiteral("Seats")}}}});
            schema[QStringLiteral("fields")] = fields;
        }
        const QString schemaFile = dir.filePath(QStringLiteral("published.json"));
        QFile f(schemaFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(schema).toJson());
        f.close();
        Application a = TestData::validApplication();
        a.formVersion = QStringLiteral("2026-11-a");
        a.additionalInfo = {{QStringLiteral("contractNumber"), QStringLiteral("ABC-12345")},
                            {QStringLiteral("plan"), QStringLiteral("standard")}};
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            a = QueueFixtures::rejected(
                queue, a,
                {{QStringLiteral("formVersion"), QStringLiteral("unknown_form_version"),
                  QStringLiteral("この版の追加情報フォームは登録されていません。")}});
            QVERIFY(!a.id.isNull());
        }
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--new"), QStringLiteral("--language"),
                           QStringLiteral("ja"), QStringLiteral("--additional-info"), schemaFile}));
        QString told;
        answerMessageBox(&told);
        app.reopenRejected(a.id);
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->currentId(), step);
        QVERIFY2(told.contains(QStringLiteral("追加情報の項目が変わりました")) &&
                     told.contains(words),
                 qPrintable(told));
        QVERIFY2(!told.contains(QStringLiteral("登録されていません")), qPrintable(told));
        QCOMPARE(w->application().formVersion, QStringLiteral("2026-12-b"));
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("contractNumber")),
                 QVariant(QStringLiteral("ABC-12345")));
    }

    // After a problem the operator reported (or for another site of the
    // same customer), a new application starts from what this one holds:
    // a new draft under a new id, at step 1, the other left as it was.
    // At a customer site without network: submitted, then the customer
    // spells the address again. The list opens it (after asking: Enter keeps
    // it waiting), at the review, to correct and submit again; one whose
    // send may have reached the service only shows its story.
    void aQueuedApplicationNeverSentIsCorrected()
    {
        QTemporaryDir dir;
        Application a = TestData::validApplication();
        a.customer.email = QStringLiteral("taro.yamda@example.co.jp");
        a.customer.emailConfirm = a.customer.email;
        Application tried = TestData::validApplication();
        tried.id = QUuid::createUuid();
        tried.customer.companyName = QStringLiteral("株式会社送信済み");
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            a = QueueFixtures::queued(queue, a);
            tried = QueueFixtures::queued(queue, tried);
            QVERIFY(!a.id.isNull() && !tried.id.isNull());
            QVERIFY(queue.transition(tried.id, LocalQueue::State::Sending));
            // No answer in time: it may have reached the service.
            QVERIFY(
                queue.transition(tried.id, LocalQueue::State::Queued,
                                 QStringLiteral(R"({"error":"connection","outcome":"timeout"})")));
        }
        // Tried, and refused a connection: the service cannot have it.
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(startWithoutNetwork(app, dir.path(), QStringLiteral("ja")));
        QTRY_VERIFY_WITH_TIMEOUT(app.queue()->entry(a.id)->lastError.contains(u"unreachable"),
                                 15000);
        app.showQueueList();
        QueueWindow *list = app.queueWindow();
        QVERIFY(list);
        auto view = list->findChild<QAbstractItemView *>();
        auto open = list->findChild<QAction *>(QStringLiteral("open"));
        QVERIFY(view && open);
        const auto select = [&](const QString &company) {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const QModelIndex i = view->model()->index(r, 0);
                if (i.data().toString() == company) {
                    view->setCurrentIndex(i);
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY(select(tried.customer.companyName));
        QVERIFY(!open->isEnabled());
        QVERIFY(select(a.customer.companyName));
        QVERIFY(open->isEnabled());
        // Enter on the question keeps it waiting.
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        open->trigger();
        QVERIFY2(question.contains(QStringLiteral("まだ送信されていません")), qPrintable(question));
        QCOMPARE(app.queue()->entry(a.id)->state, LocalQueue::State::Queued);
        // Corrected: a draft again, at the review, the values there.
        whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().contains(QStringLiteral("修正する")))
                    b->click();
            }
        });
        open->trigger();
        QCOMPARE(app.queue()->entry(a.id)->state, LocalQueue::State::Draft);
        ApplicationWizard *w = app.wizard();
        QTRY_COMPARE(w->application().id, a.id);
        QCOMPARE(w->currentId(), int(ReviewPageId));
        QCOMPARE(w->application().customer.email, a.customer.email);
        WizardDriver d(w);
        w->back();
        w->back();
        w->back();
        w->back();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro.yamada@example.co.jp"));
        d.type(QStringLiteral("customer.emailConfirm"),
               QStringLiteral("taro.yamada@example.co.jp"));
        QVERIFY(d.reach(ReviewPageId));
        QVERIFY(d.submit());
        const std::optional<LocalQueue::Entry> e = app.queue()->entry(a.id);
        QCOMPARE(e->state, LocalQueue::State::Queued);
        QCOMPARE(WireCodec::decode(e->payload).application.customer.email,
                 QStringLiteral("taro.yamada@example.co.jp"));
        // The other one only shows its story.
        QCOMPARE(app.queue()->entry(tried.id)->state, LocalQueue::State::Queued);
    }

    void anApplicationIsReusedAsANewOne()
    {
        QTemporaryDir dir;
        Application a = TestData::validApplication();
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            a = QueueFixtures::awaitingConfirmation(queue, a);
            QVERIFY(!a.id.isNull());
            QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::ProblemReported,
                                             QStringLiteral("住所が見つかりません")));
        }
        MoshikomiApp app;
        QVERIFY(startNew(app, dir.path(), QStringLiteral("ja")));
        app.reuseAsNew(a.id);
        ApplicationWizard *w = app.wizard();
        const Application copy = w->application();
        QVERIFY(copy.id != a.id);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QCOMPARE(copy.customer.companyName, a.customer.companyName);
        QCOMPARE(copy.customer.email, a.customer.email);
        QCOMPARE(copy.destinations.size(), a.destinations.size());
        QCOMPARE(copy.loginUsers.first().email, a.loginUsers.first().email);
        QCOMPARE(app.queue()->entry(copy.id)->state, LocalQueue::State::Draft);
        QCOMPARE(app.queue()->entry(a.id)->state, LocalQueue::State::ProblemReported);
        // The copy goes through the steps as any draft: Next from step 1.
        QVERIFY(w->currentPage()->isComplete());
    }

    void missingSchemaFileIsNotFound()
    {
        QTemporaryDir dir;
        QString told;
        answerMessageBox(&told);
        MoshikomiApp app;
        QVERIFY(!app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--language"), QStringLiteral("ja"),
                            QStringLiteral("--additional-info"),
                            QStringLiteral("/nonexistent/schema.json")}));
        QVERIFY2(told.contains(QStringLiteral("見つかりません")), qPrintable(told));
        QVERIFY(told.contains(QStringLiteral("/nonexistent/schema.json")));
    }

    // A schema file that cannot be used is said wholly in the UI's language:
    // which field and what is wrong with it.
    void aFaultySchemaIsSaidInJapanese_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("said");
        QTest::newRow("invalid pattern")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"text\"},"
                          "{\"key\":\"b\",\"type\":\"text\",\"pattern\":\"([\"}]}")
            << QStringLiteral("フィールド 2 の「pattern」は正しい正規表現ではありません。");
        QTest::newRow("no version")
            << QByteArray("{\"fields\":[]}") << QStringLiteral("「version」がありません。");
        QTest::newRow("not JSON") << QByteArray("{\"version\":") << QStringLiteral("JSON");
    }

    void aFaultySchemaIsSaidInJapanese()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("schema.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        QString told;
        answerMessageBox(&told);
        MoshikomiApp app;
        QVERIFY(!app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--language"), QStringLiteral("ja"),
                            QStringLiteral("--additional-info"), file}));
        QVERIFY2(told.contains(said), qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral("使用できません")), qPrintable(told));
        // No English sentence of the core in a Japanese message.
        for (const char *english : {"invalid", "must be", "missing", "pattern\" "})
            QVERIFY2(!told.contains(QLatin1StringView(english)), qPrintable(told));
    }

    // Ctrl+Q ends the application from either window, also where no window
    // manager gives Alt+F4; what was typed is kept as a draft.
    void ctrlQEndsTheApplicationAndKeepsWhatWasTyped_data()
    {
        QTest::addColumn<bool>("fromTheList");
        QTest::newRow("from the wizard") << false;
        QTest::newRow("from the list") << true;
    }
    void ctrlQEndsTheApplicationAndKeepsWhatWasTyped()
    {
        QFETCH(bool, fromTheList);
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja")}));
        QPointer<ApplicationWizard> wizard = app.wizard();
        WizardDriver d(wizard);
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社終了確認"));
        app.showQueueList();
        QPointer<QWidget> list;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QueueWindow *>(w) && w->isVisible())
                list = w;
        QVERIFY(list);
        QWidget *from = fromTheList ? list.data() : static_cast<QWidget *>(wizard.data());
        from->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(from));
        QTest::keyClick(from, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!wizard || !wizard->isVisible());
        QTRY_VERIFY(!list || !list->isVisible());
        QCOMPARE(app.queue()->drafts().size(), 1);
        QCOMPARE(app.queue()->drafts().first().companyName, QStringLiteral("株式会社終了確認"));
    }

    void newApplicationInsteadOfTheDraft()
    {
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), LoginUsersPageId);
        bool asked = false;
        resumeFirstDraftWhenAsked(false, &asked);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path()}));
        QVERIFY(asked);
        QVERIFY(app.wizard()->application().id != id);
        QCOMPARE(app.wizard()->currentId(), int(CustomerPageId));
        // The draft is still there for later.
        QCOMPARE(app.queue()->entry(id)->state, LocalQueue::State::Draft);
    }

    // Staff typing an application ask the list for a new one (a second
    // customer called): what was typed is kept as a draft and the list says
    // so; an untouched window makes way without a word.
    void theListSaysWhatWasTypedIsKeptWhenAnotherApplicationIsStarted()
    {
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(startNew(app, dir.path(), QStringLiteral("ja")));
        QVERIFY(showActive(app.wizard()));
        const QUuid first = app.wizard()->application().id;
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Draft Check KK"));
        app.showQueueList();
        QueueWindow *list = app.queueWindow();
        QVERIFY(list);
        QVERIFY(showActive(list));
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(app.wizard() && app.wizard()->application().id != first);
        QCOMPARE(app.queue()->entry(first)->application.customer.companyName,
                 QStringLiteral("Draft Check KK"));
        QVERIFY2(list->statusBar()->currentMessage().contains(QStringLiteral(
                     "Draft Check KK の入力内容は入力途中の申込みとして保存しました")),
                 qPrintable(list->statusBar()->currentMessage()));
        list->statusBar()->clearMessage();
        QVERIFY(showActive(list));
        const QUuid second = app.wizard()->application().id;
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(app.wizard() && app.wizard()->application().id != second);
        QCOMPARE(list->statusBar()->currentMessage(), QString());
    }

    // The draft being typed, deleted from the list (staff discard what the
    // customer gave up on): the question says the application window is
    // the one, and that window starts a new application; typing on does
    // not bring the deleted draft back.
    void deletingTheDraftBeingTypedStartsANewOne()
    {
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(startNew(app, dir.path(), QStringLiteral("ja")));
        QVERIFY(showActive(app.wizard()));
        const QUuid typed = app.wizard()->application().id;
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Gave Up KK"));
        QTRY_VERIFY_WITH_TIMEOUT(app.queue()->entry(typed), 5000); // saved as a draft
        app.showQueueList();
        QueueWindow *list = app.queueWindow();
        QVERIFY(list);
        QVERIFY(showActive(list));
        QTRY_VERIFY(list->view()->model()->rowCount() == 1);
        list->view()->setFocus();
        QTRY_COMPARE(list->view()->currentIndex().row(), 0);
        QString question;
        WizardDriver::answerWhenAsked(QStringLiteral("削除"), &question);
        QTest::keyClick(list->view(), Qt::Key_Delete);
        QVERIFY2(question.contains(QStringLiteral("Gave Up KK")) &&
                     question.contains(QStringLiteral("入力画面")),
                 qPrintable(question));
        QVERIFY(!app.queue()->entry(typed));
        QTRY_VERIFY(app.wizard() && app.wizard()->application().id != typed);
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        auto company = w->findChild<QLineEdit *>(QStringLiteral("customer.companyName"));
        QCOMPARE(company->text(), QString());
        QTRY_VERIFY(w->isVisible());
        // Typed on in the new one: the deleted draft stays deleted.
        QTest::keyClicks(company, QStringLiteral("Next KK"));
        QTRY_VERIFY_WITH_TIMEOUT(app.queue()->entry(w->application().id), 5000);
        QVERIFY(!app.queue()->entry(typed));
    }

    void languageSwitchKeepsTheApplicationAndIsRemembered()
    {
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), DestinationsPageId);
        {
            MoshikomiApp app;
            QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                               dir.path(), QStringLiteral("--language"), QStringLiteral("ja"),
                               QStringLiteral("--resume"), id.toString()}));
            QCOMPARE(app.wizard()->currentPage()->title(), QStringLiteral("UTM送付先入力"));
            QAbstractButton *language = app.wizard()->button(QWizard::CustomButton2);
            QCOMPARE(language->text(), QStringLiteral("English"));
            language->click();
            QTRY_VERIFY(app.wizard() && app.wizard()->isVisible());
            QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
            QCOMPARE(app.wizard()->currentPage()->title(), QStringLiteral("UTM destinations"));
            QCOMPARE(app.wizard()->application().id, id);
            QCOMPARE(app.wizard()->currentId(), int(DestinationsPageId));
        }
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        MoshikomiApp again;
        QVERIFY(again.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                             QStringLiteral("--new")}));
        QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
    }

    // Switched mid-application, as staff do to read a message in the other
    // language: the messages shown stay, in the new words; those not shown
    // yet stay hidden; the next key lands where the cursor was.
    void languageSwitchKeepsTheMessagesAndTheCursor()
    {
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(startNew(app, dir.path(), QStringLiteral("en")));
        QVERIFY(showActive(app.wizard()));
        {
            WizardDriver d(app.wizard());
            d.type(QStringLiteral("customer.companyName"), QStringLiteral("Beta Corp"));
            d.type(QStringLiteral("customer.email"), QStringLiteral("beta@corp"));
            d.type(QStringLiteral("customer.postalCode"), QStringLiteral("12"));
            d.type(QStringLiteral("customer.address"), QStringLiteral("Hiroshima-shi"));
            d.edit(QStringLiteral("customer.address"))->setCursorPosition(10);
            QCOMPARE(d.messageFor(QStringLiteral("customer.email")),
                     QStringLiteral("After the @ comes a domain with a dot, as in example.co.jp."));
            QVERIFY(!d.messageFor(QStringLiteral("customer.postalCode")).isEmpty());
        }
        // By mouse: the keyboard stays in the address meanwhile.
        const FocusLedger focus;
        QVERIFY(switchLanguageByClick(app, QStringLiteral("ja")));
        WizardDriver d(app.wizard());
        QCOMPARE(
            d.messageFor(QStringLiteral("customer.email")),
            QStringLiteral("@ の後は example.co.jp のようにドット（.）を含めて入力してください。"));
        QVERIFY2(d.messageFor(QStringLiteral("customer.postalCode")).startsWith(u"郵便番号"),
                 qPrintable(d.messageFor(QStringLiteral("customer.postalCode"))));
        // Never left: nothing said of them yet.
        QCOMPARE(d.messageFor(QStringLiteral("customer.lastName")), QString());
        QCOMPARE(d.messageFor(QStringLiteral("customer.phone")), QString());
        QLineEdit *address = d.edit(QStringLiteral("customer.address"));
        QTRY_COMPARE(app.wizard()->focusWidget(), address);
        // One cursor blinks, there: the first field, focused as the window
        // came up, was left with one too.
        QTest::qWait(50);
        QCOMPARE(focus.blinking(app.wizard()), QList<QLineEdit *>{address});
        QTest::keyClicks(address, QStringLiteral("X"));
        QCOMPARE(address->text(), QStringLiteral("Hiroshima-Xshi"));
    }

    // A question under the address (a domain like a slip) is said again in
    // the new words, not dropped with the old window.
    void languageSwitchKeepsTheQuestionUnderTheAddress()
    {
        QTemporaryDir dir;
        MoshikomiApp app;
        QVERIFY(startNew(app, dir.path(), QStringLiteral("en")));
        QVERIFY(showActive(app.wizard()));
        {
            WizardDriver d(app.wizard());
            d.type(QStringLiteral("customer.email"), QStringLiteral("taro@gmial.com"));
            d.tab();
            QCOMPARE(d.messageFor(QStringLiteral("customer.email")),
                     QStringLiteral("Is gmial.com perhaps gmail.com? Read the address back to the "
                                    "customer."));
        }
        QVERIFY(switchLanguageByClick(app, QStringLiteral("ja")));
        WizardDriver d(app.wizard());
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")),
                 QStringLiteral("「gmial.com」は「gmail.com」の誤りではありませんか？"
                                "お客様にアドレスを読み上げて確認してください。"));
    }

    // In a row of step 2: the message of the destination that showed one.
    void languageSwitchKeepsTheMessageOfARow()
    {
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), DestinationsPageId);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--resume"), id.toString()}));
        QVERIFY(showActive(app.wizard()));
        {
            WizardDriver d(app.wizard());
            d.type(QStringLiteral("phone"), QStringLiteral("0821"), 1);
            d.tab();
            QVERIFY(!d.messageFor(QStringLiteral("phone"), 1).isEmpty());
        }
        QVERIFY(switchLanguageByClick(app, QStringLiteral("en")));
        QCOMPARE(app.wizard()->currentId(), int(DestinationsPageId));
        WizardDriver d(app.wizard());
        QVERIFY2(d.messageFor(QStringLiteral("phone"), 1).contains(u"digits"),
                 qPrintable(d.messageFor(QStringLiteral("phone"), 1)));
        QCOMPARE(d.messageFor(QStringLiteral("phone"), 0), QString());
    }

    // Read back down to the login users on the review, then switched: the
    // review comes back at that place, not at its top.
    void languageSwitchKeepsThePlaceReadToOnTheReview()
    {
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), ReviewPageId);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--resume"), id.toString()}));
        QVERIFY(showActive(app.wizard()));
        QCOMPARE(app.wizard()->currentId(), int(ReviewPageId));
        const auto reviewBar = [&app] {
            return app.wizard()->currentPage()->findChild<QScrollArea *>()->verticalScrollBar();
        };
        QTRY_VERIFY(reviewBar()->maximum() > 0);
        reviewBar()->setValue(reviewBar()->maximum());
        QVERIFY(switchLanguageByClick(app, QStringLiteral("en")));
        QCOMPARE(app.wizard()->currentId(), int(ReviewPageId));
        QTRY_VERIFY(reviewBar()->maximum() > 0);
        QTRY_VERIFY2(
            reviewBar()->value() > reviewBar()->maximum() * 9 / 10,
            qPrintable(
                QStringLiteral("%1 of %2").arg(reviewBar()->value()).arg(reviewBar()->maximum())));
    }

    // Sent from the review to change destination 2, then switched: the way
    // straight back to the review is still there.
    void languageSwitchKeepsTheWayBackToTheReview()
    {
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), ReviewPageId);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--resume"), id.toString()}));
        QVERIFY(showActive(app.wizard()));
        const QList<QPushButton *> change =
            app.wizard()->currentPage()->findChildren<QPushButton *>(
                QStringLiteral("edit%1").arg(int(DestinationsPageId)));
        QCOMPARE(change.size(), 2);
        change[1]->click();
        QCOMPARE(app.wizard()->currentId(), int(DestinationsPageId));
        QVERIFY(switchLanguageByClick(app, QStringLiteral("en")));
        QCOMPARE(app.wizard()->currentId(), int(DestinationsPageId));
        auto back = app.wizard()->findChild<QAbstractButton *>(QStringLiteral("returnToReview"));
        QVERIFY(back && back->isVisible());
        QCOMPARE(back->text(), QStringLiteral("Back to the &review"));
        back->click();
        QCOMPARE(app.wizard()->currentId(), int(ReviewPageId));
    }

    // The list open beside the wizard keeps the search typed in it, and
    // stays behind the wizard.
    void languageSwitchKeepsTheListsSearch()
    {
        QTemporaryDir dir;
        const QUuid id = saveDraft(dir.path(), DestinationsPageId);
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--resume"), id.toString()}));
        app.wizard()->button(QWizard::CustomButton1)->click();
        QTRY_VERIFY(app.queueWindow() && app.queueWindow()->isVisible());
        QTRY_COMPARE(app.queueWindow()->model()->rowCount(), 1);
        QTest::keyClicks(app.queueWindow()->findChild<QLineEdit *>(QStringLiteral("search")),
                         QStringLiteral("no such company"));
        QTRY_COMPARE(app.queueWindow()->model()->rowCount(), 0);
        QVERIFY(switchLanguageByClick(app, QStringLiteral("en")));
        QVERIFY(app.queueWindow() && app.queueWindow()->isVisible());
        QCOMPARE(app.queueWindow()->findChild<QLineEdit *>(QStringLiteral("search"))->text(),
                 QStringLiteral("no such company"));
        QCOMPARE(app.queueWindow()->model()->rowCount(), 0);
        // The switch was pressed in the wizard: the keys stay there, the list
        // stays behind.
        QTRY_COMPARE(QApplication::activeWindow(), app.wizard());
    }

    // Step 6 switched to the other language: the same application, still
    // at step 6, saying where its sending stands; nothing submitted twice.
    void languageSwitchOnStepSixStaysThere()
    {
        QTemporaryDir dir;
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(startWithoutNetwork(app, dir.path(), QStringLiteral("ja")));
        {
            WizardDriver d(app.wizard());
            QVERIFY(d.reach(ReviewPageId));
            QVERIFY(d.submit());
        }
        const QUuid id = app.wizard()->application().id;
        QVERIFY(switchLanguageByClick(app, QStringLiteral("en")));
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->currentId(), int(DonePageId));
        QCOMPARE(w->applicationId(), id);
        QCOMPARE(w->currentPage()->title(), QStringLiteral("Confirmation mail"));
        auto done = w->currentPage()->findChild<QLabel *>(QStringLiteral("doneText"));
        QTRY_VERIFY2(done->text().contains(QStringLiteral("waiting to be sent")),
                     qPrintable(done->text()));
        QCOMPARE(app.queue()->page(0, 10).size(), 1);
        const LocalQueue::State state = app.queue()->entry(id)->state;
        QVERIFY(state == LocalQueue::State::Queued || state == LocalQueue::State::Sending);
    }

    void damagedDatabaseIsMovedAsideAndThePersonTold()
    {
        QTemporaryDir dir;
        {
            QFile f(dir.filePath(QStringLiteral("queue.sqlite")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QString told;
        QTimer::singleShot(50, [&told] { answerMessageBox(&told); });
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--language"), QStringLiteral("en")}));
        QVERIFY2(told.contains(QStringLiteral("moved aside")), qPrintable(told));
        QVERIFY(told.contains(app.queue()->movedAsideTo()));
        QVERIFY(QFile::exists(app.queue()->movedAsideTo()));
        QVERIFY(app.wizard()->isVisible());
    }

    void schemaFileBecomesTheCachedStepThree()
    {
        QTemporaryDir dir;
        const QString schema =
            TestData::writeSampleSchema(dir.path(), QStringLiteral("schema.json"));
        {
            MoshikomiApp app;
            QVERIFY(
                app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--additional-info"), schema, QStringLiteral("--new")}));
            QVERIFY(app.wizard()->hasAdditionalInfo());
        }
        MoshikomiApp app; // from the cache now
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--new")}));
        QVERIFY(app.wizard()->hasAdditionalInfo());
        QCOMPARE(app.wizard()->application().formVersion, QStringLiteral("2026-11-a"));
    }

    // The first start after installing: nothing cached, the service has a
    // step-3 schema. It arrives while step 1 is typed, and the application
    // on screen asks for step 3 (not only the next one).
    void theServicesStepThreeReachesTheFirstApplication()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        QTemporaryDir dir;
        const QString schema =
            TestData::writeSampleSchema(dir.path(), QStringLiteral("published.json"));
        ServiceProcess service({QStringLiteral("--tls-cert"), certs.serverCertificate(),
                                QStringLiteral("--tls-key"), certs.serverKey(),
                                QStringLiteral("--additional-info"), schema});
        QVERIFY(service.start());
        qputenv("MOSHIKOMI_STAFF_TOKEN", service.addStaff(QStringLiteral("first")));
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("app")), QStringLiteral("--new"),
                           QStringLiteral("--language"), QStringLiteral("en"),
                           QStringLiteral("--service-url"), service.url(QString()),
                           QStringLiteral("--ca-file"), certs.caCertificate()}));
        WizardDriver d(app.wizard());
        d.fillValidCustomer();
        QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->hasAdditionalInfo(), 15000);
        QVERIFY(d.next());
        QVERIFY(d.next());
        QCOMPARE(app.wizard()->currentId(), int(AdditionalInfoPageId));
        QCOMPARE(app.wizard()->application().formVersion, QStringLiteral("2026-11-a"));
    }

    // Submitted while the service cannot be reached, the application waits;
    // when the service is back it goes on its own, and step 6, still on
    // screen, says it was sent, with the deadline the service gave.
    void stepSixSaysSentWhenTheServiceComesBack()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        QTemporaryDir dir;
        const quint16 port = ServiceProcess::freePort();
        QVERIFY(port != 0);
        ServiceProcess service({QStringLiteral("--tls-cert"), certs.serverCertificate(),
                                QStringLiteral("--tls-key"), certs.serverKey(),
                                QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port)});
        qputenv("MOSHIKOMI_STAFF_TOKEN", service.addStaff(QStringLiteral("offline")));
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("app")), QStringLiteral("--new"),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--service-url"),
                           QStringLiteral("https://127.0.0.1:%1").arg(port),
                           QStringLiteral("--ca-file"), certs.caCertificate()}));
        WizardDriver d(app.wizard());
        QVERIFY(d.reach(ReviewPageId));
        QVERIFY(d.submit());
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->currentId(), int(DonePageId));
        const QUuid id = w->application().id;
        QLabel *done = w->currentPage()->findChild<QLabel *>(QStringLiteral("doneText"));
        QTRY_VERIFY_WITH_TIMEOUT(app.queue()->entry(id)->lastError.contains(u"unreachable"), 15000);
        QVERIFY2(done->text().contains(QStringLiteral("送信待ち")), qPrintable(done->text()));
        // Why, as the list says it: the customer on the phone can be told.
        QTRY_VERIFY2(done->text().contains(
                         ConnectionOutcomes::text(ConnectionOutcome::Unreachable).toHtmlEscaped()),
                     qPrintable(done->text()));
        // Staff who close the app now learn when it goes instead.
        QVERIFY2(done->text().contains(QStringLiteral("次回の起動時")), qPrintable(done->text()));
        // Nothing reached the service: it can still be corrected.
        auto correct = w->currentPage()->findChild<QPushButton *>(QStringLiteral("correct"));
        QVERIFY(correct);
        QTRY_VERIFY(correct->isVisible());
        // The pause the failure recorded, made a minute long: only finding the
        // service back ends it before then (the computer's network was up all
        // along, so the platform has nothing to say).
        QVERIFY(app.queue()->setNotBefore(id, QDateTime::currentDateTimeUtc().addSecs(60)));
        QVERIFY(service.start());
        QCOMPARE(service.port(), port);
        QTRY_COMPARE_WITH_TIMEOUT(app.queue()->entry(id)->state,
                                  LocalQueue::State::AwaitingConfirmation, 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(done->text().contains(QStringLiteral("申込みを送信しました")),
                                  qPrintable(done->text()), 5000);
        QVERIFY(done->text().contains(DeadlineText::format(app.queue()->summary(id)->deadline)));
        QVERIFY(!correct->isVisible());
    }

    // Entered offline against the step-3 form cached on this computer; when
    // the service is reached, it no longer knows that form and refuses the
    // application. Step 6, still on screen, says so in the service's words
    // (in the language switched to meanwhile), not "being sent" for ever,
    // and its Correct opens the application where it must change.
    void stepSixSaysTheServiceRefusedIt()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        QTemporaryDir dir;
        const QString cached =
            TestData::writeSampleSchema(dir.path(), QStringLiteral("cached.json"));
        QJsonObject schema = QJsonDocument::fromJson(TestData::sampleSchemaJson()).object();
        schema[QStringLiteral("version")] = QStringLiteral("2026-12-b");
        const QString published = dir.filePath(QStringLiteral("published.json"));
        QFile f(published);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(schema).toJson());
        f.close();
        const quint16 port = ServiceProcess::freePort();
        QVERIFY(port != 0);
        ServiceProcess service({QStringLiteral("--tls-cert"), certs.serverCertificate(),
                                QStringLiteral("--tls-key"), certs.serverKey(),
                                QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--additional-info"), published});
        qputenv("MOSHIKOMI_STAFF_TOKEN", service.addStaff(QStringLiteral("refused")));
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(
            app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                       dir.filePath(QStringLiteral("app")), QStringLiteral("--new"),
                       QStringLiteral("--language"), QStringLiteral("ja"),
                       QStringLiteral("--additional-info"), cached, QStringLiteral("--service-url"),
                       QStringLiteral("https://127.0.0.1:%1").arg(port),
                       QStringLiteral("--ca-file"), certs.caCertificate()}));
        WizardDriver d(app.wizard());
        QVERIFY(d.reach(AdditionalInfoPageId));
        app.wizard()->currentPage()->findChild<AdditionalInfoEditor *>()->setValues(
            {{QStringLiteral("contractNumber"), QStringLiteral("ABC-12345")},
             {QStringLiteral("plan"), QStringLiteral("standard")}});
        QVERIFY(d.next()); // login users, prefilled from step 1
        QVERIFY(d.next());
        QCOMPARE(app.wizard()->currentId(), int(ReviewPageId));
        QCOMPARE(app.wizard()->application().formVersion, QStringLiteral("2026-11-a"));
        QVERIFY(d.submit());
        const QUuid id = app.wizard()->application().id;
        QTRY_VERIFY_WITH_TIMEOUT(app.queue()->entry(id)->lastError.contains(u"unreachable"), 15000);
        // The customer on the line asks for English, and the staff member
        // switches; step 6 stays.
        QVERIFY(switchLanguageByClick(app, UiLanguage::english()));
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->currentId(), int(DonePageId));
        QVERIFY(app.queue()->setNotBefore(id, QDateTime::currentDateTimeUtc().addSecs(60)));
        QVERIFY(service.start());
        QTRY_COMPARE_WITH_TIMEOUT(app.queue()->entry(id)->state, LocalQueue::State::Rejected,
                                  30000);
        QLabel *done = w->currentPage()->findChild<QLabel *>(QStringLiteral("doneText"));
        QTRY_VERIFY2(done->text().contains(QStringLiteral("did not accept")),
                     qPrintable(done->text()));
        QVERIFY2(done->text().contains(QStringLiteral("form is not known")),
                 qPrintable(done->text()));
        QVERIFY(!done->text().contains(QStringLiteral("being sent")));
        QVERIFY(!w->currentPage()->findChild<QProgressBar *>()->isVisible());
        auto correct = w->currentPage()->findChild<QPushButton *>(QStringLiteral("correct"));
        QVERIFY(correct && correct->isVisible());
        // Correct asks nothing (it is out of the queue already) and opens it
        // as the list's Open does, with what to do said.
        QString told;
        answerMessageBox(&told);
        correct->click();
        QTRY_COMPARE(app.queue()->entry(id)->state, LocalQueue::State::Draft);
        QTRY_VERIFY(app.wizard() && app.wizard()->application().id == id &&
                    app.wizard()->currentId() == int(ReviewPageId));
        QTRY_VERIFY2(told.contains(QStringLiteral("additional information")), qPrintable(told));
    }

    // Submitted at a customer site without network, and the customer
    // corrects the address at once: step 6 takes it back (asked first) and
    // opens it again, at the review, a draft.
    void stepSixTakesBackAnApplicationTheServiceCannotHave()
    {
        QTemporaryDir dir;
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(startWithoutNetwork(app, dir.path(), QStringLiteral("ja")));
        WizardDriver d(app.wizard());
        QVERIFY(d.reach(ReviewPageId));
        QVERIFY(d.submit());
        const QUuid id = app.wizard()->application().id;
        QTRY_VERIFY_WITH_TIMEOUT(app.queue()->entry(id)->lastError.contains(u"unreachable"), 15000);
        auto correct =
            app.wizard()->currentPage()->findChild<QPushButton *>(QStringLiteral("correct"));
        QVERIFY(correct);
        QTRY_VERIFY(correct->isVisible());
        // Enter keeps it waiting.
        QString question;
        WizardDriver::answerWhenAsked(QString(), &question);
        correct->click();
        QVERIFY2(question.contains(QStringLiteral("まだ送信されていません")), qPrintable(question));
        QCOMPARE(app.queue()->entry(id)->state, LocalQueue::State::Queued);
        WizardDriver::answerWhenAsked(QStringLiteral("修正する"), &question);
        correct->click();
        QCOMPARE(app.queue()->entry(id)->state, LocalQueue::State::Draft);
        QTRY_VERIFY(app.wizard() && app.wizard()->currentId() == int(ReviewPageId));
        QCOMPARE(app.wizard()->application().id, id);
    }

    // The service takes the connection but does not answer (a server
    // swapping, stopped in a debugger): step 6 says the application is on
    // its way, with a moving bar, not "waiting for the network" while the
    // network is fine; and "sent" once the answer comes.
    void stepSixSaysItIsBeingSentWhileTheServiceIsSlowToAnswer()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        QTemporaryDir dir;
        ServiceProcess service({QStringLiteral("--tls-cert"), certs.serverCertificate(),
                                QStringLiteral("--tls-key"), certs.serverKey()});
        QVERIFY(service.start());
        qputenv("MOSHIKOMI_STAFF_TOKEN", service.addStaff(QStringLiteral("slow")));
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("app")), QStringLiteral("--new"),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--service-url"), service.url(QString()),
                           QStringLiteral("--ca-file"), certs.caCertificate()}));
        WizardDriver d(app.wizard());
        QVERIFY(d.reach(ReviewPageId));
        QVERIFY(service.suspend());
        const auto resume = qScopeGuard([&service] { service.resume(); });
        QVERIFY(d.submit());
        ApplicationWizard *w = app.wizard();
        QCOMPARE(w->currentId(), int(DonePageId));
        const QUuid id = w->application().id;
        QLabel *done = w->currentPage()->findChild<QLabel *>(QStringLiteral("doneText"));
        auto bar = w->currentPage()->findChild<QWidget *>(QStringLiteral("sendingProgress"));
        QVERIFY(done && bar);
        QTRY_VERIFY2_WITH_TIMEOUT(done->text().contains(QStringLiteral("送信しています")),
                                  qPrintable(done->text()), 5000);
        QVERIFY(bar->isVisible());
        QCOMPARE(app.queue()->entry(id)->state, LocalQueue::State::Sending);
        QVERIFY2(!done->text().contains(QStringLiteral("ネットワーク")), qPrintable(done->text()));
        QVERIFY(service.resume());
        QTRY_VERIFY2_WITH_TIMEOUT(done->text().contains(QStringLiteral("申込みを送信しました")),
                                  qPrintable(done->text()), 15000);
        QVERIFY(!bar->isVisible());
    }

    // Nothing waits to be sent and the service cannot be reached: the list
    // says so, not "Last sync" at a time nothing was heard from it.
    void theListSaysTheServiceCannotBeReachedWithNothingToSend()
    {
        QTemporaryDir dir;
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(startWithoutNetwork(app, dir.path(), QStringLiteral("en")));
        app.showQueueList();
        QueueWindow *list = app.queueWindow();
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->syncStatusText(),
                                  ConnectionOutcomes::text(ConnectionOutcome::Unreachable), 15000);
        QTest::qWait(500);
        QCOMPARE(list->syncStatusText(), ConnectionOutcomes::text(ConnectionOutcome::Unreachable));
    }

    // Staff open the list, or come back to it, to see where an application
    // stands: what happened at the service since the last round (the
    // customer confirmed, an operator acted) is there within seconds, not
    // at the minute's timer.
    void theListAsksTheServiceForNewsWhenOpenedAndComeBackTo()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        QTemporaryDir dir;
        ServiceProcess service({QStringLiteral("--tls-cert"), certs.serverCertificate(),
                                QStringLiteral("--tls-key"), certs.serverKey()});
        service.setCaCertificate(certs.caCertificate());
        QVERIFY(service.start());
        const QByteArray operatorToken = service.addStaff(QStringLiteral("op"), true);
        qputenv("MOSHIKOMI_STAFF_TOKEN", service.addStaff(QStringLiteral("staff")));
        const auto forget = qScopeGuard([] { qunsetenv("MOSHIKOMI_STAFF_TOKEN"); });
        MoshikomiApp app;
        QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("app")), QStringLiteral("--new"),
                           QStringLiteral("--language"), QStringLiteral("ja"),
                           QStringLiteral("--service-url"), service.url(QString()),
                           QStringLiteral("--ca-file"), certs.caCertificate()}));
        WizardDriver d(app.wizard());
        QVERIFY(d.reach(ReviewPageId));
        QVERIFY(d.submit());
        const QUuid id = app.wizard()->application().id;
        QTRY_COMPARE_WITH_TIMEOUT(app.queue()->entry(id)->state,
                                  LocalQueue::State::AwaitingConfirmation, 15000);
        QVERIFY(service.waitForMails(1));
        // Whatever the app asks right after sending is over before the customer acts.
        QTest::qWait(1000);
        const QUrl link(service.mails().first().link());
        QCOMPARE(service.fetch("POST", link).status, 200);
        QTest::qWait(500);
        QCOMPARE(app.queue()->entry(id)->state, LocalQueue::State::AwaitingConfirmation);
        app.showQueueList();
        QTRY_COMPARE_WITH_TIMEOUT(app.queue()->entry(id)->state, LocalQueue::State::Confirmed,
                                  10000);

        // Back at the wizard for a while; an operator registers the customer.
        QVERIFY(showActive(app.wizard()));
        QTest::qWait(6000);
        const ServiceProcess::Reply registered =
            service.request("POST",
                            QStringLiteral("/api/v1/applications/%1/provisional-registration")
                                .arg(id.toString(QUuid::WithoutBraces)),
                            {}, {{"Authorization", "Bearer " + operatorToken}});
        QCOMPARE(registered.status, 200);
        QTest::qWait(500);
        QCOMPARE(app.queue()->entry(id)->state, LocalQueue::State::Confirmed);
        QueueWindow *list = app.queueWindow();
        QVERIFY(list);
        QVERIFY(showActive(list));
        QTRY_COMPARE_WITH_TIMEOUT(app.queue()->entry(id)->state,
                                  LocalQueue::State::ProvisionallyRegistered, 10000);
        // Said where staff look, as the row may be out of sight.
        QTRY_VERIFY2(
            list->statusBar()->currentMessage().contains(app.queue()->summary(id)->companyName +
                                                         QStringLiteral(" の状態: 仮登録完了")),
            qPrintable(list->statusBar()->currentMessage()));
    }

    // Issue 11: what staff type through the real wizard, with the key in the
    // session's real keychain, is nowhere to be read on disk: not in the
    // queue, its WAL or -shm, as UTF-8 or UTF-16.
    void typedValuesAreNotOnDisk()
    {
        QTemporaryDir dir;
        const QStringList typed{QStringLiteral("株式会社秘匿検証"),
                                QStringLiteral("高橋"),
                                QStringLiteral("一郎"),
                                QStringLiteral("経理部"),
                                QStringLiteral("ichiro.takahashi@hitoku.example.jp"),
                                QStringLiteral("大芝9-8-7"),
                                QStringLiteral("0829876543"),
                                QStringLiteral("有限会社下書き検証")};
        {
            MoshikomiApp app;
            QVERIFY(app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                               dir.path(), QStringLiteral("--language"), QStringLiteral("ja")}));
            QCOMPARE(app.queue()->protection(), QueueKeyring::Protection::Keychain);
            WizardDriver d(app.wizard());
            d.type(QStringLiteral("customer.companyName"), typed[0]);
            d.type(QStringLiteral("customer.lastName"), typed[1]);
            d.type(QStringLiteral("customer.firstName"), typed[2]);
            d.type(QStringLiteral("customer.department"), typed[3]);
            d.type(QStringLiteral("customer.title"), QStringLiteral("課長"));
            d.type(QStringLiteral("customer.email"), typed[4]);
            d.type(QStringLiteral("customer.emailConfirm"), typed[4]);
            d.type(QStringLiteral("customer.postalCode"), QStringLiteral("733-0001"));
            d.type(QStringLiteral("customer.address"), QStringLiteral("広島市西区") + typed[5]);
            d.type(QStringLiteral("customer.phone"), typed[6]);
            QVERIFY2(d.next(), qPrintable(d.messageFor(QStringLiteral("customer.title")) +
                                          d.messageFor(QStringLiteral("customer.address"))));
            QVERIFY(d.next());
            QCOMPARE(app.wizard()->currentId(), int(LoginUsersPageId));
            QVERIFY(d.next());
            QVERIFY(d.submit());
            QCOMPARE(app.wizard()->currentId(), int(DonePageId));
            const QUuid queued = app.wizard()->application().id;
            QCOMPARE(app.queue()->summary(queued)->state, LocalQueue::State::Queued);
            // A second one left as a draft.
            app.newApplication();
            WizardDriver second(app.wizard());
            second.type(QStringLiteral("customer.companyName"), typed[7]);
            QTRY_VERIFY(app.queue()->drafts().size() == 1);
            QCOMPARE(app.queue()->drafts().first().companyName, typed[7]);
            // Beside the open queue, WAL and all.
            QCOMPARE(QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), typed),
                     QStringList());
        }
        QCOMPARE(QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), typed),
                 QStringList());
        // Read back with the key from the keychain, as the next start does.
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        QCOMPARE(queue.count(), 2);
        LocalQueue::Filter f;
        f.text = typed[4];
        QCOMPARE(queue.page(0, 10, f).size(), 1);
    }
};

MOSHIKOMI_TEST(TestMoshikomiApp)
#include "tst_moshikomiapp.moc"
