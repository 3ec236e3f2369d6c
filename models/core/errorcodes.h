#pragma once

#include <QLatin1StringView>
#include <QString>

// The stable codes of broken rules, shared by the client's fields and the
// service's 422 answers. Arguments a message needs are given beside the code
// (FieldError::args) in the order listed here. A code with situations of its
// own words is written "code/why"; the wire carries the code alone.
namespace ErrorCode {
using namespace Qt::Literals::StringLiterals;

// What a program reads: "invalid_email" for "invalid_email/space".
inline QString onTheWire(const QString &code)
{
    return code.section(u'/', 0, 0);
}

inline constexpr auto Required = "required"_L1;
inline constexpr auto TooLong = "too_long"_L1; // limit
inline constexpr auto InvalidEmail = "invalid_email"_L1;
// Situations of invalid_email the client names; the service's 422 carries
// invalid_email alone, with these words.
inline constexpr auto InvalidEmailSpace = "invalid_email/space"_L1;
inline constexpr auto InvalidEmailNoAt = "invalid_email/no_at"_L1;
inline constexpr auto InvalidEmailComma = "invalid_email/comma"_L1;
inline constexpr auto InvalidEmailDomain = "invalid_email/domain"_L1;
inline constexpr auto InvalidEmailSeveral = "invalid_email/several"_L1;
inline constexpr auto EmailMismatch = "email_mismatch"_L1;
// The two addresses differ only in capital and small letters before the @.
inline constexpr auto EmailMismatchInCase = "email_mismatch/case"_L1;
inline constexpr auto InvalidPostalCode = "invalid_postal_code"_L1;
inline constexpr auto InvalidPrefecture = "invalid_prefecture"_L1;
// Client-side only: the address begins with another prefecture's name than
// the one chosen.
inline constexpr auto AddressInAnotherPrefecture = "address_in_another_prefecture"_L1;
// Client-side only: the address begins with a postal code other than the one
// in 郵便番号.
inline constexpr auto PostalCodeInAddress = "postal_code_in_address"_L1;
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
inline constexpr auto NotUtf8 = "malformed_json/encoding"_L1;
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

// The answer to a request as a whole: the "error" of a 4xx or 5xx body other
// than validation_failed. Where one code has several situations, "code/why"
// names the words for one of them; the body carries the code alone.
inline constexpr auto Unauthorized = "unauthorized"_L1;
inline constexpr auto Forbidden = "forbidden"_L1;
inline constexpr auto NotFound = "not_found"_L1;
inline constexpr auto NothingAtPath = "not_found/path"_L1;
inline constexpr auto MethodNotAllowed = "method_not_allowed"_L1;
inline constexpr auto UnsupportedMediaType = "unsupported_media_type"_L1;
inline constexpr auto UnsupportedCharset = "unsupported_media_type/charset"_L1;
inline constexpr auto BadIdempotencyKey = "bad_idempotency_key"_L1;
inline constexpr auto IdempotencyConflict = "idempotency_conflict"_L1;
inline constexpr auto RequestInProgress = "request_in_progress"_L1;
inline constexpr auto BadCursor = "bad_cursor"_L1;
inline constexpr auto TooManyAttempts = "too_many_attempts"_L1;
inline constexpr auto TooManyResends = "too_many_resends"_L1; // per hour
inline constexpr auto InvalidState = "invalid_state"_L1;
inline constexpr auto ResendNotAllowed = "invalid_state/resend"_L1;
inline constexpr auto RegistrationNotAllowed = "invalid_state/provisional_registration"_L1;
inline constexpr auto ProblemAlreadyReported = "invalid_state/problem"_L1;
inline constexpr auto RequestTimeout = "request_timeout"_L1;
inline constexpr auto Unavailable = "unavailable"_L1;
inline constexpr auto DatabaseUnreachable = "unavailable/database"_L1;
inline constexpr auto NotStored = "unavailable/store"_L1;
} // namespace ErrorCode
