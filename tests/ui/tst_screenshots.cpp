#include "client/localqueue.h"
#include "client/uilanguage.h"
#include "queuefixtures.h"
#include "testdata.h"
#include "testregistry.h"
#include "ui/additionalinfoeditor.h"
#include "ui/applicationwizard.h"
#include "ui/destinationseditor.h"
#include "ui/destinationspage_p.h"
#include "ui/passphrasedialog.h"
#include "ui/queuewindow.h"
#include "ui/steppage_p.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// Renders every step at 1280×800 to PNG (tools/test.sh runs this under Xvfb),
// so that a person can look at them, and checks what can be checked by
// program: a Japanese font is there and no text is cut off.
class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        UiLanguage::install(UiLanguage::japanese());
        m_dir = qEnvironmentVariable("MOSHIKOMI_SCREENSHOT_DIR",
                                     QDir::current().filePath(QStringLiteral("screenshots")));
        QVERIFY(QDir().mkpath(m_dir));
    }

    void japaneseFontInstalled()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::Japanese).isEmpty(),
                 "no font for Japanese: install fonts-ipaexfont-gothic");
    }

    void everyStep()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        w->resize(1280, 800);
        QTest::qWait(50);
        shoot(w, QStringLiteral("step1-empty"));
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社見守り商事"));
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro@example"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // shows every message
        shoot(w, QStringLiteral("step1-errors"));
        d.fillValidCustomer();
        shoot(w, QStringLiteral("step1-complete"));
        QVERIFY(d.next());
        auto editor = static_cast<DestinationsPage *>(w->currentPage())->editor();
        editor->addDestination();
        shoot(w, QStringLiteral("step2-destinations"));
        QVERIFY(d.next());
        auto additional = w->currentPage()->findChild<AdditionalInfoEditor *>();
        d.typeInto(additional->input(QStringLiteral("contractNumber")), QStringLiteral("AB-1234"));
        static_cast<QComboBox *>(additional->input(QStringLiteral("plan")))->setCurrentIndex(1);
        shoot(w, QStringLiteral("step3-additional-info"));
        QVERIFY(d.next());
        shoot(w, QStringLiteral("step4-login-users"));
        QVERIFY(d.next());
        shoot(w, QStringLiteral("step5-review"));
        QVERIFY(d.submit());
        shoot(w, QStringLiteral("step6-done"));
        // A new installation with no service set up yet: says so, and offers it.
        w->setServiceConfigured(false);
        auto connect = w->findChild<QPushButton *>(QStringLiteral("connectionSettings"));
        QVERIFY(connect && connect->isVisible());
        shoot(w, QStringLiteral("step6-not-connected"));
    }

    void queueList()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        for (int i = 0; i < 3; ++i) {
            Application a = TestData::validApplication();
            a.customer.companyName = QStringLiteral("株式会社テスト%1").arg(i + 1);
            QVERIFY(queue.saveDraft(a, 1));
            if (i > 0)
                QVERIFY(queue.enqueue(a, ReviewPageId));
            // One the network let down: why it waits, in words.
            if (i == 2) {
                QVERIFY(queue.transition(a.id, LocalQueue::State::Sending));
                QVERIFY(queue.transition(
                    a.id, LocalQueue::State::Queued,
                    QStringLiteral(R"({"error":"connection","outcome":"unreachable",)"
                                   R"("detail":"Connection refused"})")));
            }
        }
        QueueWindow window(&queue);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(30);
        QVERIFY(
            window.grab().toImage().save(QDir(m_dir).filePath(QStringLiteral("queue-list.png"))));
    }

    // The passphrase question where no keychain works: choosing one (with a
    // mismatch said at the field), and a mistyped one at a later start.
    void passphraseDialog_data()
    {
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<int>("attempt");
        QTest::newRow("passphrase-new") << true << 0;
        QTest::newRow("passphrase-wrong") << false << 1;
    }
    void passphraseDialog()
    {
        QFETCH(bool, isNew);
        QFETCH(int, attempt);
        PassphraseDialog dialog(isNew, attempt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (isNew) {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")),
                             QStringLiteral("crowded train"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphraseConfirm")),
                             QStringLiteral("crowded rain"));
            QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("passphraseConfirm")),
                            Qt::Key_Return);
            QVERIFY(dialog.isVisible()); // not the same twice: not accepted
        }
        QTest::qWait(30);
        // Every message shown whole: the labels have the height their text needs.
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
        }
        QVERIFY(dialog.grab().toImage().save(QDir(m_dir).filePath(
            QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"))));
    }

    void englishWithoutStepThree()
    {
        UiLanguage::install(UiLanguage::english());
        {
            WizardDriver d;
            ApplicationWizard *w = d.wizard();
            w->resize(1280, 800);
            d.fillValidCustomer();
            shoot(w, QStringLiteral("en-step1"));
            QVERIFY(d.next());
            QVERIFY(d.next());
            QCOMPARE(w->currentId(), int(LoginUsersPageId));
            shoot(w, QStringLiteral("en-step4-step3-skipped"));
        }
        UiLanguage::install(UiLanguage::japanese());
    }

private:
    void shoot(ApplicationWizard *w, const QString &name)
    {
        QTest::qWait(30);
        const QImage image = w->grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800) * w->devicePixelRatio());
        QVERIFY(image.save(QDir(m_dir).filePath(name + QStringLiteral(".png"))));
        // Nothing cut off: each visible text widget has at least its minimum size.
        for (QWidget *widget : w->findChildren<QWidget *>()) {
            if (!widget->isVisible() ||
                !(qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
                  qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)))
                continue;
            if (auto label = qobject_cast<QLabel *>(widget); label && label->wordWrap())
                continue; // wrapped text takes its height from its width
            if (qobject_cast<QComboBox *>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // drawn inside its box's frame
            const QSize min = widget->minimumSizeHint();
            QVERIFY2(widget->width() >= min.width() && widget->height() >= min.height(),
                     qPrintable(QStringLiteral("%1: %2 %3x%4 < %5x%6")
                                    .arg(name, widget->objectName() + u' ' +
                                                   widget->metaObject()->className())
                                    .arg(widget->width())
                                    .arg(widget->height())
                                    .arg(min.width())
                                    .arg(min.height())));
        }
    }

    QString m_dir;
};

MOSHIKOMI_TEST(TestScreenshots)
#include "tst_screenshots.moc"
