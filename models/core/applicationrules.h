#pragma once

#include "core/application.h"
#include "core/fielderror.h"
#include "core/fieldtable.h"

class AdditionalInfoSchema;

// The rules an application must satisfy, as pure functions that answer with
// error codes and their arguments (core/errorcodes.h); the words come from
// MessageCatalog. The client runs them as the staff member types; the service
// runs the very same ones on what it receives. Values are expected to be
// normalised first (Normalizer).
class ApplicationRules
{
public:
    // Whether the client-side-only email confirmations are compared: the
    // client does, the service never sees them.
    enum class Confirmation { Check, Ignore };

    // One value against its field's rule: an error (code and arguments, with
    // the path given), or one whose code is empty when the rule holds.
    static FieldError checkField(const FieldSpec &spec, const QString &value,
                                 const QString &path = QString());
    // Only the code of checkField().
    static QString checkValue(const FieldSpec &spec, const QString &value);
    static QString checkUnits(qint64 units);
    static QString checkConfirmation(const QString &email, const QString &confirmation);
    static bool isValidEmail(const QString &email);
    // The code for an address that is not valid: invalid_email, or one of
    // its situations (two addresses, a comma, a space, no @, no dot after
    // the @).
    static QString emailFault(const QString &email);

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

private:
    // The rule of the field's kind for a value that is present.
    static QString kindCode(const FieldSpec &spec, const QString &value);
};
