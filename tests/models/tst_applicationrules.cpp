#include "core/additionalinfoschema.h"
#include "core/applicationrules.h"
#include "core/fieldtable.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

using Confirmation = ApplicationRules::Confirmation;

namespace {
QStringList codesAt(const FieldErrors &errors, const QString &path)
{
    QStringList codes;
    for (const FieldError &e : errors) {
        if (e.path == path)
            codes.append(e.code);
    }
    return codes;
}
QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(e.path + u'=' + e.code);
    return parts.join(QStringLiteral(", "));
}
} // namespace

class TestApplicationRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validApplicationPasses()
    {
        const FieldErrors errors =
            ApplicationRules::validate(TestData::validApplication(), Confirmation::Check);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }

    void customerField_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code"); // empty: accepted
        auto row = [](const char *name, const char *field, const QString &v, const char *code) {
            QTest::newRow(name) << QByteArray(field) << v << QString::fromLatin1(code);
        };
        row("company empty", "companyName", {}, "required");
        row("last name empty", "lastName", {}, "required");
        row("first name optional in step 1", "firstName", {}, "");
        row("department optional", "department", {}, "");
        row("title required", "title", {}, "required");
        row("company too long", "companyName", QString(101, u'社'), "too_long");
        row("company at limit", "companyName", QString(100, u'社'), "");
        row("email ok", "email", QStringLiteral("a.b+c@mail.example.co.jp"), "");
        row("email no at", "email", QStringLiteral("example.co.jp"), "invalid_email/no_at");
        row("email no dot in domain", "email", QStringLiteral("taro@localhost"),
            "invalid_email/domain");
        row("email two ats", "email", QStringLiteral("a@b@example.jp"), "invalid_email");
        row("email two addresses", "email", QStringLiteral("taro@example.jp, hanako@example.jp"),
            "invalid_email/several");
        row("email two addresses with a slash", "email",
            QStringLiteral("taro@example.jp/hanako@example.jp"), "invalid_email/several");
        row("email space", "email", QStringLiteral("ta ro@example.jp"), "invalid_email/space");
        row("email comma for a dot", "email", QStringLiteral("taro@example,co,jp"),
            "invalid_email/comma");
        row("email comma and space", "email", QStringLiteral("taro@example, co.jp"),
            "invalid_email/comma");
        row("email ideographic comma", "email", QStringLiteral("taro@example、co.jp"),
            "invalid_email/comma");
        row("email nothing before the @", "email", QStringLiteral("@example.jp"), "invalid_email");
        row("email trailing dot", "email", QStringLiteral("taro@example.jp."), "invalid_email");
        // Old Japanese carrier addresses, still in use (docs/decisions.md).
        row("email double dot local (carrier)", "email", QStringLiteral("ta..ro@ezweb.ne.jp"), "");
        row("email dot before at (carrier)", "email", QStringLiteral("taro.@docomo.ne.jp"), "");
        row("email leading dot", "email", QStringLiteral(".taro@example.jp"), "invalid_email");
        row("email domain label of 63", "email",
            QStringLiteral("taro@") + QString(63, u'a') + QStringLiteral(".jp"), "");
        row("email domain label of 64", "email",
            QStringLiteral("taro@") + QString(64, u'a') + QStringLiteral(".jp"), "invalid_email");
        row("email internationalised domain in ASCII", "email",
            QStringLiteral("taro@xn--r8jz45g.jp"), "");
        row("email with a line feed", "email", QStringLiteral("taro@example.jp\n"),
            "invalid_character");
        row("phone with extension", "phone", QStringLiteral("0821234567内線12"), "phone_extension");
        row("phone with ext.", "phone", QStringLiteral("0821234567ext.12"), "phone_extension");
        row("phone with x", "phone", QStringLiteral("0821234567x12"), "phone_extension");
        row("company with a tab", "companyName", QStringLiteral("株式会社\t見守り"),
            "invalid_character");
        row("company with a line feed", "companyName", QStringLiteral("株式会社\n見守り"),
            "invalid_character");
        row("company with NUL", "companyName", QString(QStringLiteral("株式会社")) + QChar(0),
            "invalid_character");
        row("company with U+0001", "companyName", QStringLiteral("A\u0001B"), "invalid_character");
        row("company with DEL", "companyName", QStringLiteral("A\u007FB"), "invalid_character");
        row("address with a right-to-left override", "address", QStringLiteral("広島市\u202E西区"),
            "invalid_character");
        row("address with an isolate", "address", QStringLiteral("広島市\u2066西区"),
            "invalid_character");
        row("address with a line separator", "address", QStringLiteral("広島市\u2028西区"),
            "invalid_character");
        row("name with a lone surrogate", "lastName", QString(QChar(0xD842)), "invalid_character");
        row("26 characters outside the BMP fit in 50", "lastName",
            QString(QStringLiteral("𠮷")).repeated(26), "");
        row("50 characters outside the BMP fit in 50", "lastName",
            QString(QStringLiteral("𠮷")).repeated(50), "");
        row("51 characters outside the BMP are too long", "lastName",
            QString(QStringLiteral("𠮷")).repeated(51), "too_long");
        row("email empty", "email", {}, "required");
        row("postal 7 digits canonical", "postalCode", QStringLiteral("733-0001"), "");
        row("postal 6 chars", "postalCode", QStringLiteral("733000"), "invalid_postal_code");
        row("postal 7 chars unnormalised", "postalCode", QStringLiteral("7330001"),
            "invalid_postal_code");
        row("postal 8 chars wrong hyphen", "postalCode", QStringLiteral("7330-001"),
            "invalid_postal_code");
        row("postal 9 chars", "postalCode", QStringLiteral("733-00011"), "invalid_postal_code");
        row("postal letters", "postalCode", QStringLiteral("73a-0001"), "invalid_postal_code");
        row("prefecture 01", "prefecture", QStringLiteral("01"), "");
        row("prefecture 47", "prefecture", QStringLiteral("47"), "");
        row("prefecture 48", "prefecture", QStringLiteral("48"), "invalid_prefecture");
        row("prefecture name", "prefecture", QStringLiteral("広島県"), "invalid_prefecture");
        row("phone 10 digits", "phone", QStringLiteral("0821234567"), "");
        row("phone 11 digits", "phone", QStringLiteral("09012345678"), "");
        row("phone 9 digits", "phone", QStringLiteral("082123456"), "invalid_phone");
        row("phone 12 digits", "phone", QStringLiteral("082123456789"), "invalid_phone");
        row("phone not starting 0", "phone", QStringLiteral("8212345678"), "invalid_phone");
        row("phone with hyphen", "phone", QStringLiteral("082-123-4567"), "invalid_phone");
        row("phone full-width", "phone", QStringLiteral("０８２１２３４５６７"), "invalid_phone");
    }
    void customerField()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        const FieldSpec spec = TestData::customerSpec(field.constData());
        QCOMPARE(ApplicationRules::checkValue(spec, value), code);
    }

    // A digit missed or said twice while dictating: the fault carries how
    // many digits were entered; other faults of the number do not.
    void digitCountOfANumber_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("phone 9 digits")
            << QByteArray("phone") << QStringLiteral("082123456") << QStringList{"9"};
        QTest::newRow("phone 12 digits")
            << QByteArray("phone") << QStringLiteral("082123456789") << QStringList{"12"};
        QTest::newRow("phone not starting 0")
            << QByteArray("phone") << QStringLiteral("8212345678") << QStringList();
        QTest::newRow("phone with a letter")
            << QByteArray("phone") << QStringLiteral("082123456a") << QStringList();
        QTest::newRow("mobile 10 digits")
            << QByteArray("mobile") << QStringLiteral("0901234567") << QStringList{"10"};
        QTest::newRow("mobile 060")
            << QByteArray("mobile") << QStringLiteral("06012345678") << QStringList();
        QTest::newRow("postal code 6 digits")
            << QByteArray("postalCode") << QStringLiteral("733-001") << QStringList{"6"};
        QTest::newRow("postal code 8 digits")
            << QByteArray("postalCode") << QStringLiteral("73300011") << QStringList{"8"};
        QTest::newRow("postal code with a letter")
            << QByteArray("postalCode") << QStringLiteral("73a-0001") << QStringList();
        QTest::newRow("postal code, hyphen misplaced")
            << QByteArray("postalCode") << QStringLiteral("7330-001") << QStringList();
    }
    void digitCountOfANumber()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, value);
        QFETCH(QStringList, args);
        const FieldSpec spec = field == "mobile" ? FieldTable::spec(&LoginUser::mobile)
                                                 : TestData::customerSpec(field.constData());
        const FieldError e = ApplicationRules::checkField(spec, value);
        QVERIFY(e.isError());
        QCOMPARE(e.args, args);
    }

    void firstNameRequiredForDestinationsAndUsers()
    {
        Application a = TestData::validApplication();
        a.customer.firstName.clear();
        a.destinations[0].firstName.clear();
        a.loginUsers[0].firstName.clear();
        const FieldErrors errors = ApplicationRules::validate(a, Confirmation::Check);
        QCOMPARE(codesAt(errors, QStringLiteral("customer.firstName")), QStringList());
        QCOMPARE(codesAt(errors, QStringLiteral("destinations[0].firstName")),
                 QStringList{"required"});
        QCOMPARE(codesAt(errors, QStringLiteral("loginUsers[0].firstName")),
                 QStringList{"required"});
    }

    void mobile_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty is fine") << QString() << QString();
        QTest::newRow("070") << QStringLiteral("07012345678") << QString();
        QTest::newRow("080") << QStringLiteral("08012345678") << QString();
        QTest::newRow("090") << QStringLiteral("09012345678") << QString();
        QTest::newRow("060") << QStringLiteral("06012345678") << QStringLiteral("invalid_mobile");
        QTest::newRow("landline") << QStringLiteral("0821234567")
                                  << QStringLiteral("invalid_mobile");
        QTest::newRow("12 digits")
            << QStringLiteral("090123456789") << QStringLiteral("invalid_mobile");
    }
    void mobile()
    {
        QFETCH(QString, value);
        QFETCH(QString, code);
        QCOMPARE(ApplicationRules::checkValue(TestData::loginUserSpec("mobile"), value), code);
    }

    void confirmation_data()
    {
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("code");
        QTest::newRow("same") << QStringLiteral("taro.yamada@example.co.jp") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("required");
        QTest::newRow("different")
            << QStringLiteral("taro.yamada@example.co.jq") << QStringLiteral("email_mismatch");
        QTest::newRow("domain in capitals is the same")
            << QStringLiteral("taro.yamada@EXAMPLE.CO.JP") << QString();
        QTest::newRow("local part in capitals is not, and is said so")
            << QStringLiteral("TARO.yamada@example.co.jp") << QStringLiteral("email_mismatch/case");
        QTest::newRow("capitals and a typo: a typo")
            << QStringLiteral("TARO.yamada@example.co.jq") << QStringLiteral("email_mismatch");
    }
    void confirmation()
    {
        QFETCH(QString, confirm);
        QFETCH(QString, code);
        Application a = TestData::validApplication();
        a.customer.emailConfirm = confirm;
        const FieldErrors checked = ApplicationRules::validate(a, Confirmation::Check);
        QCOMPARE(codesAt(checked, QStringLiteral("customer.emailConfirm")),
                 code.isEmpty() ? QStringList() : QStringList{code});
        // The service never sees the confirmation and must not ask for it.
        QVERIFY(ApplicationRules::validate(a, Confirmation::Ignore).isEmpty());
    }

    void units_data()
    {
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("code");
        QTest::newRow("0") << 0 << QStringLiteral("invalid_units");
        QTest::newRow("1") << 1 << QString();
        QTest::newRow("10") << 10 << QString();
        QTest::newRow("11") << 11 << QStringLiteral("invalid_units");
        QTest::newRow("-1") << -1 << QStringLiteral("invalid_units");
    }
    void units()
    {
        QFETCH(int, units);
        QFETCH(QString, code);
        Application a = TestData::validApplication();
        a.destinations[0].units = units;
        const FieldErrors errors = ApplicationRules::validateDestinations(a.destinations);
        QCOMPARE(codesAt(errors, QStringLiteral("destinations[0].units")),
                 code.isEmpty() ? QStringList() : QStringList{code});
    }

    void destinationCountAndUnitSum_data()
    {
        QTest::addColumn<QList<int>>("units");
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << QList<int>{} << QStringLiteral("too_few_destinations");
        QTest::newRow("one") << QList<int>{1} << QString();
        QTest::newRow("10 destinations sum 10") << QList<int>(10, 1) << QString();
        QTest::newRow("11 destinations")
            << QList<int>(11, 1) << QStringLiteral("too_many_destinations");
        QTest::newRow("sum 10") << QList<int>{3, 3, 4} << QString();
        QTest::newRow("sum 11") << QList<int>{3, 4, 4} << QStringLiteral("units_total_exceeded");
        QTest::newRow("one of 10") << QList<int>{10} << QString();
        QTest::newRow("10 and 1") << QList<int>{10, 1} << QStringLiteral("units_total_exceeded");
    }
    void destinationCountAndUnitSum()
    {
        QFETCH(QList<int>, units);
        QFETCH(QString, code);
        DestinationList list;
        for (int u : units) {
            Destination d = TestData::validDestination();
            d.units = u;
            list.append(d);
        }
        const FieldErrors errors = ApplicationRules::validateDestinations(list);
        QCOMPARE(codesAt(errors, QStringLiteral("destinations")),
                 code.isEmpty() ? QStringList() : QStringList{code});
        if (code.isEmpty())
            QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }

    void loginUsers_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << QStringList{} << "loginUsers"
                              << "too_few_login_users";
        QTest::newRow("one") << QStringList{"a@ex.jp"} << ""
                             << "";
        QTest::newRow("three") << QStringList{"a@ex.jp", "b@ex.jp", "c@ex.jp"} << ""
                               << "";
        QTest::newRow("four") << QStringList{"a@ex.jp", "b@ex.jp", "c@ex.jp", "d@ex.jp"}
                              << "loginUsers"
                              << "too_many_login_users";
        QTest::newRow("duplicate") << QStringList{"a@ex.jp", "a@ex.jp"} << "loginUsers[1].email"
                                   << "duplicate_email";
        QTest::newRow("duplicate by case")
            << QStringList{"a@ex.jp", "b@ex.jp", "A@EX.JP"} << "loginUsers[2].email"
            << "duplicate_email";
    }
    void loginUsers()
    {
        QFETCH(QStringList, emails);
        QFETCH(QString, path);
        QFETCH(QString, code);
        LoginUserList users;
        for (const QString &e : emails) {
            LoginUser u = TestData::validLoginUser();
            u.email = u.emailConfirm = e;
            users.append(u);
        }
        const FieldErrors errors = ApplicationRules::validateLoginUsers(users, Confirmation::Check);
        if (code.isEmpty())
            QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        else
            QCOMPARE(codesAt(errors, path), QStringList{code});
    }

    void additionalInfoAgainstSchema_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("contract ok")
            << "contractNumber" << QVariant(QStringLiteral("AB-1234")) << "";
        QTest::newRow("contract pattern")
            << "contractNumber" << QVariant(QStringLiteral("ab-1234")) << "pattern_mismatch";
        QTest::newRow("contract missing") << "contractNumber" << QVariant() << "required";
        QTest::newRow("contract too long")
            << "contractNumber" << QVariant(QString(21, u'A')) << "too_long";
        QTest::newRow("plan unknown")
            << "plan" << QVariant(QStringLiteral("gold")) << "invalid_choice";
        QTest::newRow("employees 0") << "employees" << QVariant(0) << "below_minimum";
        QTest::newRow("employees max") << "employees" << QVariant(100000) << "";
        QTest::newRow("employees over") << "employees" << QVariant(100001) << "above_maximum";
        QTest::newRow("employees fraction") << "employees" << QVariant(1.5) << "not_integer";
        QTest::newRow("employees text")
            << "employees" << QVariant(QStringLiteral("12")) << "invalid_type";
        QTest::newRow("date ok") << "installDate" << QVariant(QStringLiteral("2026-12-01")) << "";
        QTest::newRow("date early")
            << "installDate" << QVariant(QStringLiteral("2025-12-31")) << "below_minimum_date";
        QTest::newRow("date shape")
            << "installDate" << QVariant(QStringLiteral("2026/12/01")) << "invalid_date";
        QTest::newRow("checkbox bool") << "rackMount" << QVariant(true) << "";
        QTest::newRow("checkbox text")
            << "rackMount" << QVariant(QStringLiteral("yes")) << "invalid_type";
        QTest::newRow("unknown key")
            << "colour" << QVariant(QStringLiteral("red")) << "unknown_field";
    }
    void additionalInfoAgainstSchema()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, code);
        const AdditionalInfoSchema schema =
            AdditionalInfoSchema::fromJson(TestData::sampleSchemaJson());
        QVERIFY(schema.isValid());
        QVariantMap values{{QStringLiteral("contractNumber"), QStringLiteral("AB-1234")},
                           {QStringLiteral("plan"), QStringLiteral("standard")}};
        if (value.isValid())
            values.insert(key, value);
        else
            values.remove(key);
        const FieldErrors errors = ApplicationRules::validateAdditionalInfo(values, &schema);
        QCOMPARE(codesAt(errors, QStringLiteral("additionalInfo.") + key),
                 code.isEmpty() ? QStringList() : QStringList{code});
    }

    void noSchemaMeansNoAdditionalInfo()
    {
        QVERIFY(ApplicationRules::validateAdditionalInfo({}, nullptr).isEmpty());
        const FieldErrors errors =
            ApplicationRules::validateAdditionalInfo({{QStringLiteral("x"), 1}}, nullptr);
        QCOMPARE(codesAt(errors, QStringLiteral("additionalInfo.x")), QStringList{"unknown_field"});
    }

    void errorsCarryTheirArguments()
    {
        Application a = TestData::validApplication();
        a.customer.title = QString(51, u'x');
        a.destinations = {TestData::validDestination(), TestData::validDestination()};
        a.destinations[0].units = 6;
        a.destinations[1].units = 7;
        const FieldErrors errors = ApplicationRules::validate(a, Confirmation::Check);
        const auto at = [&](const QString &path) {
            for (const FieldError &e : errors) {
                if (e.path == path)
                    return e;
            }
            return FieldError{};
        };
        QCOMPARE(at(QStringLiteral("customer.title")),
                 (FieldError{QStringLiteral("customer.title"), QStringLiteral("too_long"),
                             QStringList{QStringLiteral("50"), QStringLiteral("51")}}));
        QCOMPARE(at(QStringLiteral("destinations")),
                 (FieldError{QStringLiteral("destinations"), QStringLiteral("units_total_exceeded"),
                             QStringList{QStringLiteral("13")}}));
    }
};

MOSHIKOMI_TEST(TestApplicationRules)
#include "tst_applicationrules.moc"
