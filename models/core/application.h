#pragma once

#include "core/customer.h"
#include "core/destination.h"
#include "core/loginuser.h"

#include <QDateTime>
#include <QUuid>
#include <QVariantMap>

// One application as the staff member enters it. Field names follow the wire
// contract (docs/api.md); their table is core/fieldtable.h.
struct Application
{
    QUuid id;
    QString formVersion; // null when step 3 had no schema
    QDateTime enteredAt; // set when the application is queued
    Customer customer;
    DestinationList destinations;
    QVariantMap additionalInfo;
    LoginUserList loginUsers;
    QDateTime createdAt;
    QDateTime updatedAt;

    // A fresh application: a new random (v4) id, one destination and one user.
    static Application create();

    // Wider than int so that no count of units can overflow.
    qint64 totalUnits() const;

    friend bool operator==(const Application &, const Application &) = default;
};
Q_DECLARE_METATYPE(Application)
