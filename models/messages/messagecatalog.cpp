#include "messages/messagecatalog.h"

#include "core/errorcodes.h"

#include <QTranslator>

#include <mutex>

namespace {

constexpr char kContext[] = "MessageCatalog";

struct Message
{
    QLatin1StringView code;
    const char *source; // English, as lupdate reads it
    bool numerus;       // the first argument decides the plural form
    // Said instead when an argument is given (numerus, the first argument).
    const char *withCount = nullptr;
    // Said instead when a second argument, what was entered, is given (%1).
    const char *withEntered = nullptr;
};

// The English source texts; their Japanese is in translations/moshikomi_ja.ts
// (context MessageCatalog).
const Message kMessages[] = {
    {ErrorCode::Required, QT_TRANSLATE_NOOP("MessageCatalog", "This field is required."), false},
    {ErrorCode::TooLong, QT_TRANSLATE_N_NOOP("MessageCatalog", "Too long: at most %n characters."),
     true, nullptr,
     QT_TRANSLATE_N_NOOP("MessageCatalog", "Too long: at most %n characters; this has %1.")},
    {ErrorCode::InvalidEmail,
     QT_TRANSLATE_NOOP("MessageCatalog", "Enter an address like name@example.co.jp."), false},
    {ErrorCode::InvalidEmailSpace,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "The address has a space in it; an address has none (a dot, a hyphen or "
                       "an underscore may have been meant)."),
     false},
    {ErrorCode::InvalidEmailNoAt,
     QT_TRANSLATE_NOOP("MessageCatalog", "The address has no @ (as in name@example.co.jp)."),
     false},
    {ErrorCode::InvalidEmailComma,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "The address has a comma in it; a dot (.) may have been meant."),
     false},
    {ErrorCode::InvalidEmailDomain,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "After the @ comes a domain with a dot, as in example.co.jp."),
     false},
    {ErrorCode::InvalidEmailSeveral,
     QT_TRANSLATE_NOOP("MessageCatalog", "Enter one address only; this holds more than one."),
     false},
    {ErrorCode::EmailMismatch,
     QT_TRANSLATE_NOOP("MessageCatalog", "The two email addresses are not the same."), false},
    {ErrorCode::EmailMismatchInCase,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "The two email addresses differ in capital and small letters before the "
                       "@; write them the same way."),
     false},
    {ErrorCode::InvalidPostalCode,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Enter 7 digits, with or without a hyphen (e.g. 733-0001)."),
     false,
     QT_TRANSLATE_N_NOOP("MessageCatalog",
                         "A postal code has 7 digits (e.g. 733-0001); this has %n.")},
    {ErrorCode::InvalidPrefecture,
     QT_TRANSLATE_NOOP("MessageCatalog", "Choose a prefecture from the list."), false},
    {ErrorCode::PostalCodeInAddress,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "The address begins with a postal code other than the one entered "
                       "above; keep only one, in the postal code field."),
     false},
    {ErrorCode::AddressInAnotherPrefecture,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "The address begins with another prefecture than the one chosen."),
     false},
    {ErrorCode::InvalidPhone,
     QT_TRANSLATE_NOOP("MessageCatalog", "Enter 10 or 11 digits starting with 0, without hyphens."),
     false,
     QT_TRANSLATE_N_NOOP("MessageCatalog",
                         "A phone number has 10 or 11 digits, starting with 0; this has %n.")},
    {ErrorCode::InvalidMobile,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Enter 11 digits starting with 070, 080 or 090, without hyphens."),
     false,
     QT_TRANSLATE_N_NOOP("MessageCatalog",
                         "A mobile number has 11 digits, starting with 070, 080 or 090; this has "
                         "%n.")},
    {ErrorCode::InvalidUnits, QT_TRANSLATE_NOOP("MessageCatalog", "Enter 1 to 10 units."), false},
    {ErrorCode::UnitsTotalExceeded,
     QT_TRANSLATE_N_NOOP("MessageCatalog",
                         "At most 10 units in total; these destinations add up to %n."),
     true},
    {ErrorCode::TooFewDestinations,
     QT_TRANSLATE_NOOP("MessageCatalog", "Enter at least one destination."), false},
    {ErrorCode::TooManyDestinations,
     QT_TRANSLATE_NOOP("MessageCatalog", "At most 10 destinations."), false},
    {ErrorCode::TooFewLoginUsers,
     QT_TRANSLATE_NOOP("MessageCatalog", "Enter at least one login user."), false},
    {ErrorCode::TooManyLoginUsers, QT_TRANSLATE_NOOP("MessageCatalog", "At most 3 login users."),
     false},
    {ErrorCode::DuplicateEmail,
     QT_TRANSLATE_NOOP("MessageCatalog", "Another login user already has this email address."),
     false},
    {ErrorCode::InvalidType, QT_TRANSLATE_NOOP("MessageCatalog", "This value has the wrong type."),
     false},
    {ErrorCode::InvalidId,
     QT_TRANSLATE_NOOP("MessageCatalog", "The application id must be a version 4 UUID."), false},
    {ErrorCode::InvalidDateTime,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Enter a date and time in RFC 3339 form (e.g. 2026-11-25T08:15:00Z)."),
     false},
    {ErrorCode::InvalidDate,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Enter a date that exists, as YYYY-MM-DD (e.g. 2026-12-01)."),
     false},
    {ErrorCode::MalformedJson,
     QT_TRANSLATE_NOOP("MessageCatalog", "The request is not well-formed JSON."), false},
    {ErrorCode::NotUtf8,
     QT_TRANSLATE_NOOP("MessageCatalog", "The request is not in UTF-8; send JSON in UTF-8."),
     false},
    {ErrorCode::TooLarge, QT_TRANSLATE_NOOP("MessageCatalog", "The request is too large."), false},
    {ErrorCode::PatternMismatch,
     QT_TRANSLATE_NOOP("MessageCatalog", "This value does not have the expected form."), false},
    {ErrorCode::SchemaError,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "This value cannot be checked: the form's rule for this field is faulty. "
                       "Nothing you typed is wrong; tell your administrator."),
     false},
    {ErrorCode::BelowMinimum, QT_TRANSLATE_NOOP("MessageCatalog", "Enter %1 or more."), false},
    {ErrorCode::AboveMaximum, QT_TRANSLATE_NOOP("MessageCatalog", "Enter %1 or less."), false},
    {ErrorCode::BelowMinimumDate, QT_TRANSLATE_NOOP("MessageCatalog", "Enter %1 or a later date."),
     false},
    {ErrorCode::AboveMaximumDate,
     QT_TRANSLATE_NOOP("MessageCatalog", "Enter %1 or an earlier date."), false},
    {ErrorCode::InvalidChoice,
     QT_TRANSLATE_NOOP("MessageCatalog", "Choose one of the listed options."), false},
    {ErrorCode::UnknownField,
     QT_TRANSLATE_NOOP("MessageCatalog", "This field is not part of the form."), false},
    {ErrorCode::UnknownFormVersion,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "This version of the additional information form is not known."),
     false},
    {ErrorCode::NotInteger,
     QT_TRANSLATE_NOOP("MessageCatalog", "Enter a whole number, in digits only."), false},
    {ErrorCode::InvalidCharacter,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Contains a character that cannot be used here (a tab, a line break or an "
                       "invisible control character). Retype the value."),
     false},
    {ErrorCode::PhoneExtension,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Enter the number without its extension; note the extension elsewhere."),
     false},
    {ErrorCode::Unauthorized, QT_TRANSLATE_NOOP("MessageCatalog", "A valid staff token is needed."),
     false},
    {ErrorCode::Forbidden, QT_TRANSLATE_NOOP("MessageCatalog", "This needs an operator's token."),
     false},
    {ErrorCode::NotFound, QT_TRANSLATE_NOOP("MessageCatalog", "No such application."), false},
    {ErrorCode::NothingAtPath,
     QT_TRANSLATE_NOOP(
         "MessageCatalog",
         "Nothing is here. The API's paths begin with /api/v1/ and do not end with a slash."),
     false},
    {ErrorCode::MethodNotAllowed,
     QT_TRANSLATE_NOOP("MessageCatalog", "This method is not allowed here."), false},
    {ErrorCode::UnsupportedMediaType,
     QT_TRANSLATE_NOOP("MessageCatalog", "Send the body as application/json."), false},
    {ErrorCode::UnsupportedCharset,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Send the body as application/json in UTF-8 (charset=utf-8)."),
     false},
    {ErrorCode::BadIdempotencyKey,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Idempotency-Key must be the body's id in canonical lower-case form."),
     false},
    {ErrorCode::IdempotencyConflict,
     QT_TRANSLATE_NOOP("MessageCatalog", "This id was already used for a different application."),
     false},
    {ErrorCode::RequestInProgress,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "This application is still being processed; send it again in a moment."),
     false},
    {ErrorCode::BadCursor,
     QT_TRANSLATE_NOOP("MessageCatalog", "changedSince must be a cursor this service gave, or a "
                                         "time such as 2026-11-25T08:15:00Z."),
     false},
    {ErrorCode::TooManyAttempts,
     QT_TRANSLATE_NOOP("MessageCatalog", "Too many wrong tokens; try again later."), false},
    {ErrorCode::TooManyResends,
     QT_TRANSLATE_NOOP("MessageCatalog", "At most %1 new links an hour."), false},
    {ErrorCode::InvalidState,
     QT_TRANSLATE_NOOP("MessageCatalog", "This cannot be done in the application's status."),
     false},
    {ErrorCode::ResendNotAllowed,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Only an unconfirmed or expired application gets a new link."),
     false},
    {ErrorCode::RegistrationNotAllowed,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "Only a confirmed application can be provisionally registered."),
     false},
    {ErrorCode::ProblemAlreadyReported,
     QT_TRANSLATE_NOOP("MessageCatalog", "A problem is reported once per application."), false},
    {ErrorCode::RequestTimeout,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "The request did not arrive whole in time; send it again."),
     false},
    {ErrorCode::Unavailable,
     QT_TRANSLATE_NOOP("MessageCatalog", "The service is busy; try again shortly."), false},
    {ErrorCode::DatabaseUnreachable,
     QT_TRANSLATE_NOOP("MessageCatalog",
                       "The service cannot reach its database; try again shortly."),
     false},
    {ErrorCode::NotStored,
     QT_TRANSLATE_NOOP("MessageCatalog", "The application could not be stored; send it again."),
     false},
};

const char *const kFallback = QT_TRANSLATE_NOOP("MessageCatalog", "This value is not valid.");

// One translator per language, loaded once and never installed process-wide.
const QTranslator *translator(MessageCatalog::Language language)
{
    static std::once_flag once;
    static QTranslator japanese;
    static QTranslator english;
    std::call_once(once, [] {
        // Missing files leave the English source texts.
        (void)japanese.load(QStringLiteral(":/i18n/moshikomi_ja.qm"));
        (void)english.load(QStringLiteral(":/i18n/moshikomi_en.qm"));
    });
    return language == MessageCatalog::Language::Japanese ? &japanese : &english;
}

} // namespace

QString MessageCatalog::text(const FieldError &error, Language language)
{
    return text(error.code, error.args, language);
}

QString MessageCatalog::text(const QString &code, const QStringList &args, Language language)
{
    const Message *message = nullptr;
    for (const Message &m : kMessages) {
        if (m.code == code) {
            message = &m;
            break;
        }
    }
    const bool counted = message && message->withCount && !args.isEmpty();
    const bool entered = message && message->withEntered && args.size() > 1;
    const char *source = entered   ? message->withEntered
                         : counted ? message->withCount
                         : message ? message->source
                                   : kFallback;
    const bool numerus = message && (message->numerus || counted);
    bool ok = false;
    const int n = numerus && !args.isEmpty() ? args.first().toInt(&ok) : -1;
    QString text = translator(language)->translate(kContext, source, nullptr, ok ? n : -1);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (numerus) {
        text.replace(QLatin1StringView("%n"), ok ? QString::number(n) : args.value(0));
        if (entered)
            text = text.arg(args.at(1));
        return text;
    }
    for (const QString &arg : args) {
        if (!text.contains(u'%'))
            break;
        text = text.arg(arg);
    }
    return text;
}

MessageCatalog::Language MessageCatalog::fromName(QStringView name)
{
    return name.startsWith(u"ja", Qt::CaseInsensitive) ? Language::Japanese : Language::English;
}

MessageCatalog::Language MessageCatalog::fromAcceptLanguage(const QByteArray &header)
{
    // "en-US,en;q=0.9,ja;q=0.8": the language we have with the highest
    // weight, the first written among equals; a weight of zero means "not
    // this one", and "*" any (ours: Japanese).
    Language best = Language::Japanese;
    double bestWeight = 0.0;
    for (const QByteArray &part : header.split(',')) {
        const QList<QByteArray> pieces = part.trimmed().split(';');
        const QByteArray tag = pieces.first().trimmed().toLower();
        double weight = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                weight = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    weight = 0.0; // malformed: as if not written
            }
        }
        Language language;
        if (tag == "ja" || tag.startsWith("ja-") || tag == "*")
            language = Language::Japanese;
        else if (tag == "en" || tag.startsWith("en-"))
            language = Language::English;
        else
            continue;
        if (weight > bestWeight) {
            best = language;
            bestWeight = weight;
        }
    }
    return best;
}
