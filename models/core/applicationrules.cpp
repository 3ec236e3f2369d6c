#include "core/applicationrules.h"

#include "core/additionalinfoschema.h"
#include "core/errorcodes.h"
#include "core/normalizer.h"
#include "core/prefectures.h"

#include <QRegularExpression>
#include <QSet>

namespace {

FieldError fault(const QString &path, QLatin1StringView code, const QStringList &args = {})
{
    return {path, code, args};
}

// Every field of one record by the table; the email confirmation is compared
// with the address it confirms when asked.
template<typename Record>
void checkRecord(const QList<RecordField<Record>> &fields, const Record &record,
                 const QString &prefix, ApplicationRules::Confirmation confirmation,
                 FieldErrors &errors)
{
    // Paths are made only for a fault: the client checks on every keystroke.
    auto report = [&](const FieldSpec &spec, const QString &code, const QStringList &args = {}) {
        if (!code.isEmpty())
            errors.append({prefix + spec.wireName(), code, args});
    };
    QString email;
    for (const RecordField<Record> &f : fields) {
        if (f.spec.kind == FieldKind::Units) {
            report(f.spec, ApplicationRules::checkUnits(record.*f.number));
            continue;
        }
        const QString &value = record.*f.text;
        if (f.spec.kind == FieldKind::Email)
            email = value;
        if (f.spec.isClientOnly()) {
            if (confirmation == ApplicationRules::Confirmation::Check)
                report(f.spec, ApplicationRules::checkConfirmation(email, value));
            continue;
        }
        const FieldError e = ApplicationRules::checkField(f.spec, value);
        report(f.spec, e.code, e.args);
    }
}

// A number dictated with a digit missed or said twice, the usual slip on
// the phone: how many digits it has is said with the rule.
QStringList digitCount(const QString &code, const QString &value)
{
    const bool phone = code == ErrorCode::InvalidPhone && value.size() != 10 && value.size() != 11;
    const bool mobile = code == ErrorCode::InvalidMobile && value.size() != 11;
    if ((phone || mobile) && Normalizer::isAsciiDigits(value))
        return {QString::number(value.size())};
    if (code == ErrorCode::InvalidPostalCode) {
        // Digits with at most one hyphen among them (733-001, 73300011).
        const qsizetype hyphen = value.indexOf(u'-');
        QString digits = value;
        if (hyphen > 0 && hyphen < value.size() - 1)
            digits.remove(hyphen, 1);
        if (Normalizer::isAsciiDigits(digits) && digits.size() != 7)
            return {QString::number(digits.size())};
    }
    return {};
}

} // namespace

QString ApplicationRules::emailFault(const QString &email)
{
    // What a typist most often gets wrong from dictation, said by name; the
    // 422's code is invalid_email for each. Two addresses first (pasted from
    // a list of recipients, with commas and spaces between them); then a
    // comma: "example, co.jp" has a space too, but the comma is the slip.
    static const QRegularExpression twoAddresses(QStringLiteral("@[^@]*[\\s,;、/][^@]*@"));
    if (email.count(u'@') > 1 && twoAddresses.match(email).hasMatch())
        return ErrorCode::InvalidEmailSeveral;
    if (email.contains(u',') || email.contains(u'、'))
        return ErrorCode::InvalidEmailComma;
    if (email.contains(u' '))
        return ErrorCode::InvalidEmailSpace;
    const qsizetype at = email.indexOf(u'@');
    if (at < 0)
        return ErrorCode::InvalidEmailNoAt;
    if (email.indexOf(u'@', at + 1) < 0 && at > 0 && !QStringView(email).mid(at + 1).contains(u'.'))
        return ErrorCode::InvalidEmailDomain;
    return ErrorCode::InvalidEmail;
}

bool ApplicationRules::isValidEmail(const QString &email)
{
    // local@domain: the local part in the dot-atom form that every mail system
    // accepts, the domain with at least one dot and an alphabetic top level.
    // The local part also takes the dots of old Japanese carrier addresses
    // (taro.@docomo.ne.jp, ta..ro@ezweb.ne.jp), still in use (*decided*);
    // each domain label is 1 to 63 characters.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                       "([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})\\z"));
    const qsizetype at = email.indexOf(u'@');
    if (email.size() > 254 || at > 64 || email.startsWith(u'.'))
        return false;
    return re.match(email).hasMatch();
}

FieldError ApplicationRules::checkField(const FieldSpec &spec, const QString &value,
                                        const QString &path)
{
    if (value.isEmpty())
        return spec.required ? fault(path, ErrorCode::Required) : FieldError{path, {}, {}};
    if (Normalizer::hasForbiddenCharacter(value))
        return fault(path, ErrorCode::InvalidCharacter);
    // The limit and how many were entered: a paste of the whole address
    // block into one field is cut knowing by how much.
    if (spec.maxLength > 0 && spec.kind == FieldKind::Text) {
        if (const qsizetype length = Normalizer::length(value); length > spec.maxLength)
            return fault(path, ErrorCode::TooLong,
                         {QString::number(spec.maxLength), QString::number(length)});
    }
    const QString code = kindCode(spec, value);
    return {path, code, digitCount(code, value)};
}

QString ApplicationRules::checkValue(const FieldSpec &spec, const QString &value)
{
    return checkField(spec, value).code;
}

QString ApplicationRules::kindCode(const FieldSpec &spec, const QString &value)
{
    switch (spec.kind) {
    case FieldKind::Text:
        return {};
    case FieldKind::Email:
    case FieldKind::EmailConfirmation:
        return isValidEmail(value) ? QString() : emailFault(value);
    case FieldKind::PostalCode: {
        const bool ok = value.size() == 8 && value[3] == u'-' &&
                        Normalizer::isAsciiDigits(QStringView(value).left(3)) &&
                        Normalizer::isAsciiDigits(QStringView(value).mid(4));
        return ok ? QString() : QString(ErrorCode::InvalidPostalCode);
    }
    case FieldKind::Prefecture:
        return Prefectures::isValidCode(value) ? QString() : QString(ErrorCode::InvalidPrefecture);
    case FieldKind::Phone: {
        // An extension never merges into the number (082-123-4567 内線12).
        static const QRegularExpression extension(
            QStringLiteral("内線|(?i)(ext\\.?|x|#)\\s*\\d+\\s*\\z"));
        if (extension.match(value).hasMatch())
            return ErrorCode::PhoneExtension;
        const bool ok = (value.size() == 10 || value.size() == 11) && value[0] == u'0' &&
                        Normalizer::isAsciiDigits(value);
        return ok ? QString() : QString(ErrorCode::InvalidPhone);
    }
    case FieldKind::Mobile: {
        const bool ok = value.size() == 11 && Normalizer::isAsciiDigits(value) &&
                        (value.startsWith(QLatin1StringView("070")) ||
                         value.startsWith(QLatin1StringView("080")) ||
                         value.startsWith(QLatin1StringView("090")));
        return ok ? QString() : QString(ErrorCode::InvalidMobile);
    }
    case FieldKind::Units: {
        bool ok = false;
        const qint64 units = value.toLongLong(&ok);
        return ok ? checkUnits(units) : QString(ErrorCode::InvalidUnits);
    }
    }
    return {};
}

QString ApplicationRules::checkUnits(qint64 units)
{
    return units >= 1 && units <= FieldTable::MaxUnitsPerDestination
               ? QString()
               : QString(ErrorCode::InvalidUnits);
}

QString ApplicationRules::checkConfirmation(const QString &email, const QString &confirmation)
{
    if (confirmation.isEmpty())
        return ErrorCode::Required;
    // The domain is compared without case (it has none); the local part as typed.
    const qsizetype a = email.lastIndexOf(u'@');
    const qsizetype b = confirmation.lastIndexOf(u'@');
    const bool same = a >= 0 && a == b
                          ? QStringView(email).left(a) == QStringView(confirmation).left(b) &&
                                QStringView(email).mid(a).compare(QStringView(confirmation).mid(b),
                                                                  Qt::CaseInsensitive) == 0
                          : email == confirmation;
    if (same)
        return {};
    // Said apart: someone comparing the two for a typo reads letters, not
    // their case, and only the customer knows which way is theirs.
    return email.compare(confirmation, Qt::CaseInsensitive) == 0
               ? QString(ErrorCode::EmailMismatchInCase)
               : QString(ErrorCode::EmailMismatch);
}

FieldErrors ApplicationRules::validateCustomer(const Customer &customer, Confirmation confirmation)
{
    FieldErrors errors;
    checkRecord(FieldTable::customer(), customer, QLatin1StringView(FieldTable::CustomerKey) + u'.',
                confirmation, errors);
    return errors;
}

FieldErrors ApplicationRules::validateDestination(const Destination &destination, int index)
{
    FieldErrors errors;
    checkRecord(FieldTable::destination(), destination,
                FieldTable::path(FieldTable::DestinationsKey, index) + u'.', Confirmation::Ignore,
                errors);
    return errors;
}

FieldErrors ApplicationRules::validateDestinations(const DestinationList &destinations)
{
    FieldErrors errors;
    const QString path = QLatin1StringView(FieldTable::DestinationsKey);
    if (destinations.isEmpty())
        errors.append(fault(path, ErrorCode::TooFewDestinations));
    if (destinations.size() > FieldTable::MaxDestinations)
        errors.append(fault(path, ErrorCode::TooManyDestinations));
    qint64 total = 0;
    for (int i = 0; i < destinations.size() && i < FieldTable::MaxDestinations; ++i) {
        errors += validateDestination(destinations[i], i);
        total += destinations[i].units;
    }
    if (total > FieldTable::MaxTotalUnits && destinations.size() <= FieldTable::MaxDestinations)
        errors.append(fault(path, ErrorCode::UnitsTotalExceeded, {QString::number(total)}));
    return errors;
}

FieldErrors ApplicationRules::validateLoginUser(const LoginUser &user, int index, Confirmation c)
{
    FieldErrors errors;
    checkRecord(FieldTable::loginUser(), user,
                FieldTable::path(FieldTable::LoginUsersKey, index) + u'.', c, errors);
    return errors;
}

FieldErrors ApplicationRules::validateLoginUsers(const LoginUserList &users, Confirmation c)
{
    FieldErrors errors;
    const QString path = QLatin1StringView(FieldTable::LoginUsersKey);
    if (users.isEmpty())
        errors.append(fault(path, ErrorCode::TooFewLoginUsers));
    if (users.size() > FieldTable::MaxLoginUsers)
        errors.append(fault(path, ErrorCode::TooManyLoginUsers));
    QSet<QString> seen;
    const QString email = FieldTable::spec(&LoginUser::email).wireName();
    for (int i = 0; i < users.size() && i < FieldTable::MaxLoginUsers; ++i) {
        errors += validateLoginUser(users[i], i, c);
        // Addresses differ only in case are the same mailbox in practice.
        const QString key = users[i].email.toLower();
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            errors.append(fault(FieldTable::path(FieldTable::LoginUsersKey, i, email),
                                ErrorCode::DuplicateEmail));
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
            errors.append(fault(FieldTable::path(FieldTable::AdditionalInfoKey, it.key()),
                                ErrorCode::UnknownField));
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
