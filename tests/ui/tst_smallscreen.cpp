#include "client/uilanguage.h"
#include "testregistry.h"
#include "ui/applicationwizard.h"
#include "ui/destinationrow.h"
#include "ui/destinationseditor.h"
#include "ui/loginuserrow.h"
#include "ui/loginuserseditor.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
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

    // A laptop at 125% leaves the wizard about 1090 × 580: step 1 with every
    // message shown does not fit. Fields keep their height (they were
    // squeezed to slivers, their text cut) and the one with the focus is in
    // view, down to the last.
    void everyMessageOnStepOneAtAHighScale()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        w->resize(1090, 580);
        QTRY_COMPARE(w->size(), QSize(1090, 580));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!d.messageFor(QStringLiteral("customer.phone")).isEmpty());
        QCoreApplication::processEvents();
        const QList<QLineEdit *> edits = w->currentPage()->findChildren<QLineEdit *>();
        QVERIFY(edits.size() >= 10);
        for (QLineEdit *e : edits) {
            if (e->isVisible())
                QVERIFY2(e->height() >= e->sizeHint().height(),
                         qPrintable(QStringLiteral("%1 squeezed to %2 px")
                                        .arg(e->objectName())
                                        .arg(e->height())));
        }
        QVERIFY(inView(QApplication::focusWidget()));
        QLineEdit *phone = d.edit(QStringLiteral("customer.phone"));
        while (QApplication::focusWidget() != phone) {
            QWidget *before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QVERIFY(QApplication::focusWidget() != before);
            QVERIFY2(inView(QApplication::focusWidget()),
                     qPrintable(QApplication::focusWidget()->objectName()));
        }
        // And the first field at fault, where Enter puts the focus, from the end.
        QTest::keyClick(phone, Qt::Key_Return);
        QVERIFY(QApplication::focusWidget() != phone);
        QVERIFY2(inView(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
    }

    // Rows do not all fit at this size: the one a key just added, and the
    // one the focus lands on after a removal, is scrolled into view, or the
    // typist types into a field they cannot see.
    void theFieldWithTheFocusIsInViewAsRowsComeAndGo()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(DestinationsPageId));
        DestinationsEditor *editor = destinations(w);
        addRowsByKeys(editor, 5, "destination");
        if (QTest::currentTestFailed())
            return;
        // Removing the last row puts the focus on the one before it.
        QWidget *last = editor->row(4)->firstInput();
        QTest::keyClick(last, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(editor->count(), 4);
        QCOMPARE(QApplication::focusWidget(), editor->row(3)->firstInput());
        QVERIFY(inView(QApplication::focusWidget()));
        // Up to the first row again with Shift+Tab: always in view.
        while (QApplication::focusWidget() != editor->row(0)->firstInput()) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            QVERIFY2(inView(QApplication::focusWidget()),
                     qPrintable(QApplication::focusWidget()->objectName()));
        }

        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(LoginUsersPageId));
        addRowsByKeys(users(w), 3, "login user");
    }

    // The review is read out to the customer: the page keys scroll it while
    // the focus stays on Submit (or on a Change… button), no mouse needed.
    void theReviewScrollsWithThePageKeysWhereverTheFocusIs()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(DestinationsPageId));
        for (int n = 2; n <= 4; ++n)
            destinations(w)->addDestination();
        QVERIFY(d.next()); // to step 4: no step 3 without a schema
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(ReviewPageId));
        auto pane = w->currentPage()->findChild<QScrollArea *>(QStringLiteral("readingPane"));
        QVERIFY(pane);
        QScrollBar *bar = pane->verticalScrollBar();
        QTRY_VERIFY2(bar->maximum() > bar->pageStep(), "the review fits: nothing to scroll");
        QAbstractButton *submit = w->button(QWizard::CommitButton);
        submit->setFocus();
        QCOMPARE(bar->value(), 0);
        QTest::keyClick(submit, Qt::Key_PageDown);
        QCOMPARE(bar->value(), bar->pageStep());
        QTest::keyClick(submit, Qt::Key_PageDown);
        QCOMPARE(bar->value(), bar->maximum());
        QTest::keyClick(submit, Qt::Key_PageUp);
        QCOMPARE(bar->value(), bar->maximum() - bar->pageStep());
        QTest::keyClick(submit, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(bar->value(), 0);
        QTest::keyClick(submit, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(QApplication::focusWidget(), submit);
    }

    // The customer says the third destination's address is wrong: its
    // "Change…" leads to that destination, in view, its first field ready;
    // a login user's the same on step 4.
    void changeOnTheReviewGoesToItsOwnRow()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(DestinationsPageId));
        for (int n = 2; n <= 4; ++n)
            destinations(w)->addDestination();
        QVERIFY(d.next());
        users(w)->addUser();
        d.type(QStringLiteral("lastName"), QStringLiteral("鈴木"), 1);
        d.type(QStringLiteral("firstName"), QStringLiteral("花子"), 1);
        d.type(QStringLiteral("email"), QStringLiteral("hanako@example.co.jp"), 1);
        d.type(QStringLiteral("emailConfirm"), QStringLiteral("hanako@example.co.jp"), 1);
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(ReviewPageId));

        const auto change = [w](WizardPageId step, int group) {
            const QList<QPushButton *> buttons = w->currentPage()->findChildren<QPushButton *>(
                QStringLiteral("edit%1").arg(int(step)));
            QVERIFY(group < buttons.size());
            buttons[group]->click();
        };
        change(DestinationsPageId, 2);
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        QTRY_COMPARE(QApplication::focusWidget(), destinations(w)->row(2)->firstInput());
        QVERIFY(inView(QApplication::focusWidget()));

        while (w->currentId() != int(ReviewPageId))
            QVERIFY(d.next());
        change(LoginUsersPageId, 1);
        QCOMPARE(w->currentId(), int(LoginUsersPageId));
        QTRY_COMPARE(QApplication::focusWidget(), users(w)->row(1)->firstInput());

        // Step 1 has no rows: its first field.
        QVERIFY(d.next());
        change(CustomerPageId, 0);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QTRY_COMPARE(QApplication::focusWidget(), d.edit(QStringLiteral("customer.companyName")));

        // Corrected, straight back to the review; a step that still wants
        // something stops it there, its message shown.
        QAbstractButton *back = w->findChild<QAbstractButton *>(QStringLiteral("returnToReview"));
        QVERIFY(back);
        QVERIFY(back->isVisible());
        d.type(QStringLiteral("customer.companyName"), QString());
        back->click();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QVERIFY(!d.messageFor(QStringLiteral("customer.companyName")).isEmpty());
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社見守り商事"));
        back->click();
        QCOMPARE(w->currentId(), int(ReviewPageId));
        QVERIFY(!back->isVisible());
        QCOMPARE(QApplication::focusWidget(), w->button(QWizard::CommitButton));
        // The review shows the group corrected, to be read out again.
        auto box = [w](WizardPageId step, int row) {
            const QString edit = QStringLiteral("edit%1").arg(int(step));
            const QList<QPushButton *> buttons =
                w->currentPage()->findChildren<QPushButton *>(edit);
            return row < buttons.size() ? buttons[row]->parentWidget() : nullptr;
        };
        QVERIFY(box(CustomerPageId, 0));
        QVERIFY(inView(box(CustomerPageId, 0)));
        change(DestinationsPageId, 3);
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        back->click();
        QCOMPARE(w->currentId(), int(ReviewPageId));
        QVERIFY(box(DestinationsPageId, 3));
        QVERIFY(inView(box(DestinationsPageId, 3)));
        // Not offered when a step is reached by Back, as ever.
        w->back();
        QVERIFY(!back->isVisible());
    }

    // On the review, as on every step, Tab goes through the page (each
    // group's Change…) and then the wizard's buttons, and Shift+Tab back the
    // same way: on the first visit and after a return from a correction.
    void theReviewsTabOrderIsThePageThenTheButtons()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(DestinationsPageId));
        destinations(w)->addDestination();
        QVERIFY(d.next());
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(ReviewPageId));
        const auto expected = [w] {
            QList<QWidget *> chain;
            for (QPushButton *b : w->currentPage()->findChildren<QPushButton *>())
                if (b->objectName().startsWith(QStringLiteral("edit")))
                    chain << b;
            chain << w->button(QWizard::CustomButton2) << w->button(QWizard::CustomButton1)
                  << w->button(QWizard::BackButton) << w->button(QWizard::CommitButton);
            return chain;
        };
        QList<QWidget *> chain = expected();
        QCOMPARE(chain.size(), 8); // customer, two destinations, a user; four buttons
        auto [forward, backward] = WizardDriver::walkTab(chain);
        QCOMPARE(forward, chain);
        QCOMPARE(backward, chain);

        const QList<QPushButton *> edits =
            w->currentPage()->findChildren<QPushButton *>(QStringLiteral("edit1"));
        edits.last()->click();
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        w->findChild<QAbstractButton *>(QStringLiteral("returnToReview"))->click();
        QCOMPARE(w->currentId(), int(ReviewPageId));
        QCoreApplication::processEvents(); // the groups read anew, the old ones gone
        chain = expected();
        QCOMPARE(chain.size(), 8);
        std::tie(forward, backward) = WizardDriver::walkTab(chain);
        QCOMPARE(forward, chain);
        QCOMPARE(backward, chain);
    }

private:
    // Adds rows with Ctrl+Shift+A up to `count`, from the last row's first
    // field: each new row takes the focus on its first field, in view.
    template<typename Editor> static void addRowsByKeys(Editor *editor, int count, const char *what)
    {
        editor->row(editor->count() - 1)->firstInput()->setFocus();
        for (int n = editor->count() + 1; n <= count; ++n) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A,
                            Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(editor->count(), n);
            QCOMPARE(QApplication::focusWidget(), editor->row(n - 1)->firstInput());
            QVERIFY2(
                inView(QApplication::focusWidget()),
                qPrintable(
                    QStringLiteral("%1 %2 added out of view").arg(QLatin1StringView(what)).arg(n)));
        }
    }

    // Wholly inside the visible part of the scroll area that holds it, once
    // what the key set going has been laid out.
    static bool inView(QWidget *field)
    {
        QScrollArea *area = nullptr;
        for (QWidget *p = field; p && !area; p = p->parentWidget())
            area = qobject_cast<QScrollArea *>(p);
        if (!area)
            return false;
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QRect shown = area->viewport()->rect();
        const QRect at(field->mapTo(area->viewport(), QPoint(0, 0)), field->size());
        if (!shown.contains(at))
            qWarning() << field->objectName() << at << "not within" << shown;
        return shown.contains(at);
    }
};

MOSHIKOMI_TEST(TestSmallScreen)
#include "tst_smallscreen.moc"
