#pragma once

#include "application.h"
#include "fielderror.h"
#include "fieldkind.h"

#include <QCoreApplication>

class AdditionalInfoSchema;

// The rules an application must satisfy, as pure functions. The client runs
// them as the staff member types; the service runs the very same ones on what
// it receives. Values are expected to be normalised first (Normalizer).
class ApplicationRules
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRules)

public:
    // Whether the client-side-only email confirmations are compared: the
    // client does, the service never sees them.
    enum class Confirmation { Check, Ignore };

    static const QList<FieldSpec> &customerFields();
    static const QList<FieldSpec> &destinationFields();
    static const QList<FieldSpec> &loginUserFields();
    static FieldSpec customerField(const char *name);
    static FieldSpec destinationField(const char *name);
    static FieldSpec loginUserField(const char *name);

    // One value against its field's rule: an error code, or empty when it holds.
    static QString checkValue(const FieldSpec &spec, const QString &value);
    static QString checkUnits(int units);
    static QString checkConfirmation(const QString &email, const QString &confirmation);
    static bool isValidEmail(const QString &email);

    // The message for an error code, in the current UI language.
    static QString message(const QString &code, int limit = 0);
    static FieldError error(const QString &path, const QString &code, int limit = 0);

    static FieldErrors validateCustomer(const Customer &customer, Confirmation confirmation);
    static FieldErrors validateDestination(const Destination &destination, int index);
    static FieldErrors validateDestinations(const DestinationList &destinations);
    static FieldErrors validateLoginUser(const LoginUser &user, int index, Confirmation c);
    static FieldErrors validateLoginUsers(const LoginUserList &users, Confirmation confirmation);
    // schema may be null: then additionalInfo must be empty.
    static FieldErrors validateAdditionalInfo(const QVariantMap &values,
                                              const AdditionalInfoSchema *schema);
    static FieldErrors validate(const Application &application, Confirmation confirmation,
                                const AdditionalInfoSchema *schema = nullptr);
};
