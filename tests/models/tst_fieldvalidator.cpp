#include "client/fieldvalidator.h"
#include "core/applicationrules.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

Q_DECLARE_METATYPE(QValidator::State)

class TestFieldValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QValidator::State>("state");
        QTest::addColumn<QString>("shown"); // what the line edit holds afterwards
        using S = QValidator;
        auto row = [](const char *name, const char *field, const QString &typed,
                      QValidator::State st, const QString &shown) {
            QTest::newRow(name) << QByteArray(field) << typed << st << shown;
        };
        row("postal empty", "postalCode", {}, S::Intermediate, {});
        row("postal typing", "postalCode", QStringLiteral("733"), S::Intermediate,
            QStringLiteral("733"));
        row("postal typing hyphen", "postalCode", QStringLiteral("733-"), S::Intermediate,
            QStringLiteral("733-"));
        row("postal 7 digits", "postalCode", QStringLiteral("7330001"), S::Acceptable,
            QStringLiteral("7330001"));
        row("postal 8 chars", "postalCode", QStringLiteral("733-0001"), S::Acceptable,
            QStringLiteral("733-0001"));
        row("postal full-width", "postalCode", QStringLiteral("７３３ー０００１"), S::Acceptable,
            QStringLiteral("733-0001"));
        row("postal 8 digits", "postalCode", QStringLiteral("73300011"), S::Invalid,
            QStringLiteral("73300011"));
        row("postal 9 chars", "postalCode", QStringLiteral("733-00011"), S::Invalid,
            QStringLiteral("733-00011"));
        row("postal letter", "postalCode", QStringLiteral("73a"), S::Invalid,
            QStringLiteral("73a"));
        row("postal hyphen misplaced", "postalCode", QStringLiteral("7330-"), S::Invalid,
            QStringLiteral("7330-"));
        // A space after the first three digits is the separator: typing goes on.
        row("postal space after three", "postalCode", QStringLiteral("733 "), S::Intermediate,
            QStringLiteral("733-"));
        row("postal space between", "postalCode", QStringLiteral("733 0001"), S::Acceptable,
            QStringLiteral("733-0001"));
        row("postal spaces around hyphen", "postalCode", QStringLiteral("733 - 0001"),
            S::Acceptable, QStringLiteral("733-0001"));
        row("phone typing", "phone", QStringLiteral("082"), S::Intermediate, QStringLiteral("082"));
        row("phone brackets", "phone", QStringLiteral("082(123)4567"), S::Acceptable,
            QStringLiteral("0821234567"));
        row("phone plus on its way", "phone", QStringLiteral("+"), S::Intermediate,
            QStringLiteral("+"));
        row("phone +8 on its way", "phone", QStringLiteral("+8"), S::Intermediate,
            QStringLiteral("+8"));
        row("phone country code", "phone", QStringLiteral("+81 82 123 4567"), S::Acceptable,
            QStringLiteral("0821234567"));
        // Kept on screen, with a message, never merged into the number.
        row("phone extension kept", "phone", QStringLiteral("082-123-4567 内線12"), S::Intermediate,
            QStringLiteral("0821234567内線12"));
        row("phone hyphens dropped", "phone", QStringLiteral("082-123-4567"), S::Acceptable,
            QStringLiteral("0821234567"));
        row("phone full-width", "phone", QStringLiteral("０９０１２３４５６７８"), S::Acceptable,
            QStringLiteral("09012345678"));
        row("phone 12 digits", "phone", QStringLiteral("090123456789"), S::Invalid,
            QStringLiteral("090123456789"));
        row("phone letter", "phone", QStringLiteral("09a"), S::Invalid, QStringLiteral("09a"));
        row("phone not from 0", "phone", QStringLiteral("8212345678"), S::Intermediate,
            QStringLiteral("8212345678"));
        row("mobile empty ok", "mobile", {}, S::Acceptable, {});
        row("mobile landline", "mobile", QStringLiteral("0821234567"), S::Intermediate,
            QStringLiteral("0821234567"));
        row("mobile ok", "mobile", QStringLiteral("080-1234-5678"), S::Acceptable,
            QStringLiteral("08012345678"));
        row("email typing", "email", QStringLiteral("taro@exa"), S::Intermediate,
            QStringLiteral("taro@exa"));
        row("email full-width", "email", QStringLiteral("ｔａｒｏ＠ｅｘ．ｊｐ"), S::Acceptable,
            QStringLiteral("taro@ex.jp"));
        row("text empty", "companyName", {}, S::Intermediate, {});
        row("text", "companyName", QStringLiteral("見守り商事"), S::Acceptable,
            QStringLiteral("見守り商事"));
        row("text too long kept", "companyName", QString(120, u'a'), S::Intermediate,
            QString(120, u'a'));
    }
    void validate()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, typed);
        QFETCH(QValidator::State, state);
        QFETCH(QString, shown);
        const FieldSpec spec = field == "mobile" ? TestData::loginUserSpec("mobile")
                                                 : TestData::customerSpec(field.constData());
        FieldValidator validator(spec);
        // Typed: everything but the last key is there already.
        QString before = typed.left(typed.size() - 1);
        int beforePos = int(before.size());
        validator.validate(before, beforePos);
        QString text = before + typed.right(1);
        int pos = int(text.size());
        QCOMPARE(validator.validate(text, pos), state);
        if (state != QValidator::Invalid)
            QCOMPARE(text, shown);
        QVERIFY(pos >= 0 && pos <= text.size());
    }

    void aPasteIsNeverRefused_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("pasted");
        QTest::newRow("postal 8 digits") << QByteArray("postalCode") << QStringLiteral("73300011");
        QTest::newRow("postal with letters") << QByteArray("postalCode") << QStringLiteral("〒ABC");
        QTest::newRow("phone with words") << QByteArray("phone") << QStringLiteral("TEL 082-123");
        QTest::newRow("phone 12 digits") << QByteArray("phone") << QStringLiteral("090123456789");
    }
    void aPasteIsNeverRefused()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, pasted);
        FieldValidator validator(TestData::customerSpec(field.constData()));
        QString text = pasted;
        int pos = int(text.size());
        // Kept on screen (Intermediate, with its message), never undone.
        QCOMPARE(validator.validate(text, pos), QValidator::Intermediate);
        // A single key that cannot belong is still refused afterwards.
        QString more = text + u'Z';
        int morePos = int(more.size());
        QCOMPARE(validator.validate(more, morePos), QValidator::Invalid);
    }

    void cursorStaysWhereTyped()
    {
        FieldValidator validator(TestData::customerSpec("phone"));
        QString text = QStringLiteral("082-1234567");
        int pos = 5; // after "082-1"
        QCOMPARE(validator.validate(text, pos), QValidator::Acceptable);
        QCOMPARE(text, QStringLiteral("0821234567"));
        QCOMPARE(pos, 4); // still after the "1"
    }

    void fixupGivesCanonicalForm()
    {
        FieldValidator postal(TestData::customerSpec("postalCode"));
        QString text = QStringLiteral("7330001");
        postal.fixup(text);
        QCOMPARE(text, QStringLiteral("733-0001"));
    }
};

MOSHIKOMI_TEST(TestFieldValidator)
#include "tst_fieldvalidator.moc"
