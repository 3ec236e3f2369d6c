#include "applicationrules.h"

#include "additionalinfoschema.h"
#include "normalizer.h"
#include "prefectures.h"

#include <QRegularExpression>
#include <QSet>

namespace {

FieldSpec findSpec(const QList<FieldSpec> &specs, const char *name)
{
    for (const FieldSpec &s : specs) {
        if (qstrcmp(s.name, name) == 0)
            return s;
    }
    Q_ASSERT_X(false, "ApplicationRules", name);
    return {name, FieldKind::Text, false, 0};
}

QString fieldValue(const Customer &c, const char *name)
{
    if (!qstrcmp(name, "companyName"))
        return c.companyName;
    if (!qstrcmp(name, "lastName"))
        return c.lastName;
    if (!qstrcmp(name, "firstName"))
        return c.firstName;
    if (!qstrcmp(name, "department"))
        return c.department;
    if (!qstrcmp(name, "title"))
        return c.title;
    if (!qstrcmp(name, "email"))
        return c.email;
    if (!qstrcmp(name, "postalCode"))
        return c.postalCode;
    if (!qstrcmp(name, "prefecture"))
        return c.prefecture;
    if (!qstrcmp(name, "address"))
        return c.address;
    if (!qstrcmp(name, "phone"))
        return c.phone;
    return {};
}

QString fieldValue(const Destination &d, const char *name)
{
    if (!qstrcmp(name, "companyName"))
        return d.companyName;
    if (!qstrcmp(name, "lastName"))
        return d.lastName;
    if (!qstrcmp(name, "firstName"))
        return d.firstName;
    if (!qstrcmp(name, "department"))
        return d.department;
    if (!qstrcmp(name, "postalCode"))
        return d.postalCode;
    if (!qstrcmp(name, "prefecture"))
        return d.prefecture;
    if (!qstrcmp(name, "address"))
        return d.address;
    if (!qstrcmp(name, "phone"))
        return d.phone;
    return {};
}

QString fieldValue(const LoginUser &u, const char *name)
{
    if (!qstrcmp(name, "lastName"))
        return u.lastName;
    if (!qstrcmp(name, "firstName"))
        return u.firstName;
    if (!qstrcmp(name, "email"))
        return u.email;
    if (!qstrcmp(name, "mobile"))
        return u.mobile;
    return {};
}

template<typename Record>
void checkFields(const QList<FieldSpec> &specs, const Record &record, const QString &prefix,
                 FieldErrors &errors)
{
    for (const FieldSpec &spec : specs) {
        if (spec.kind == FieldKind::Units)
            continue;
        const QString code = ApplicationRules::checkValue(spec, fieldValue(record, spec.name));
        if (!code.isEmpty())
            errors.append(ApplicationRules::error(prefix + QLatin1StringView(spec.name), code,
                                                  spec.maxLength));
    }
}

} // namespace

// Lengths are ours (*decided*): generous for real names and addresses, small
// enough that a runaway paste is caught at the field rather than at the service.
const QList<FieldSpec> &ApplicationRules::customerFields()
{
    static const QList<FieldSpec> specs = {
        {"companyName", FieldKind::Text, true, 100},
        {"lastName", FieldKind::Text, true, 50},
        {"firstName", FieldKind::Text, false, 50},
        {"department", FieldKind::Text, false, 100},
        {"title", FieldKind::Text, true, 50},
        {"email", FieldKind::Email, true, 254},
        {"postalCode", FieldKind::PostalCode, true, 8},
        {"prefecture", FieldKind::Prefecture, true, 2},
        {"address", FieldKind::Text, true, 200},
        {"phone", FieldKind::Phone, true, 11},
    };
    return specs;
}

const QList<FieldSpec> &ApplicationRules::destinationFields()
{
    static const QList<FieldSpec> specs = {
        {"companyName", FieldKind::Text, true, 100},
        {"lastName", FieldKind::Text, true, 50},
        {"firstName", FieldKind::Text, true, 50},
        {"department", FieldKind::Text, false, 100},
        {"postalCode", FieldKind::PostalCode, true, 8},
        {"prefecture", FieldKind::Prefecture, true, 2},
        {"address", FieldKind::Text, true, 200},
        {"phone", FieldKind::Phone, true, 11},
        {"units", FieldKind::Units, true, 2},
    };
    return specs;
}

const QList<FieldSpec> &ApplicationRules::loginUserFields()
{
    static const QList<FieldSpec> specs = {
        {"lastName", FieldKind::Text, true, 50},
        {"firstName", FieldKind::Text, true, 50},
        {"email", FieldKind::Email, true, 254},
        {"mobile", FieldKind::Mobile, false, 11},
    };
    return specs;
}

FieldSpec ApplicationRules::customerField(const char *name)
{
    return findSpec(customerFields(), name);
}

FieldSpec ApplicationRules::destinationField(const char *name)
{
    return findSpec(destinationFields(), name);
}

FieldSpec ApplicationRules::loginUserField(const char *name)
{
    return findSpec(loginUserFields(), name);
}

bool ApplicationRules::isValidEmail(const QString &email)
{
    // local@domain: the local part in the dot-atom form that every mail system
    // accepts, the domain with at least one dot and an alphabetic top level.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    if (email.size() > 254 || email.indexOf(u'@') > 64)
        return false;
    return re.match(email).hasMatch();
}

QString ApplicationRules::checkValue(const FieldSpec &spec, const QString &value)
{
    if (value.isEmpty())
        return spec.required ? QStringLiteral("required") : QString();
    if (spec.maxLength > 0 && value.size() > spec.maxLength && spec.kind == FieldKind::Text)
        return QStringLiteral("too_long");
    switch (spec.kind) {
    case FieldKind::Text:
        return {};
    case FieldKind::Email:
        return isValidEmail(value) ? QString() : QStringLiteral("invalid_email");
    case FieldKind::PostalCode: {
        const bool ok = value.size() == 8 && value[3] == u'-' &&
                        Normalizer::isAsciiDigits(QStringView(value).left(3)) &&
                        Normalizer::isAsciiDigits(QStringView(value).mid(4));
        return ok ? QString() : QStringLiteral("invalid_postal_code");
    }
    case FieldKind::Prefecture:
        return Prefectures::isValidCode(value) ? QString() : QStringLiteral("invalid_prefecture");
    case FieldKind::Phone: {
        const bool ok = (value.size() == 10 || value.size() == 11) && value[0] == u'0' &&
                        Normalizer::isAsciiDigits(value);
        return ok ? QString() : QStringLiteral("invalid_phone");
    }
    case FieldKind::Mobile: {
        const bool ok = value.size() == 11 && Normalizer::isAsciiDigits(value) &&
                        (value.startsWith(QLatin1StringView("070")) ||
                         value.startsWith(QLatin1StringView("080")) ||
                         value.startsWith(QLatin1StringView("090")));
        return ok ? QString() : QStringLiteral("invalid_mobile");
    }
    case FieldKind::Units: {
        bool ok = false;
        const int units = value.toInt(&ok);
        return ok ? checkUnits(units) : QStringLiteral("invalid_units");
    }
    }
    return {};
}

QString ApplicationRules::checkUnits(int units)
{
    return units >= 1 && units <= Application::MaxUnitsPerDestination
               ? QString()
               : QStringLiteral("invalid_units");
}

QString ApplicationRules::checkConfirmation(const QString &email, const QString &confirmation)
{
    if (confirmation.isEmpty())
        return QStringLiteral("required");
    return confirmation == email ? QString() : QStringLiteral("email_mismatch");
}

QString ApplicationRules::message(const QString &code, int limit)
{
    if (code == u"required")
        return tr("This field is required.");
    if (code == u"too_long")
        return tr("Too long: at most %n characters.", nullptr, limit);
    if (code == u"invalid_email")
        return tr("Enter an address like name@example.co.jp.");
    if (code == u"email_mismatch")
        return tr("The two email addresses are not the same.");
    if (code == u"invalid_postal_code")
        return tr("Enter 7 digits, with or without a hyphen (e.g. 733-0001).");
    if (code == u"invalid_prefecture")
        return tr("Choose a prefecture from the list.");
    if (code == u"invalid_phone")
        return tr("Enter 10 or 11 digits starting with 0, without hyphens.");
    if (code == u"invalid_mobile")
        return tr("Enter 11 digits starting with 070, 080 or 090, without hyphens.");
    if (code == u"invalid_units")
        return tr("Choose from 1 to 10 units.");
    if (code == u"units_total_exceeded")
        return tr("At most 10 units in total; these destinations add up to %n.", nullptr, limit);
    if (code == u"too_few_destinations")
        return tr("Enter at least one destination.");
    if (code == u"too_many_destinations")
        return tr("At most 10 destinations.");
    if (code == u"too_few_login_users")
        return tr("Enter at least one login user.");
    if (code == u"too_many_login_users")
        return tr("At most 3 login users.");
    if (code == u"duplicate_email")
        return tr("Another login user already has this email address.");
    if (code == u"invalid_type")
        return tr("This value has the wrong type.");
    if (code == u"invalid_id")
        return tr("The application id must be a version 4 UUID.");
    if (code == u"invalid_date_time")
        return tr("Enter a date and time in RFC 3339 form (e.g. 2026-11-25T08:15:00Z).");
    if (code == u"invalid_date")
        return tr("Enter a date as YYYY-MM-DD.");
    if (code == u"malformed_json")
        return tr("The request is not well-formed JSON.");
    if (code == u"too_large")
        return tr("The request is too large.");
    if (code == u"pattern_mismatch")
        return tr("This value does not have the expected form.");
    if (code == u"below_minimum")
        return tr("This value is below the minimum of %1.").arg(limit);
    if (code == u"above_maximum")
        return tr("This value is above the maximum of %1.").arg(limit);
    if (code == u"below_minimum_date")
        return tr("Choose %1 or later.");
    if (code == u"above_maximum_date")
        return tr("Choose %1 or earlier.");
    if (code == u"invalid_choice")
        return tr("Choose one of the listed options.");
    if (code == u"unknown_field")
        return tr("This field is not part of the form.");
    if (code == u"unknown_form_version")
        return tr("This version of the additional information form is not known.");
    if (code == u"not_integer")
        return tr("Enter a whole number.");
    return tr("This value is not valid.");
}

FieldError ApplicationRules::error(const QString &path, const QString &code, int limit)
{
    return {path, code, message(code, limit)};
}

FieldErrors ApplicationRules::validateCustomer(const Customer &customer, Confirmation confirmation)
{
    FieldErrors errors;
    checkFields(customerFields(), customer, QStringLiteral("customer."), errors);
    if (confirmation == Confirmation::Check) {
        const QString code = checkConfirmation(customer.email, customer.emailConfirm);
        if (!code.isEmpty())
            errors.append(error(QStringLiteral("customer.emailConfirm"), code));
    }
    return errors;
}

FieldErrors ApplicationRules::validateDestination(const Destination &destination, int index)
{
    FieldErrors errors;
    const QString prefix = QStringLiteral("destinations[%1].").arg(index);
    checkFields(destinationFields(), destination, prefix, errors);
    const QString units = checkUnits(destination.units);
    if (!units.isEmpty())
        errors.append(error(prefix + QLatin1StringView("units"), units));
    return errors;
}

FieldErrors ApplicationRules::validateDestinations(const DestinationList &destinations)
{
    FieldErrors errors;
    if (destinations.isEmpty())
        errors.append(
            error(QStringLiteral("destinations"), QStringLiteral("too_few_destinations")));
    if (destinations.size() > Application::MaxDestinations)
        errors.append(
            error(QStringLiteral("destinations"), QStringLiteral("too_many_destinations")));
    int total = 0;
    for (int i = 0; i < destinations.size() && i < Application::MaxDestinations; ++i) {
        errors += validateDestination(destinations[i], i);
        total += destinations[i].units;
    }
    if (total > Application::MaxTotalUnits && destinations.size() <= Application::MaxDestinations)
        errors.append(
            error(QStringLiteral("destinations"), QStringLiteral("units_total_exceeded"), total));
    return errors;
}

FieldErrors ApplicationRules::validateLoginUser(const LoginUser &user, int index, Confirmation c)
{
    FieldErrors errors;
    const QString prefix = QStringLiteral("loginUsers[%1].").arg(index);
    checkFields(loginUserFields(), user, prefix, errors);
    if (c == Confirmation::Check) {
        const QString code = checkConfirmation(user.email, user.emailConfirm);
        if (!code.isEmpty())
            errors.append(error(prefix + QLatin1StringView("emailConfirm"), code));
    }
    return errors;
}

FieldErrors ApplicationRules::validateLoginUsers(const LoginUserList &users, Confirmation c)
{
    FieldErrors errors;
    if (users.isEmpty())
        errors.append(error(QStringLiteral("loginUsers"), QStringLiteral("too_few_login_users")));
    if (users.size() > Application::MaxLoginUsers)
        errors.append(error(QStringLiteral("loginUsers"), QStringLiteral("too_many_login_users")));
    QSet<QString> seen;
    for (int i = 0; i < users.size() && i < Application::MaxLoginUsers; ++i) {
        errors += validateLoginUser(users[i], i, c);
        // Addresses differ only in case are the same mailbox in practice.
        const QString key = users[i].email.toLower();
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            errors.append(error(QStringLiteral("loginUsers[%1].email").arg(i),
                                QStringLiteral("duplicate_email")));
        seen.insert(key);
    }
    return errors;
}

FieldErrors ApplicationRules::validateAdditionalInfo(const QVariantMap &values,
                                                     const AdditionalInfoSchema *schema)
{
    FieldErrors errors;
    if (!schema) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            errors.append(error(QStringLiteral("additionalInfo.") + it.key(),
                                QStringLiteral("unknown_field")));
        return errors;
    }
    return schema->validate(values);
}

FieldErrors ApplicationRules::validate(const Application &application, Confirmation confirmation,
                                       const AdditionalInfoSchema *schema)
{
    FieldErrors errors = validateCustomer(application.customer, confirmation);
    errors += validateDestinations(application.destinations);
    errors += validateAdditionalInfo(application.additionalInfo, schema);
    errors += validateLoginUsers(application.loginUsers, confirmation);
    return errors;
}
