#include "app/credentialstore.h"
#include "app/moshikomiapp.h"
#include "app/queuekeystore.h"
#include "appqueue.h"
#include "client/localqueue.h"
#include "queuefixtures.h"
#include "testregistry.h"
#include "ui/applicationwizard.h"
#include "ui/fieldmessage.h"
#include "ui/passphrasedialog.h"
#include "whenmodal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QByteArray fileHash(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("queue.sqlite")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString queueId(const QString &dir)
{
    QString id;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("queue.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT queue_id FROM queue_key")) && q.next())
                id = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return id;
}

QString saidIn(PassphraseDialog *dialog)
{
    QString said;
    for (FieldMessage *m : dialog->findChildren<FieldMessage *>())
        said += m->message();
    return said;
}

// Types into a field as keystrokes, replacing what was there. (A password
// field takes no input method: passphrases are typed in ASCII.)
void typeInto(PassphraseDialog *dialog, const char *field, const QString &text)
{
    auto edit = dialog->findChild<QLineEdit *>(QLatin1StringView(field));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Reads the message box and presses the button whose text contains `button`.
void pressInMessageBox(const QString &button, QString *text)
{
    whenModal<QMessageBox>([button, text](QMessageBox *box) {
        *text = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&').contains(button)) {
                b->click();
                return;
            }
        }
    });
}

} // namespace

// Issue 11 through the app: the queue's key from the keychain, a passphrase
// where none works, and a key that is gone.
class TestQueueLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Run without a Secret Service (see tests/app/CMakeLists.txt).
    void passphraseWhenNoKeychainWorks()
    {
        QTemporaryDir dir;
        const QStringList arguments{QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                                    dir.path(), QStringLiteral("--language"), QStringLiteral("ja")};
        const QString chosen = QStringLiteral("crowded train at 8");
        QStringList said;
        {
            // Chosen at the first start: too short, then not the same twice,
            // each said at its field, then right.
            bool asked = false;
            bool pageOnScreen = false;
            bool onlyTheFieldAtFaultTinted = false;
            whenModal<PassphraseDialog>([&](PassphraseDialog *d) {
                asked = true;
                // Asked over the first page, not before any window, and kept
                // in front of it.
                auto page = qobject_cast<ApplicationWizard *>(d->parentWidget());
                pageOnScreen = page && page->isVisible();
                typeInto(d, "passphrase", QStringLiteral("short"));
                typeInto(d, "passphraseConfirm", QStringLiteral("short"));
                QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("passphrase")),
                                Qt::Key_Return);
                said << saidIn(d);
                typeInto(d, "passphrase", chosen);
                typeInto(d, "passphraseConfirm", QStringLiteral("crowded train at 9"));
                QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("passphraseConfirm")),
                                Qt::Key_Return);
                said << saidIn(d);
                // Tinted as every field at fault is: the second one only.
                const auto base = [d](const char *field) {
                    return d->findChild<QLineEdit *>(QLatin1StringView(field))
                        ->palette()
                        .color(QPalette::Base);
                };
                onlyTheFieldAtFaultTinted = base("passphraseConfirm") != base("passphrase");
                typeInto(d, "passphraseConfirm", chosen);
                QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("passphraseConfirm")),
                                Qt::Key_Return);
            });
            MoshikomiApp app;
            QVERIFY(app.start(arguments));
            QVERIFY(asked);
            QVERIFY(pageOnScreen);
            QVERIFY2(said.value(0).contains(QStringLiteral("8")), qPrintable(said.join(u'|')));
            QVERIFY2(said.value(1).contains(QStringLiteral("同じ")), qPrintable(said.join(u'|')));
            QVERIFY(onlyTheFieldAtFaultTinted);
            QCOMPARE(app.queue()->protection(), QueueKeyring::Protection::Passphrase);
            QVERIFY(!QueueFixtures::queued(*app.queue()).id.isNull());
        }
        // The next start asks for it; a wrong one is said at the field of
        // the next question.
        said.clear();
        whenModal<PassphraseDialog>([&](PassphraseDialog *d) {
            said << saidIn(d);
            typeInto(d, "passphrase", QStringLiteral("crowded train at 9"));
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("passphrase")),
                            Qt::Key_Return);
            whenModal<PassphraseDialog>([&](PassphraseDialog *again) {
                said << saidIn(again);
                typeInto(again, "passphrase", chosen);
                QTest::keyClick(again->findChild<QLineEdit *>(QStringLiteral("passphrase")),
                                Qt::Key_Return);
            });
        });
        MoshikomiApp app;
        QVERIFY(app.start(arguments));
        QCOMPARE(said.size(), 2);
        QCOMPARE(said[0], QString());
        QVERIFY2(said[1].contains(QStringLiteral("パスフレーズ")), qPrintable(said[1]));
        QCOMPARE(app.queue()->count(), 1);
        QCOMPARE(app.queue()->protection(), QueueKeyring::Protection::Passphrase);
    }

    // With a real Secret Service whose entry for the queue is gone (a reset
    // keychain): said, the file untouched; set aside only when asked.
    void aKeyGoneFromTheKeychainIsSaidAndTheFileKept()
    {
        QTemporaryDir dir;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            QVERIFY(!QueueFixtures::queued(queue).id.isNull());
        }
        const QString id = queueId(dir.path());
        QVERIFY(!id.isEmpty());
        CredentialStore keychain;
        QByteArray key;
        QCOMPARE(keychain.read(QueueKeyStore::entryName(id), &key), CredentialStore::Status::Ok);
        QCOMPARE(keychain.remove(QueueKeyStore::entryName(id)), CredentialStore::Status::Ok);
        const QByteArray before = fileHash(dir.path());
        const QStringList arguments{QStringLiteral("moshikomi"), QStringLiteral("--data-dir"),
                                    dir.path(), QStringLiteral("--language"), QStringLiteral("ja")};
        {
            QString said;
            pressInMessageBox(QStringLiteral("終了"), &said);
            MoshikomiApp app;
            QVERIFY(!app.start(arguments));
            QVERIFY2(said.contains(QStringLiteral("キーチェーン")), qPrintable(said));
            QVERIFY(said.contains(QStringLiteral("変更していません")));
        }
        QCOMPARE(fileHash(dir.path()), before);
        // The person asks: the file goes aside whole and an empty list starts.
        QString said;
        pressInMessageBox(QStringLiteral("別の場所"), &said);
        QString where;
        QTimer::singleShot(300, [&where] { pressInMessageBox(QStringLiteral("OK"), &where); });
        MoshikomiApp app;
        QVERIFY(app.start(arguments));
        QCOMPARE(app.queue()->count(), 0);
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("queue.sqlite.locked-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(dir.path()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(kept.readAll(), QCryptographicHash::Sha256), before);
        QVERIFY2(where.contains(aside.first()), qPrintable(where));
    }
};

MOSHIKOMI_TEST(TestQueueLock)
#include "tst_queuelock.moc"
