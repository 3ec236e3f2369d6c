// What the service does with the bytes of a submission, and the client with
// what a person types, checked for the properties the core promises:
// nothing crashes or reads out of bounds, normalising twice changes nothing
// (Normalizer's promise), and an accepted application's canonical bytes
// decode to the same application, which is accepted again.
// Built by tools/fuzz.sh with libFuzzer; the test suite replays the corpus
// (tests/core/fuzz-corpus, with what the fuzzer once found) through the same function.
#include "core/additionalinfoschema.h"
#include "core/application.h"
#include "core/applicationrules.h"
#include "core/normalizer.h"
#include "core/wirecodec.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

[[noreturn]] void broken(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "property broken: %s\ninput: %s\n", what, input.toHex().constData());
    std::abort();
}

const AdditionalInfoSchema &sampleSchema()
{
    static const AdditionalInfoSchema schema = AdditionalInfoSchema::fromJson(
        "{\"version\":\"2026-11-a\",\"fields\":["
        "{\"key\":\"contractNumber\",\"type\":\"text\",\"required\":true,\"maxLength\":20,"
        "\"pattern\":\"^[A-Z0-9-]{6,20}$\"},"
        "{\"key\":\"plan\",\"type\":\"choice\",\"required\":true,"
        "\"options\":[{\"value\":\"standard\"},{\"value\":\"premium\"}]},"
        "{\"key\":\"employees\",\"type\":\"number\",\"min\":1,\"max\":100000},"
        "{\"key\":\"installDate\",\"type\":\"date\",\"min\":\"2026-01-01\"},"
        "{\"key\":\"rackMount\",\"type\":\"checkbox\"}]}");
    return schema;
}

// A draft keeps whatever was typed, valid or not: written and read back,
// it is the same application (nothing typed is lost on the way to disk).
void draftKeepsEverything(const Application &typed, const QByteArray &bytes)
{
    const QByteArray written = WireCodec::encode(typed, WireCodec::Form::Draft);
    const WireCodec::Result read = WireCodec::decode(written, WireCodec::Form::Draft);
    if (!read.errors.isEmpty() || !(read.application == typed)) {
        std::fprintf(stderr, "written: %s\n", written.constData());
        broken("a draft read back is not the draft written", bytes);
    }
}

// The service's intake: decode, normalise, validate; then the promises.
void intake(const QByteArray &bytes, WireCodec::Form form)
{
    const AdditionalInfoSchema &schema = sampleSchema();
    const WireCodec::Result decoded = WireCodec::decode(bytes, form);
    if (form == WireCodec::Form::Draft && decoded.errors.isEmpty())
        draftKeepsEverything(decoded.application, bytes);
    Application a = Normalizer::application(decoded.application);
    a.additionalInfo = schema.normalised(a.additionalInfo);
    const FieldErrors faults =
        ApplicationRules::validate(a, ApplicationRules::Confirmation::Ignore, &schema);
    Application again = Normalizer::application(a);
    again.additionalInfo = schema.normalised(again.additionalInfo);
    if (!(again == a))
        broken("normalising an application twice changed it", bytes);
    if (!decoded.errors.isEmpty() || !faults.isEmpty())
        return;
    const QByteArray canonical = WireCodec::encode(a, form);
    const WireCodec::Result back = WireCodec::decode(canonical, form);
    if (!back.errors.isEmpty()) {
        for (const FieldError &e : back.errors)
            std::fprintf(stderr, "%s: %s\n", e.path.toUtf8().constData(),
                         e.code.toUtf8().constData());
        std::fprintf(stderr, "canonical: %s\n", canonical.constData());
        broken("an accepted application's canonical bytes do not decode", bytes);
    }
    if (!(back.application == a))
        broken("an accepted application's canonical bytes decode to another application", bytes);
    if (!ApplicationRules::validate(back.application, ApplicationRules::Confirmation::Ignore,
                                    &schema)
             .isEmpty())
        broken("an accepted application is refused once it is stored", bytes);
    if (WireCodec::encode(back.application, form) != canonical)
        broken("the canonical bytes are not stable", bytes);
}

// What a person types or pastes into a field.
void typed(const QByteArray &bytes)
{
    const QString value = QString::fromUtf8(bytes);
    using F = QString (*)(const QString &);
    const F functions[] = {&Normalizer::text,
                           &Normalizer::halfWidthText,
                           &Normalizer::postalCodeCharacters,
                           &Normalizer::phoneCharacters,
                           &Normalizer::emailCharacters,
                           &Normalizer::onOneLine,
                           &Normalizer::postalCode,
                           &Normalizer::phone,
                           &Normalizer::email,
                           &Normalizer::date};
    static const char *const names[] = {"text",
                                        "halfWidthText",
                                        "postalCodeCharacters",
                                        "phoneCharacters",
                                        "emailCharacters",
                                        "onOneLine",
                                        "postalCode",
                                        "phone",
                                        "email",
                                        "date"};
    for (std::size_t i = 0; i < std::size(functions); ++i) {
        const QString once = functions[i](value);
        const QString twice = functions[i](once);
        if (twice != once) {
            std::fprintf(stderr, "Normalizer::%s: %s -> %s\n", names[i],
                         once.toUtf8().toHex(' ').constData(),
                         twice.toUtf8().toHex(' ').constData());
            broken("a normaliser is not idempotent", bytes);
        }
    }
    const std::optional<qint64> n = Normalizer::wholeNumber(value);
    if (n && Normalizer::wholeNumber(QString::number(*n)) != n)
        broken("a whole number does not read back", bytes);
    if (const auto pasted = Normalizer::postalCodeAndAddress(value)) {
        if (Normalizer::postalCode(pasted->postalCode) != pasted->postalCode)
            broken("a pasted postal code is not canonical", bytes);
    }
    (void)Normalizer::hasForbiddenCharacter(value);
    (void)Normalizer::length(value);
}

// A step-3 schema as the service publishes it, and values for its fields:
// a schema is refused or taken whole, and taking a value twice changes
// nothing. The bytes are the schema; each field is tried with values of
// every type, as a submission may carry them.
void schema(const QByteArray &bytes)
{
    const AdditionalInfoSchema s = AdditionalInfoSchema::fromJson(bytes);
    if (!s.isValid())
        return;
    const QVariant values[] = {QVariant(),
                               QVariant(QString()),
                               QVariant(QStringLiteral("ab-12345")),
                               QVariant(QStringLiteral("ＡＢ－１２３４５")),
                               QVariant(QStringLiteral("2026/12/1")),
                               QVariant(QStringLiteral("令和8年12月1日")),
                               QVariant(qint64(250)),
                               QVariant(1.5),
                               QVariant(true),
                               QVariant(QString::fromUtf8(bytes.left(64)))};
    for (const AdditionalInfoSchema::Field &f : s.fields()) {
        for (const QVariant &v : values) {
            const QVariant once = AdditionalInfoSchema::normalisedValue(f, v);
            if (AdditionalInfoSchema::normalisedValue(f, once) != once)
                broken("a step-3 value is not taken the same twice", bytes);
            (void)AdditionalInfoSchema::check(f, once);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > std::size_t(WireCodec::MaxBodySize))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte chooses what the rest is: a submission, a draft,
    // something typed or a step-3 schema; so one corpus serves all four.
    if (bytes.isEmpty())
        return 0;
    const QByteArray rest = bytes.mid(1);
    switch (std::uint8_t(bytes.front()) % 4) {
    case 0:
        intake(rest, WireCodec::Form::Wire);
        break;
    case 1:
        intake(rest, WireCodec::Form::Draft);
        break;
    case 2:
        typed(rest);
        break;
    default:
        schema(rest);
        break;
    }
    return 0;
}
