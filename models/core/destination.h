#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

struct Customer;

// Step 2: where UTM appliances are shipped.
struct Destination
{
    QString companyName;
    QString lastName;
    QString firstName;
    QString department;
    QString postalCode;
    QString prefecture;
    QString address;
    QString phone;
    int units = 1;

    // A new destination starts as a copy of the customer's details (spec, step 2).
    static Destination prefilledFrom(const Customer &customer);

    friend bool operator==(const Destination &, const Destination &) = default;
};
using DestinationList = QList<Destination>;
Q_DECLARE_METATYPE(Destination)
Q_DECLARE_METATYPE(DestinationList)
