#include "client/uilanguage.h"
#include "core/additionalinfoschema.h"
#include "queuefixtures.h"
#include "testregistry.h"
#include "ui/applicationdetaildialog.h"
#include "ui/applicationwizard.h"
#include "ui/keyboardhelp.h"
#include "ui/queuewindow.h"
#include "ui/settingsdialog.h"
#include "wizarddriver.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

// Run on the screen of a full-HD laptop at 200 % (tiny-screen.json, 960 × 540
// given to the offscreen platform by ctest): the windows and their buttons
// stay on it.
class TestTinyScreen : public QObject
{
    Q_OBJECT

    static bool onScreen(const QWidget *widget)
    {
        const QRect screen = widget->screen()->availableGeometry();
        return screen.contains(QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size()));
    }

private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void theWizardsButtonsAreOnTheScreen()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QCOMPARE(w->screen()->availableGeometry().size(), QSize(960, 540));
        for (QWizard::WizardButton b : {QWizard::NextButton, QWizard::BackButton})
            QVERIFY2(onScreen(w->button(b)),
                     qPrintable(w->button(b)->text() + QStringLiteral(" is off the screen")));
        QVERIFY(d.reach(LoginUsersPageId));
        QVERIFY(onScreen(w->button(QWizard::NextButton)));
    }

    void theListFitsTheScreen()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QueueWindow window(&queue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 × %2").arg(window.width()).arg(window.height())));
    }

    // The detail of an application and the keys' help were made 560 px high;
    // the connection's settings are as high as their fields.
    void dialogsFitTheScreen()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        ApplicationDetailDialog detail(&queue, a.id, AdditionalInfoSchema());
        KeyboardHelp help;
        SettingsDialog settings({}, true);
        for (QDialog *dialog : {static_cast<QDialog *>(&detail), static_cast<QDialog *>(&help),
                                static_cast<QDialog *>(&settings)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QRect screen = dialog->screen()->availableGeometry();
            QVERIFY2(
                dialog->height() <= screen.height() && dialog->width() <= screen.width(),
                qPrintable(QStringLiteral("%1 × %2").arg(dialog->width()).arg(dialog->height())));
            auto buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            for (QAbstractButton *b : buttons->buttons())
                QVERIFY2(onScreen(b), qPrintable(b->text()));
            dialog->hide();
        }
    }
};

MOSHIKOMI_TEST(TestTinyScreen)
#include "tst_tinyscreen.moc"
