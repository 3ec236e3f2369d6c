#pragma once

#include "core/customer.h"
#include "core/destination.h"
#include "core/loginuser.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

// What kind of value a field holds; decides its normalisation and its rule.
enum class FieldKind {
    Text,
    Email,
    EmailConfirmation,
    PostalCode,
    Prefecture,
    Phone,
    Mobile,
    Units
};

// Which label and help the client shows for a field. The words themselves
// are the client's (ui/fieldtexts.cpp); the core only names them.
enum class LabelKey {
    CompanyName,
    LastName,
    FirstName,
    Department,
    Title,
    Email,
    EmailConfirm,
    PostalCode,
    Prefecture,
    Address,
    Phone,
    Units,
    Mobile,
};
enum class HelpKey {
    None,
    Email,
    EmailConfirm,
    PostalCode,
    CompanyPostalCode,
    Address,
    Phone,
    Mobile,
    Units
};

// One field of the application, written once: its wire name, kind,
// required-ness and limit, and the keys of its words.
struct FieldSpec
{
    const char *name; // wire name, e.g. "postalCode"
    FieldKind kind;
    bool required;
    int maxLength; // in characters; for units the largest value
    LabelKey label;
    HelpKey help = HelpKey::None;

    QLatin1StringView wireName() const { return QLatin1StringView(name); }
    // The email confirmation is typed twice on the client and never sent.
    bool isClientOnly() const { return kind == FieldKind::EmailConfirmation; }
};

// A field of one record type (Customer, Destination, LoginUser) with where its
// value lives in the struct, and where a new record's value comes from in step
// 1 (the prefills of the spec).
template<typename Record> struct RecordField
{
    FieldSpec spec;
    QString Record::*text = nullptr; // every kind but units
    int Record::*number = nullptr;   // units
    QString Customer::*prefill = nullptr;

    QString textOf(const Record &r) const { return text ? r.*text : QString(); }
};

// The application's fields, their groups and limits: the one place where a
// field's wire name is spelled. The rules, the codec, the normaliser, the
// prefills and the client's forms are driven from here.
class FieldTable
{
public:
    // Members of an application on the wire, beside the field groups.
    static constexpr char IdKey[] = "id";
    static constexpr char FormVersionKey[] = "formVersion";
    static constexpr char EnteredAtKey[] = "enteredAt";
    static constexpr char CreatedAtKey[] = "createdAt"; // drafts only
    static constexpr char UpdatedAtKey[] = "updatedAt"; // drafts only
    static constexpr char CustomerKey[] = "customer";
    static constexpr char DestinationsKey[] = "destinations";
    static constexpr char AdditionalInfoKey[] = "additionalInfo";
    static constexpr char LoginUsersKey[] = "loginUsers";

    static constexpr int MaxDestinations = 10;
    static constexpr int MaxUnitsPerDestination = 10;
    static constexpr int MaxTotalUnits = 10;
    static constexpr int MaxLoginUsers = 3;

    static const QList<RecordField<Customer>> &customer();
    static const QList<RecordField<Destination>> &destination();
    static const QList<RecordField<LoginUser>> &loginUser();

    // The field with this value in the struct, e.g. &Destination::postalCode.
    template<typename Record> static const FieldSpec &spec(QString Record::*member);

    // "customer.email", "destinations[1].units", "additionalInfo.plan".
    static QString path(const char *group, const QString &name);
    static QString path(const char *group, int index, const QString &name = QString());

private:
    template<typename Record> static const QList<RecordField<Record>> &table();
};

template<> inline const QList<RecordField<Customer>> &FieldTable::table<Customer>()
{
    return customer();
}
template<> inline const QList<RecordField<Destination>> &FieldTable::table<Destination>()
{
    return destination();
}
template<> inline const QList<RecordField<LoginUser>> &FieldTable::table<LoginUser>()
{
    return loginUser();
}

template<typename Record> const FieldSpec &FieldTable::spec(QString Record::*member)
{
    for (const RecordField<Record> &f : table<Record>()) {
        if (f.text == member)
            return f.spec;
    }
    Q_UNREACHABLE();
}
