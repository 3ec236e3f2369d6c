#pragma once

#include <QMetaType>
#include <QString>

// Step 1: the customer company and its contact person. emailConfirm is kept so
// that nothing typed is lost in a draft; it is never sent to the service.
struct Customer
{
    QString companyName;
    QString lastName;
    QString firstName;
    QString department;
    QString title;
    QString email;
    QString emailConfirm;
    QString postalCode;
    QString prefecture; // JIS X 0401 code, "01".."47"
    QString address;
    QString phone;

    friend bool operator==(const Customer &, const Customer &) = default;
};
Q_DECLARE_METATYPE(Customer)
