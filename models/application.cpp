#include "application.h"

Destination Destination::prefilledFrom(const Customer &customer)
{
    Destination d;
    d.companyName = customer.companyName;
    d.lastName = customer.lastName;
    d.firstName = customer.firstName;
    d.department = customer.department;
    d.postalCode = customer.postalCode;
    d.prefecture = customer.prefecture;
    d.address = customer.address;
    d.phone = customer.phone;
    d.units = 1;
    return d;
}

LoginUser LoginUser::prefilledFrom(const Customer &customer)
{
    LoginUser u;
    u.lastName = customer.lastName;
    u.firstName = customer.firstName;
    u.email = customer.email;
    u.emailConfirm = customer.email;
    return u;
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

int Application::totalUnits() const
{
    int total = 0;
    for (const Destination &d : destinations)
        total += d.units;
    return total;
}
