#include "testregistry.h"

#include "client/uilanguage.h"
#include "ui/draftsdialog.h"

#include <QListWidget>
#include <QScrollBar>
#include <QTest>

// The drafts offered at start: one line each, as a person reads it.
class TestDraftsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void linesReadWell()
    {
        LocalQueue::Summary withContact;
        withContact.id = QUuid::createUuid();
        withContact.companyName = QStringLiteral("株式会社見守り商事");
        withContact.contactName = QStringLiteral("山田 太郎");
        withContact.updatedAt = QDateTime::currentDateTimeUtc();
        withContact.step = 3; // left on step 4
        LocalQueue::Summary bare;
        bare.id = QUuid::createUuid();
        bare.companyName = QStringLiteral("株式会社まだ途中");
        bare.updatedAt = withContact.updatedAt;
        DraftsDialog dialog({withContact, bare});
        auto list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        // Where it was left tells two drafts of one customer apart.
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral(
                     "株式会社見守り商事 — 山田 太郎・ステップ4 ログインユーザ情報入力（")),
                 qPrintable(list->item(0)->text()));
        // No contact yet: no dangling dash.
        QVERIFY2(!list->item(1)->text().contains(u'—'), qPrintable(list->item(1)->text()));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("株式会社まだ途中（最終更新")));
    }

    // A long line is shown whole, not cut at the time it was left (on the
    // test's screen of 800 px, wider than the dialog's usual 560).
    void aLongLineIsShownWhole()
    {
        LocalQueue::Summary draft;
        draft.id = QUuid::createUuid();
        draft.companyName = QStringLiteral("株式会社見守り商事西日本営業本部");
        draft.contactName = QStringLiteral("勅使河原 三郎");
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        draft.step = 3;
        DraftsDialog dialog({draft});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto list = dialog.findChild<QListWidget *>();
        QVERIFY(list->visualItemRect(list->item(0)).width() > 560);
        QVERIFY(list->visualItemRect(list->item(0)).width() <= list->viewport()->width());
        QVERIFY(!list->horizontalScrollBar()->isVisible());
    }
};

MOSHIKOMI_TEST(TestDraftsDialog)
#include "tst_draftsdialog.moc"
