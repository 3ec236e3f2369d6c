#include "client/uilanguage.h"
#include "testregistry.h"
#include "ui/applicationwizard.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QScreen>
#include <QTest>

// Run on the screen of a 1366×768 laptop less its task bar (small-screen.json,
// given to the offscreen platform by ctest): smaller than the wizard's own size.
class TestSmallScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void nextAndBackStayOnTheScreen()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        const QRect screen = w->screen()->availableGeometry();
        QCOMPARE(screen.size(), QSize(1366, 728));
        QVERIFY(w->width() <= screen.width() && w->height() <= screen.height());
        for (QWizard::WizardButton b : {QWizard::NextButton, QWizard::BackButton}) {
            const QRect at(w->button(b)->mapToGlobal(QPoint(0, 0)), w->button(b)->size());
            QVERIFY2(screen.contains(at),
                     qPrintable(w->button(b)->text() + QStringLiteral(" is off the screen")));
        }
        // A whole application can still be entered at that size.
        QVERIFY(d.reach(LoginUsersPageId));
    }
};

MOSHIKOMI_TEST(TestSmallScreen)
#include "tst_smallscreen.moc"
