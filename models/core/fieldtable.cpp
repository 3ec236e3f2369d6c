#include "core/fieldtable.h"

// Lengths are ours (*decided*): generous for real names and addresses, small
// enough that a runaway paste is caught at the field rather than at the service.
const QList<RecordField<Customer>> &FieldTable::customer()
{
    using K = FieldKind;
    using L = LabelKey;
    using H = HelpKey;
    using C = Customer;
    static const QList<RecordField<C>> fields = {
        {{"companyName", K::Text, true, 100, L::CompanyName}, &C::companyName},
        {{"lastName", K::Text, true, 50, L::LastName}, &C::lastName},
        {{"firstName", K::Text, false, 50, L::FirstName}, &C::firstName},
        {{"department", K::Text, false, 100, L::Department}, &C::department},
        {{"title", K::Text, true, 50, L::Title}, &C::title},
        {{"email", K::Email, true, 254, L::Email, H::Email}, &C::email},
        {{"emailConfirm", K::EmailConfirmation, true, 254, L::EmailConfirm, H::EmailConfirm},
         &C::emailConfirm},
        {{"postalCode", K::PostalCode, true, 8, L::PostalCode, H::CompanyPostalCode},
         &C::postalCode},
        {{"prefecture", K::Prefecture, true, 2, L::Prefecture}, &C::prefecture},
        {{"address", K::Text, true, 200, L::Address, H::Address}, &C::address},
        {{"phone", K::Phone, true, 11, L::Phone, H::Phone}, &C::phone},
    };
    return fields;
}

const QList<RecordField<Destination>> &FieldTable::destination()
{
    using K = FieldKind;
    using L = LabelKey;
    using H = HelpKey;
    using D = Destination;
    using C = Customer;
    static const QList<RecordField<D>> fields = {
        {{"companyName", K::Text, true, 100, L::CompanyName},
         &D::companyName,
         nullptr,
         &C::companyName},
        {{"lastName", K::Text, true, 50, L::LastName}, &D::lastName, nullptr, &C::lastName},
        // Required here although optional in step 1 (spec, step 2).
        {{"firstName", K::Text, true, 50, L::FirstName}, &D::firstName, nullptr, &C::firstName},
        {{"department", K::Text, false, 100, L::Department},
         &D::department,
         nullptr,
         &C::department},
        {{"postalCode", K::PostalCode, true, 8, L::PostalCode, H::PostalCode},
         &D::postalCode,
         nullptr,
         &C::postalCode},
        {{"prefecture", K::Prefecture, true, 2, L::Prefecture},
         &D::prefecture,
         nullptr,
         &C::prefecture},
        {{"address", K::Text, true, 200, L::Address, H::Address},
         &D::address,
         nullptr,
         &C::address},
        {{"phone", K::Phone, true, 11, L::Phone, H::Phone}, &D::phone, nullptr, &C::phone},
        {{"units", K::Units, true, MaxUnitsPerDestination, L::Units, H::Units}, nullptr, &D::units},
    };
    return fields;
}

const QList<RecordField<LoginUser>> &FieldTable::loginUser()
{
    using K = FieldKind;
    using L = LabelKey;
    using H = HelpKey;
    using U = LoginUser;
    using C = Customer;
    static const QList<RecordField<U>> fields = {
        {{"lastName", K::Text, true, 50, L::LastName}, &U::lastName, nullptr, &C::lastName},
        {{"firstName", K::Text, true, 50, L::FirstName}, &U::firstName, nullptr, &C::firstName},
        {{"email", K::Email, true, 254, L::Email}, &U::email, nullptr, &C::email},
        {{"emailConfirm", K::EmailConfirmation, true, 254, L::EmailConfirm},
         &U::emailConfirm,
         nullptr,
         &C::email},
        {{"mobile", K::Mobile, false, 11, L::Mobile, H::Mobile}, &U::mobile},
    };
    return fields;
}

QString FieldTable::path(const char *group, const QString &name)
{
    return QLatin1StringView(group) + u'.' + name;
}

QString FieldTable::path(const char *group, int index, const QString &name)
{
    const QString item = QLatin1StringView(group) + u'[' + QString::number(index) + u']';
    return name.isEmpty() ? item : item + u'.' + name;
}
