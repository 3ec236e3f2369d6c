#include "core/application.h"

#include "core/fieldtable.h"

namespace {
// A new record starts as the customer's details where the table says so.
template<typename Record>
Record prefilled(const QList<RecordField<Record>> &fields, const Customer &customer)
{
    Record r;
    for (const RecordField<Record> &f : fields) {
        if (f.text && f.prefill)
            r.*f.text = customer.*f.prefill;
    }
    return r;
}
} // namespace

Destination Destination::prefilledFrom(const Customer &customer)
{
    Destination d = prefilled(FieldTable::destination(), customer);
    d.units = 1;
    return d;
}

LoginUser LoginUser::prefilledFrom(const Customer &customer)
{
    return prefilled(FieldTable::loginUser(), customer);
}

Application Application::create()
{
    Application a;
    a.id = QUuid::createUuid(); // random-based: version 4
    a.createdAt = QDateTime::currentDateTimeUtc();
    a.updatedAt = a.createdAt;
    a.destinations.append(Destination{});
    a.loginUsers.append(LoginUser{});
    return a;
}

qint64 Application::totalUnits() const
{
    qint64 total = 0;
    for (const Destination &d : destinations)
        total += d.units;
    return total;
}
