#include "testregistry.h"

#include "client/uilanguage.h"
#include "ui/draftsdialog.h"

#include <QListWidget>
#include <QScrollBar>
#include <QTest>

namespace {

// A draft as the queue sums it up, left now (step: 0-based, -1 for none).
LocalQueue::Summary draftOf(const QString &company, const QString &contact, int step)
{
    LocalQueue::Summary draft;
    draft.id = QUuid::createUuid();
    draft.companyName = company;
    draft.contactName = contact;
    draft.updatedAt = QDateTime::currentDateTimeUtc();
    draft.step = step;
    return draft;
}

} // namespace

// The drafts offered at start: one line each, as a person reads it.
class TestDraftsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void linesReadWell()
    {
        const LocalQueue::Summary withContact =
            draftOf(QStringLiteral("株式会社見守り商事"), QStringLiteral("山田 太郎"), 3); // step 4
        const LocalQueue::Summary bare = draftOf(QStringLiteral("株式会社まだ途中"), {}, -1);
        DraftsDialog dialog({withContact, bare});
        auto list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        // Where it was left tells two drafts of one customer apart. The
        // contact is named as staff say it (a dash after katakana read as ー:
        // "有限会社キル ー 鈴木").
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral(
                     "株式会社見守り商事 山田 太郎 様・ステップ4 ログインユーザ情報入力（")),
                 qPrintable(list->item(0)->text()));
        // No contact yet: no dangling 様.
        QVERIFY2(!list->item(1)->text().contains(u'様'), qPrintable(list->item(1)->text()));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("株式会社まだ途中（最終更新")));
    }

    // A long line is shown whole, not cut at the time it was left (on the
    // test's screen of 800 px, wider than the dialog's usual 560).
    void aLongLineIsShownWhole()
    {
        const LocalQueue::Summary draft = draftOf(
            QStringLiteral("株式会社見守り商事西日本営業本部"), QStringLiteral("勅使河原 三郎"), 3);
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
