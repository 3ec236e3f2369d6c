#pragma once

#include <QLatin1StringView>

// The stable codes of broken rules, shared by the client's fields and the
// service's 422 answers. Arguments a message needs are given beside the code
// (FieldError::args) in the order listed here.
namespace ErrorCode {
using namespace Qt::Literals::StringLiterals;
inline constexpr auto Required = "required"_L1;
inline constexpr auto TooLong = "too_long"_L1; // limit
inline constexpr auto InvalidEmail = "invalid_email"_L1;
inline constexpr auto EmailMismatch = "email_mismatch"_L1;
inline constexpr auto InvalidPostalCode = "invalid_postal_code"_L1;
inline constexpr auto InvalidPrefecture = "invalid_prefecture"_L1;
// Client-side only: the address begins with another prefecture's name than
// the one chosen.
inline constexpr auto AddressInAnotherPrefecture = "address_in_another_prefecture"_L1;
inline constexpr auto InvalidPhone = "invalid_phone"_L1;
inline constexpr auto InvalidMobile = "invalid_mobile"_L1;
inline constexpr auto InvalidUnits = "invalid_units"_L1;
inline constexpr auto UnitsTotalExceeded = "units_total_exceeded"_L1; // total
inline constexpr auto TooFewDestinations = "too_few_destinations"_L1;
inline constexpr auto TooManyDestinations = "too_many_destinations"_L1;
inline constexpr auto TooFewLoginUsers = "too_few_login_users"_L1;
inline constexpr auto TooManyLoginUsers = "too_many_login_users"_L1;
inline constexpr auto DuplicateEmail = "duplicate_email"_L1;
inline constexpr auto InvalidType = "invalid_type"_L1;
inline constexpr auto InvalidId = "invalid_id"_L1;
inline constexpr auto InvalidDateTime = "invalid_date_time"_L1;
inline constexpr auto InvalidDate = "invalid_date"_L1;
inline constexpr auto MalformedJson = "malformed_json"_L1;
inline constexpr auto TooLarge = "too_large"_L1;
inline constexpr auto PatternMismatch = "pattern_mismatch"_L1;
// The form's own rule cannot be applied to the value (its pattern exceeds the
// matcher's limits): the schema is at fault, not the value.
inline constexpr auto SchemaError = "schema_error"_L1;
inline constexpr auto BelowMinimum = "below_minimum"_L1;          // minimum
inline constexpr auto AboveMaximum = "above_maximum"_L1;          // maximum
inline constexpr auto BelowMinimumDate = "below_minimum_date"_L1; // YYYY-MM-DD
inline constexpr auto AboveMaximumDate = "above_maximum_date"_L1; // YYYY-MM-DD
inline constexpr auto InvalidChoice = "invalid_choice"_L1;
inline constexpr auto UnknownField = "unknown_field"_L1;
inline constexpr auto UnknownFormVersion = "unknown_form_version"_L1;
inline constexpr auto NotInteger = "not_integer"_L1;
inline constexpr auto InvalidCharacter = "invalid_character"_L1;
inline constexpr auto PhoneExtension = "phone_extension"_L1;
} // namespace ErrorCode
