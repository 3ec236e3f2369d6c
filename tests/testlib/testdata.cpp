#include "testdata.h"

#include <QDir>
#include <QFile>

namespace TestData {

namespace {
template<typename Record> FieldSpec find(const QList<RecordField<Record>> &fields, const char *name)
{
    for (const RecordField<Record> &f : fields) {
        if (qstrcmp(f.spec.name, name) == 0)
            return f.spec;
    }
    qFatal("no field %s", name);
}
} // namespace

FieldSpec customerSpec(const char *name)
{
    return find(FieldTable::customer(), name);
}

FieldSpec destinationSpec(const char *name)
{
    return find(FieldTable::destination(), name);
}

FieldSpec loginUserSpec(const char *name)
{
    return find(FieldTable::loginUser(), name);
}

Customer validCustomer()
{
    Customer c;
    c.companyName = QStringLiteral("株式会社見守り商事");
    c.lastName = QStringLiteral("山田");
    c.firstName = QStringLiteral("太郎");
    c.department = QStringLiteral("情報システム部");
    c.title = QStringLiteral("部長");
    c.email = QStringLiteral("taro.yamada@example.co.jp");
    c.emailConfirm = c.email;
    c.postalCode = QStringLiteral("733-0001");
    c.prefecture = QStringLiteral("34");
    c.address = QStringLiteral("広島市西区大芝1-2-3");
    c.phone = QStringLiteral("0821234567");
    return c;
}

Destination validDestination()
{
    return Destination::prefilledFrom(validCustomer());
}

Destination branchInOsaka(const Customer &customer)
{
    Destination d = Destination::prefilledFrom(customer);
    d.department = QStringLiteral("大阪支店");
    d.postalCode = QStringLiteral("530-0001");
    d.prefecture = QStringLiteral("27");
    d.address = QStringLiteral("大阪市北区梅田2-2");
    d.phone = QStringLiteral("0612345678");
    return d;
}

LoginUser validLoginUser(int n)
{
    LoginUser u;
    u.lastName = QStringLiteral("佐藤");
    u.firstName = QStringLiteral("花子");
    u.email = QStringLiteral("user%1@example.co.jp").arg(n);
    u.emailConfirm = u.email;
    u.mobile = QStringLiteral("09012345678");
    return u;
}

Application validApplication()
{
    Application a = Application::create();
    a.customer = validCustomer();
    a.destinations = {validDestination()};
    a.loginUsers = {validLoginUser()};
    a.enteredAt = QDateTime(QDate(2026, 11, 25), QTime(8, 15), Qt::UTC);
    return a;
}

QByteArray sampleSchemaJson()
{
    QFile f(QStringLiteral(MOSHIKOMI_SOURCE_DIR "/resources/additional-info-sample.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample schema");
    return f.readAll();
}

QString writeSampleSchema(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(sampleSchemaJson()) < 0)
        qFatal("cannot write the sample schema");
    return path;
}

} // namespace TestData
