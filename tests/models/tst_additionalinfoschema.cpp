#include "core/additionalinfoschema.h"
#include "messages/messagecatalog.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

class TestAdditionalInfoSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleSchemaParses()
    {
        QString error;
        const AdditionalInfoSchema s =
            AdditionalInfoSchema::fromJson(TestData::sampleSchemaJson(), &error);
        QVERIFY2(s.isValid(), qPrintable(error));
        QCOMPARE(s.version(), QStringLiteral("2026-11-a"));
        QCOMPARE(s.fields().size(), 5);
        const AdditionalInfoSchema::Field *contract = s.field(QStringLiteral("contractNumber"));
        QVERIFY(contract);
        QCOMPARE(contract->type, AdditionalInfoSchema::Type::Text);
        QVERIFY(contract->required);
        QCOMPARE(contract->maxLength, 20);
        QCOMPARE(contract->label(true), QStringLiteral("契約番号"));
        QCOMPARE(contract->label(false), QStringLiteral("Contract number"));
        QCOMPARE(s.field(QStringLiteral("plan"))->options.size(), 2);
        QCOMPARE(s.field(QStringLiteral("employees"))->maximum.toLongLong(), 100000);
        QCOMPARE(s.field(QStringLiteral("installDate"))->minimum.toDate(), QDate(2026, 1, 1));
    }
    void emptySchemaHasNoFields()
    {
        const AdditionalInfoSchema s =
            AdditionalInfoSchema::fromJson("{\"version\":\"v0\",\"fields\":[]}");
        QVERIFY(s.isValid());
        QVERIFY(s.isEmpty());
    }
    void badSchemas_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no version") << QByteArray("{\"fields\":[]}");
        QTest::newRow("unknown type")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"colour\"}]}");
        QTest::newRow("duplicate key")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"text\"},{"
                          "\"key\":\"a\",\"type\":\"text\"}]}");
        QTest::newRow("choice without options")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"choice\"}]}");
        QTest::newRow("bad pattern") << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\","
                                                   "\"type\":\"text\",\"pattern\":\"([\"}]}");
        QTest::newRow("pattern quoting the anchor")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"text\","
                          "\"pattern\":\"\\\\Qabc\"}]}");
        QTest::newRow("pattern with a control verb")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"text\","
                          "\"pattern\":\"a(*ACCEPT)b\"}]}");
        QTest::newRow("number limit beyond any integer")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"number\","
                          "\"max\":1e20}]}");
        QTest::newRow("number limit far below")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"number\","
                          "\"min\":-1e300}]}");
        QTest::newRow("bad date limit")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"date\",\"min\":"
                          "\"tomorrow\"}]}");
        QTest::newRow("number range with nothing in it")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"number\","
                          "\"min\":5,\"max\":1}]}");
        QTest::newRow("date range with nothing in it")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"date\","
                          "\"min\":\"2027-01-01\",\"max\":\"2026-12-31\"}]}");
        QTest::newRow("maxLength as a string")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"text\","
                          "\"maxLength\":\"20\"}]}");
        QTest::newRow("maxLength below one")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"text\","
                          "\"maxLength\":-1}]}");
        QTest::newRow("option without a value")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"choice\","
                          "\"options\":[{\"label\":\"A\"}]}]}");
        QTest::newRow("two options with one value")
            << QByteArray("{\"version\":\"1\",\"fields\":[{\"key\":\"a\",\"type\":\"choice\","
                          "\"options\":[{\"value\":\"x\",\"label\":\"A\"},{\"value\":\"x\","
                          "\"label\":\"B\"}]}]}");
    }
    void largeLimitsAreSaidAsTheyAre()
    {
        const AdditionalInfoSchema schema = AdditionalInfoSchema::fromJson(
            "{\"version\":\"1\",\"fields\":[{\"key\":\"n\",\"type\":\"number\","
            "\"max\":5000000000}]}");
        QVERIFY(schema.isValid());
        const FieldError e = AdditionalInfoSchema::check(schema.fields().first(),
                                                         QVariant::fromValue(qint64(5000000001)));
        QCOMPARE(e.code, QStringLiteral("above_maximum"));
        QCOMPARE(e.args, QStringList{QStringLiteral("5000000000")});
        // A value of 1e20 is refused, not converted (undefined behaviour).
        QCOMPARE(AdditionalInfoSchema::check(schema.fields().first(), 1e20).code,
                 QStringLiteral("not_integer"));
    }

    void patternsMatchWholeValues()
    {
        const AdditionalInfoSchema schema = AdditionalInfoSchema::fromJson(
            "{\"version\":\"1\",\"fields\":[{\"key\":\"d\",\"type\":\"text\","
            "\"pattern\":\"^[0-9]{3}$\"}]}");
        QVERIFY(schema.isValid());
        const auto &f = schema.fields().first();
        QVERIFY(!AdditionalInfoSchema::check(f, QStringLiteral("123")).isError());
        // $ no longer lets a trailing line feed through.
        QCOMPARE(AdditionalInfoSchema::check(f, QStringLiteral("123\n")).code,
                 QStringLiteral("invalid_character"));
        QCOMPARE(AdditionalInfoSchema::check(f, QStringLiteral("1234")).code,
                 QStringLiteral("pattern_mismatch"));
    }

    // A code typed full-width (the input method on) is taken in half-width
    // when only that form matches; a text without a pattern, or one whose
    // full-width form is what matches, stays as typed.
    void codesTakenInTheFormThePatternWants()
    {
        const AdditionalInfoSchema schema = AdditionalInfoSchema::fromJson(
            "{\"version\":\"1\",\"fields\":["
            "{\"key\":\"code\",\"type\":\"text\",\"pattern\":\"^[A-Z0-9-]{6,20}$\"},"
            "{\"key\":\"note\",\"type\":\"text\"},"
            "{\"key\":\"wide\",\"type\":\"text\",\"pattern\":\"^[Ａ-Ｚ]+$\"}]}");
        QVERIFY(schema.isValid());
        const QVariantMap n =
            schema.normalised({{QStringLiteral("code"), QStringLiteral("ＡＢ－１２３４")},
                               {QStringLiteral("note"), QStringLiteral("ＡＢＣ")},
                               {QStringLiteral("wide"), QStringLiteral("ＡＢＣ")}});
        QCOMPARE(n.value(QStringLiteral("code")).toString(), QStringLiteral("AB-1234"));
        QCOMPARE(n.value(QStringLiteral("note")).toString(), QStringLiteral("ＡＢＣ"));
        QCOMPARE(n.value(QStringLiteral("wide")).toString(), QStringLiteral("ＡＢＣ"));
        QVERIFY(schema.validate(n).isEmpty());
        // Dictated letter by letter and typed in lower case: taken in the
        // case the pattern wants, in either width; a pattern that accepts
        // lower case keeps it, and one that matches neither is left to refuse.
        const AdditionalInfoSchema cased = AdditionalInfoSchema::fromJson(
            "{\"version\":\"1\",\"fields\":["
            "{\"key\":\"code\",\"type\":\"text\",\"pattern\":\"^[A-Z0-9-]{6,20}$\"},"
            "{\"key\":\"lower\",\"type\":\"text\",\"pattern\":\"^[a-z]+$\"}]}");
        QVERIFY(cased.isValid());
        const QString typed[][2] = {{QStringLiteral("ab-123456"), QStringLiteral("AB-123456")},
                                    {QStringLiteral("ａｂ－１２３４"), QStringLiteral("AB-1234")},
                                    {QStringLiteral("Ab-1234x"), QStringLiteral("AB-1234X")},
                                    {QStringLiteral("ab"), QStringLiteral("ab")},
                                    {QStringLiteral("ab_1234"), QStringLiteral("ab_1234")}};
        for (const auto &[in, out] : typed) {
            const QVariantMap c = cased.normalised({{QStringLiteral("code"), in}});
            QCOMPARE(c.value(QStringLiteral("code")).toString(), out);
        }
        QCOMPARE(cased.normalised({{QStringLiteral("lower"), QStringLiteral("abc")}})
                     .value(QStringLiteral("lower"))
                     .toString(),
                 QStringLiteral("abc"));
        // Not a code in either width: left for the rule to refuse.
        QCOMPARE(schema.normalised({{QStringLiteral("code"), QStringLiteral("ａｂ")}})
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ａｂ"));
    }

    // A pattern PCRE2 cannot finish on a value (here: the depth limit of a
    // repeated group over a long value) is the schema's fault: said as such,
    // never as "does not have the expected form".
    void aPatternBeyondTheMatchersLimitsIsASchemaError()
    {
        const AdditionalInfoSchema schema = AdditionalInfoSchema::fromJson(
            "{\"version\":\"1\",\"fields\":[{\"key\":\"d\",\"type\":\"text\","
            "\"maxLength\":200000,\"pattern\":\"(a|a)+\"}]}");
        QVERIFY(schema.isValid());
        const auto &f = schema.fields().first();
        QVERIFY(!AdditionalInfoSchema::check(f, QStringLiteral("aaaa")).isError());
        QCOMPARE(AdditionalInfoSchema::check(f, QString(100000, u'a')).code,
                 QStringLiteral("schema_error"));
        QCOMPARE(AdditionalInfoSchema::check(f, QStringLiteral("aab")).code,
                 QStringLiteral("pattern_mismatch"));
        QVERIFY(MessageCatalog::text(AdditionalInfoSchema::check(f, QString(100000, u'a')),
                                     MessageCatalog::Language::Japanese)
                    .contains(QStringLiteral("管理者")));
    }

    void badSchemas()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!AdditionalInfoSchema::fromJson(json, &error).isValid());
        QVERIFY(!error.isEmpty());
    }
};

MOSHIKOMI_TEST(TestAdditionalInfoSchema)
#include "tst_additionalinfoschema.moc"
