#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

struct Customer;

// Step 4: a user of the portal. emailConfirm is client-side only.
struct LoginUser
{
    QString lastName;
    QString firstName;
    QString email;
    QString emailConfirm;
    QString mobile;

    // The first user starts as the customer's contact person (spec, step 4).
    static LoginUser prefilledFrom(const Customer &customer);

    friend bool operator==(const LoginUser &, const LoginUser &) = default;
};
using LoginUserList = QList<LoginUser>;
Q_DECLARE_METATYPE(LoginUser)
Q_DECLARE_METATYPE(LoginUserList)
