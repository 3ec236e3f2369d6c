#pragma once

#include "customer.h"
#include "destination.h"
#include "loginuser.h"

#include <QDateTime>
#include <QUuid>
#include <QVariantMap>

// One application as the staff member enters it. Field names follow the wire
// contract (shared/spec/api.md).
struct Application
{
    static constexpr int MaxDestinations = 10;
    static constexpr int MaxUnitsPerDestination = 10;
    static constexpr int MaxTotalUnits = 10;
    static constexpr int MaxLoginUsers = 3;

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

    int totalUnits() const;

    friend bool operator==(const Application &, const Application &) = default;
};
Q_DECLARE_METATYPE(Application)
