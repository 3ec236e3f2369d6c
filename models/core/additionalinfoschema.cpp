#include "core/additionalinfoschema.h"

#include "core/errorcodes.h"
#include "core/fieldtable.h"
#include "core/normalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

bool parseType(const QString &s, AdditionalInfoSchema::Type *type)
{
    using T = AdditionalInfoSchema::Type;
    static const QList<std::pair<QString, T>> types = {
        {QStringLiteral("text"), T::Text},     {QStringLiteral("number"), T::Number},
        {QStringLiteral("choice"), T::Choice}, {QStringLiteral("checkbox"), T::Checkbox},
        {QStringLiteral("date"), T::Date},
    };
    for (const auto &[name, t] : types) {
        if (s == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

void readLabels(const QJsonValue &v, QString *ja, QString *en)
{
    if (v.isString()) {
        *ja = *en = v.toString();
        return;
    }
    const QJsonObject o = v.toObject();
    *ja = o.value(QLatin1StringView("ja")).toString();
    *en = o.value(QLatin1StringView("en")).toString();
    if (ja->isEmpty())
        *ja = *en;
    if (en->isEmpty())
        *en = *ja;
}

bool readLimit(const QJsonValue &v, AdditionalInfoSchema::Type type, QVariant *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (type == AdditionalInfoSchema::Type::Number && v.isDouble()) {
        // Range first: converting a double outside qint64 is undefined.
        const double d = v.toDouble();
        if (!(d >= -9.0e15 && d <= 9.0e15) || d != double(qint64(d)))
            return false;
        *out = QVariant::fromValue(qint64(d));
        return true;
    }
    if (type == AdditionalInfoSchema::Type::Date && v.isString()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        *out = d;
        return d.isValid();
    }
    return false;
}

bool isIntegral(const QVariant &v, qint64 *out)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        *out = v.toLongLong();
        return true;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (!(d >= -9.0e15 && d <= 9.0e15) || d != double(qint64(d)))
            return false;
        *out = qint64(d);
        return true;
    }
    default:
        return false;
    }
}

} // namespace

QString AdditionalInfoSchema::Field::label(bool japanese) const
{
    const QString l = japanese ? labelJa : labelEn;
    return l.isEmpty() ? key : l;
}

QString AdditionalInfoSchema::Field::help(bool japanese) const
{
    return japanese ? helpJa : helpEn;
}

QString AdditionalInfoSchema::Fault::toString() const
{
    const QString where = field >= 0 ? QStringLiteral("fields[%1]: ").arg(field) : QString();
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotJson:
        return QStringLiteral("not valid JSON (%1 at byte %2)").arg(detail).arg(offset);
    case Kind::NotAnObject:
        return QStringLiteral("the schema is not a JSON object");
    case Kind::NoVersion:
        return QStringLiteral("\"version\" must be a non-empty string");
    case Kind::FieldsNotAnArray:
        return QStringLiteral("\"fields\" must be an array");
    case Kind::MissingOrDuplicateKey:
        return where + QStringLiteral("missing or duplicate \"key\"");
    case Kind::UnknownType:
        return where + QStringLiteral("unknown \"type\"");
    case Kind::UnanchorablePattern:
        return where + QStringLiteral("a \"pattern\" that cannot be anchored");
    case Kind::InvalidPattern:
        return where + QStringLiteral("invalid \"pattern\"");
    case Kind::InvalidLimit:
        return where + QStringLiteral("invalid \"min\", \"max\" or \"maxLength\"");
    case Kind::EmptyRange:
        return where + QStringLiteral("\"min\" is above \"max\": no value could be entered");
    case Kind::ChoiceWithoutOptions:
        return where + QStringLiteral("a choice needs \"options\"");
    case Kind::InvalidOption:
        return where +
               QStringLiteral("an option without a \"value\", or with one another option has");
    }
    return {};
}

AdditionalInfoSchema AdditionalInfoSchema::fromJson(const QByteArray &json, QString *errorString)
{
    Fault fault;
    AdditionalInfoSchema schema = fromJson(json, &fault);
    if (errorString)
        *errorString = fault.toString();
    return schema;
}

AdditionalInfoSchema AdditionalInfoSchema::fromJsonObject(const QJsonObject &object,
                                                          QString *errorString)
{
    Fault fault;
    AdditionalInfoSchema schema = fromJsonObject(object, &fault);
    if (errorString)
        *errorString = fault.toString();
    return schema;
}

AdditionalInfoSchema AdditionalInfoSchema::fromJson(const QByteArray &json, Fault *fault)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (fault)
            *fault =
                parseError.error != QJsonParseError::NoError
                    ? Fault{Fault::Kind::NotJson, -1, parseError.errorString(), parseError.offset}
                    : Fault{Fault::Kind::NotAnObject, -1, {}};
        return {};
    }
    return fromJsonObject(doc.object(), fault);
}

AdditionalInfoSchema AdditionalInfoSchema::fromJsonObject(const QJsonObject &object, Fault *fault)
{
    AdditionalInfoSchema schema;
    int at = -1;
    auto fail = [&](Fault::Kind kind) {
        if (fault)
            *fault = {kind, at, {}};
        return AdditionalInfoSchema{};
    };
    const QJsonValue version = object.value(QLatin1StringView("version"));
    if (!version.isString() || version.toString().isEmpty())
        return fail(Fault::Kind::NoVersion);
    schema.m_version = version.toString();
    const QJsonValue fields = object.value(QLatin1StringView("fields"));
    if (!fields.isArray() && !fields.isUndefined())
        return fail(Fault::Kind::FieldsNotAnArray);
    QSet<QString> keys;
    const QJsonArray array = fields.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        at = int(i);
        Field f;
        f.key = o.value(QLatin1StringView("key")).toString();
        if (f.key.isEmpty() || keys.contains(f.key))
            return fail(Fault::Kind::MissingOrDuplicateKey);
        keys.insert(f.key);
        if (!parseType(o.value(QLatin1StringView("type")).toString(), &f.type))
            return fail(Fault::Kind::UnknownType);
        f.required = o.value(QLatin1StringView("required")).toBool(false);
        // A limit the author mistyped ("20" as a string, -1) would otherwise
        // be no limit at all, found only when a long value is refused.
        const QJsonValue maxLength = o.value(QLatin1StringView("maxLength"));
        if (!maxLength.isUndefined() && !maxLength.isNull()) {
            const double d = maxLength.toDouble();
            if (!maxLength.isDouble() || !(d >= 1 && d <= 1.0e6) || d != double(int(d)))
                return fail(Fault::Kind::InvalidLimit);
            f.maxLength = int(d);
        }
        f.pattern = o.value(QLatin1StringView("pattern")).toString();
        if (!f.pattern.isEmpty()) {
            // A pattern is matched whole (anchored): \Q without \E would quote
            // the anchor itself, and control verbs such as (*ACCEPT) end the
            // match early. Such a pattern is the schema's fault, said at load.
            const qsizetype quote = f.pattern.indexOf(QLatin1StringView("\\Q"));
            if ((quote >= 0 && f.pattern.indexOf(QLatin1StringView("\\E"), quote) < 0) ||
                f.pattern.contains(QLatin1StringView("(*")) || f.pattern.endsWith(u'\\'))
                return fail(Fault::Kind::UnanchorablePattern);
            f.regex.setPattern(QRegularExpression::anchoredPattern(f.pattern));
            if (!f.regex.isValid())
                return fail(Fault::Kind::InvalidPattern);
            f.regex.optimize();
        }
        if (!readLimit(o.value(QLatin1StringView("min")), f.type, &f.minimum) ||
            !readLimit(o.value(QLatin1StringView("max")), f.type, &f.maximum))
            return fail(Fault::Kind::InvalidLimit);
        if (f.minimum.isValid() && f.maximum.isValid() &&
            (f.type == Type::Number ? f.minimum.toLongLong() > f.maximum.toLongLong()
                                    : f.minimum.toDate() > f.maximum.toDate()))
            return fail(Fault::Kind::EmptyRange);
        readLabels(o.value(QLatin1StringView("label")), &f.labelJa, &f.labelEn);
        readLabels(o.value(QLatin1StringView("help")), &f.helpJa, &f.helpEn);
        const QJsonArray options = o.value(QLatin1StringView("options")).toArray();
        QSet<QString> values;
        for (const QJsonValue &ov : options) {
            Option opt;
            opt.value = ov.toObject().value(QLatin1StringView("value")).toString();
            // Two options sent alike could not be told apart afterwards.
            if (opt.value.isEmpty() || values.contains(opt.value))
                return fail(Fault::Kind::InvalidOption);
            values.insert(opt.value);
            readLabels(ov.toObject().value(QLatin1StringView("label")), &opt.labelJa, &opt.labelEn);
            if (opt.labelJa.isEmpty())
                opt.labelJa = opt.labelEn = opt.value;
            f.options.append(opt);
        }
        if (f.type == Type::Choice && f.options.isEmpty())
            return fail(Fault::Kind::ChoiceWithoutOptions);
        schema.m_fields.append(f);
    }
    schema.m_valid = true;
    return schema;
}

const AdditionalInfoSchema::Field *AdditionalInfoSchema::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

FieldError AdditionalInfoSchema::check(const Field &field, const QVariant &value)
{
    auto fault = [](QLatin1StringView code, const QString &arg = QString()) {
        return FieldError{QString(), code, arg.isNull() ? QStringList() : QStringList{arg}};
    };
    const bool absent = !value.isValid() || value.isNull() ||
                        (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    if (absent)
        return field.mustBeFilled() ? fault(ErrorCode::Required) : FieldError{};
    switch (field.type) {
    case Type::Text: {
        if (value.typeId() != QMetaType::QString)
            return fault(ErrorCode::InvalidType);
        const QString s = value.toString();
        if (Normalizer::hasForbiddenCharacter(s))
            return fault(ErrorCode::InvalidCharacter);
        const int max = field.maxLength > 0 ? field.maxLength : MaxTextLength;
        if (const qsizetype length = Normalizer::length(s); length > max)
            return FieldError{
                QString(), ErrorCode::TooLong, {QString::number(max), QString::number(length)}};
        if (!field.pattern.isEmpty()) {
            const QRegularExpressionMatch m = field.regex.match(s);
            // An invalid match is PCRE2 giving up (match or depth limit, JIT
            // stack): the pattern's fault, never the value's.
            if (!m.isValid())
                return fault(ErrorCode::SchemaError);
            if (!m.hasMatch())
                return fault(ErrorCode::PatternMismatch);
        }
        return {};
    }
    case Type::Number: {
        qint64 n = 0;
        if (!isIntegral(value, &n))
            return fault(value.typeId() == QMetaType::Double ? ErrorCode::NotInteger
                                                             : ErrorCode::InvalidType);
        if (field.minimum.isValid() && n < field.minimum.toLongLong())
            return fault(ErrorCode::BelowMinimum, QString::number(field.minimum.toLongLong()));
        if (field.maximum.isValid() && n > field.maximum.toLongLong())
            return fault(ErrorCode::AboveMaximum, QString::number(field.maximum.toLongLong()));
        return {};
    }
    case Type::Choice: {
        if (value.typeId() != QMetaType::QString)
            return fault(ErrorCode::InvalidType);
        for (const Option &o : field.options) {
            if (o.value == value.toString())
                return {};
        }
        return fault(ErrorCode::InvalidChoice);
    }
    case Type::Checkbox:
        return value.typeId() == QMetaType::Bool ? FieldError{} : fault(ErrorCode::InvalidType);
    case Type::Date: {
        if (value.typeId() != QMetaType::QString)
            return fault(ErrorCode::InvalidType);
        const QString s = value.toString();
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!shape.match(s).hasMatch() || !d.isValid())
            return fault(ErrorCode::InvalidDate);
        if (field.minimum.isValid() && d < field.minimum.toDate())
            return fault(ErrorCode::BelowMinimumDate, field.minimum.toDate().toString(Qt::ISODate));
        if (field.maximum.isValid() && d > field.maximum.toDate())
            return fault(ErrorCode::AboveMaximumDate, field.maximum.toDate().toString(Qt::ISODate));
        return {};
    }
    }
    return {};
}

QVariant AdditionalInfoSchema::normalisedValue(const Field &field, const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString s = value.toString();
    if (field.type == Type::Date)
        return Normalizer::date(s);
    if (field.type == Type::Text && !field.pattern.isEmpty() && field.regex.isValid() &&
        !field.regex.match(s).hasMatch()) {
        // A code dictated letter by letter is often typed in lower case or
        // full width; it is taken in the one form the pattern accepts, and
        // only then (a pattern that wants lower case keeps what was typed).
        const QString narrow = Normalizer::halfWidthText(s);
        if (narrow != s && field.regex.match(narrow).hasMatch())
            return narrow;
        QString upper = narrow;
        for (QChar &c : upper) {
            if (c >= u'a' && c <= u'z')
                c = QChar(c.unicode() - u'a' + u'A');
        }
        if (upper != narrow && field.regex.match(upper).hasMatch())
            return upper;
    }
    return value;
}

QVariantMap AdditionalInfoSchema::normalised(const QVariantMap &values) const
{
    QVariantMap result = values;
    for (const Field &f : m_fields) {
        auto it = result.find(f.key);
        if (it != result.end())
            *it = normalisedValue(f, *it);
    }
    return result;
}

FieldErrors AdditionalInfoSchema::validate(const QVariantMap &values) const
{
    FieldErrors errors;
    for (const Field &f : m_fields) {
        FieldError e = check(f, values.value(f.key));
        if (!e.isError())
            continue;
        e.path = FieldTable::path(FieldTable::AdditionalInfoKey, f.key);
        errors.append(e);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!field(it.key()))
            errors.append({FieldTable::path(FieldTable::AdditionalInfoKey, it.key()),
                           ErrorCode::UnknownField,
                           {}});
    }
    return errors;
}
