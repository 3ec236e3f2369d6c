#include "testdata.h"
#include "testregistry.h"

#include "core/applicationrules.h"
#include "core/fieldtable.h"
#include "core/wirecodec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

template<typename Record>
QSet<QString> names(const QList<RecordField<Record>> &fields, bool withClientOnly)
{
    QSet<QString> result;
    for (const RecordField<Record> &f : fields) {
        if (withClientOnly || !f.spec.isClientOnly())
            result.insert(f.spec.wireName());
    }
    return result;
}

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return {k.cbegin(), k.cend()};
}

} // namespace

// The field table is the one description of the application's fields: the
// codec writes exactly its fields, the rules report its paths, the prefills
// follow it.
class TestFieldTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codecWritesExactlyTheTable_data()
    {
        QTest::addColumn<WireCodec::Form>("form");
        QTest::newRow("wire") << WireCodec::Form::Wire;
        QTest::newRow("draft") << WireCodec::Form::Draft;
    }
    void codecWritesExactlyTheTable()
    {
        QFETCH(WireCodec::Form, form);
        const bool draft = form == WireCodec::Form::Draft;
        const QJsonObject o = WireCodec::toJson(TestData::validApplication(), form);
        QSet<QString> top = {"id",           "formVersion",    "enteredAt", "customer",
                             "destinations", "additionalInfo", "loginUsers"};
        if (draft)
            top += {"createdAt", "updatedAt"};
        QCOMPARE(keys(o), top);
        QCOMPARE(keys(o.value("customer").toObject()), names(FieldTable::customer(), draft));
        QCOMPARE(keys(o.value("destinations").toArray().first().toObject()),
                 names(FieldTable::destination(), draft));
        QCOMPARE(keys(o.value("loginUsers").toArray().first().toObject()),
                 names(FieldTable::loginUser(), draft));
        // The confirmations are never sent.
        QCOMPARE(names(FieldTable::customer(), true) - names(FieldTable::customer(), false),
                 QSet<QString>{"emailConfirm"});
        QCOMPARE(names(FieldTable::loginUser(), true) - names(FieldTable::loginUser(), false),
                 QSet<QString>{"emailConfirm"});
    }

    void decodingReadsEveryField()
    {
        const Application a = TestData::validApplication();
        const WireCodec::Result r =
            WireCodec::decode(WireCodec::encode(a, WireCodec::Form::Draft), WireCodec::Form::Draft);
        QVERIFY(r.ok());
        QCOMPARE(r.application.customer, a.customer);
        QCOMPARE(r.application.destinations, a.destinations);
        QCOMPARE(r.application.loginUsers, a.loginUsers);
    }

    void everyRequiredFieldIsReportedAtItsPath()
    {
        for (const RecordField<Customer> &f : FieldTable::customer()) {
            if (!f.spec.required)
                continue;
            Application a = TestData::validApplication();
            a.customer.*f.text = QString();
            bool found = false;
            for (const FieldError &e :
                 ApplicationRules::validate(a, ApplicationRules::Confirmation::Check))
                found =
                    found || (e.path == "customer." + f.spec.wireName() && e.code == "required");
            QVERIFY2(found, f.spec.name);
        }
        for (const RecordField<Destination> &f : FieldTable::destination()) {
            if (!f.text || !f.spec.required)
                continue;
            Application a = TestData::validApplication();
            a.destinations[0].*f.text = QString();
            bool found = false;
            for (const FieldError &e :
                 ApplicationRules::validate(a, ApplicationRules::Confirmation::Check))
                found = found ||
                        (e.path == "destinations[0]." + f.spec.wireName() && e.code == "required");
            QVERIFY2(found, f.spec.name);
        }
    }

    void prefillsFollowTheTable()
    {
        const Customer c = TestData::validCustomer();
        const Destination d = Destination::prefilledFrom(c);
        QCOMPARE(d.companyName, c.companyName);
        QCOMPARE(d.firstName, c.firstName);
        QCOMPARE(d.phone, c.phone);
        QCOMPARE(d.units, 1);
        const LoginUser u = LoginUser::prefilledFrom(c);
        QCOMPARE(u.lastName, c.lastName);
        QCOMPARE(u.email, c.email);
        QCOMPARE(u.emailConfirm, c.email);
        QVERIFY(u.mobile.isEmpty());
    }

    void limitsComeFromOnePlace()
    {
        QCOMPARE(FieldTable::spec(&Destination::companyName).maxLength, 100);
        Application a = TestData::validApplication();
        a.destinations =
            DestinationList(FieldTable::MaxDestinations + 1, TestData::validDestination());
        QStringList codes;
        for (const FieldError &e : ApplicationRules::validateDestinations(a.destinations))
            codes << e.code;
        QVERIFY(codes.contains("too_many_destinations"));
    }
};

MOSHIKOMI_TEST(TestFieldTable)
#include "tst_fieldtable.moc"
