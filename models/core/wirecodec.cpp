#include "core/wirecodec.h"

#include "core/errorcodes.h"
#include "core/fieldtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

#include <optional>

namespace {

using Form = WireCodec::Form;

class Reader
{
public:
    Reader(Form form, FieldErrors *errors)
        : m_form(form)
        , m_errors(errors)
    {}

    void fail(const QString &path, QLatin1StringView code, const QStringList &args = {})
    {
        m_errors->append({path, code, args});
    }

    // A string member; absent is an empty string, except for required members
    // of the wire form, which are reported.
    QString string(const QJsonObject &o, const QString &prefix, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString path = prefix + QLatin1StringView(key);
        if (v.isUndefined() || v.isNull()) {
            if (required && m_form == Form::Wire)
                fail(path, ErrorCode::Required);
            return {};
        }
        if (!v.isString()) {
            fail(path, ErrorCode::InvalidType);
            return {};
        }
        QString s = v.toString();
        if (s.size() > WireCodec::MaxStringLength) {
            fail(path, ErrorCode::TooLong, {QString::number(WireCodec::MaxStringLength)});
            return {};
        }
        return s;
    }

    // A member object; nullopt when absent or not an object (reported once,
    // without a second report for each of its fields).
    std::optional<QJsonObject> object(const QJsonObject &o, const char *key, const QString &path,
                                      bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required && m_form == Form::Wire)
                fail(path, ErrorCode::Required);
            return std::nullopt;
        }
        if (!v.isObject()) {
            fail(path, ErrorCode::InvalidType);
            return std::nullopt;
        }
        return v.toObject();
    }

    // An array member holding at most `max` objects; longer arrays are
    // reported once and not read at all, so huge input costs nothing more.
    QList<std::optional<QJsonObject>> objects(const QJsonObject &o, const char *key, qsizetype max,
                                              QLatin1StringView tooMany)
    {
        const QString path = QLatin1StringView(key);
        const QJsonValue v = o.value(path);
        if (v.isUndefined() || v.isNull()) {
            if (m_form == Form::Wire)
                fail(path, ErrorCode::Required);
            return {};
        }
        if (!v.isArray()) {
            fail(path, ErrorCode::InvalidType);
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() > max) {
            fail(path, tooMany);
            return {};
        }
        QList<std::optional<QJsonObject>> result;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).isObject()) {
                result.append(a.at(i).toObject());
            } else {
                fail(FieldTable::path(key, int(i)), ErrorCode::InvalidType);
                result.append(std::nullopt);
            }
        }
        return result;
    }

    int integer(const QJsonObject &o, const QString &prefix, const char *key, int fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString path = prefix + QLatin1StringView(key);
        if (v.isUndefined() || v.isNull()) {
            if (m_form == Form::Wire)
                fail(path, ErrorCode::Required);
            return fallback;
        }
        // Range before conversion: a double outside an integer's range
        // converts to undefined behaviour.
        const double d = v.toDouble();
        if (!v.isDouble() || !(d >= -1.0e6 && d <= 1.0e6) || d != double(int(d))) {
            fail(path, ErrorCode::InvalidType);
            return fallback;
        }
        return int(d);
    }

private:
    Form m_form;
    FieldErrors *m_errors;
};

QVariant jsonToVariant(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d > -9.0e15 && d < 9.0e15 && d == double(qint64(d)))
            return QVariant::fromValue(qint64(d));
        return d;
    }
    return {};
}

} // namespace

QString WireCodec::formatTime(const QDateTime &time)
{
    // Whole seconds as in the contract's examples; milliseconds only when set.
    return formatTimeText(time, false);
}

QString WireCodec::formatSortableTime(const QDateTime &time)
{
    return formatTimeText(time, true);
}

QString WireCodec::formatTimeText(const QDateTime &time, bool alwaysMillis)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 MsPerDay = 86400000;
    constexpr qint64 Year10000 = 253402300800000; // 10000-01-01T00:00:00Z
    if (ms < 0 || ms >= Year10000) {
        const QDateTime utc = time.toUTC();
        return utc.toString(utc.time().msec() == 0 && !alwaysMillis ? Qt::ISODate
                                                                    : Qt::ISODateWithMs);
    }
    // By hand: the service writes several per application, and Qt's
    // toString (time zone, locale-free formatter) costs microseconds each.
    // Days to a civil date: H. Hinnant's days_from_civil, inverted.
    const qint64 days = ms / MsPerDay + 719468;
    const int millis = int(ms % MsPerDay);
    const qint64 era = days / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const int year = int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
    char16_t text[24];
    int n = 0;
    auto digits = [&](int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[n + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += width;
    };
    digits(year, 4);
    text[n++] = u'-';
    digits(month, 2);
    text[n++] = u'-';
    digits(day, 2);
    text[n++] = u'T';
    digits(millis / 3600000, 2);
    text[n++] = u':';
    digits(millis / 60000 % 60, 2);
    text[n++] = u':';
    digits(millis / 1000 % 60, 2);
    if (alwaysMillis || millis % 1000 != 0) {
        text[n++] = u'.';
        digits(millis % 1000, 3);
    }
    text[n++] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), n);
}

QDateTime WireCodec::parseTime(const QString &text)
{
    // RFC 3339 requires the offset; a local time without one is ambiguous.
    if (!(text.endsWith(u'Z') || text.endsWith(u'z') || text.lastIndexOf(u'+') > 9 ||
          text.lastIndexOf(u'-') > 9))
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject WireCodec::toJson(const Application &application, Form form)
{
    // One encoder: the object is what encode() writes, read back.
    return QJsonDocument::fromJson(encode(application, form)).object();
}

namespace {

// Writes compact JSON straight into bytes, members in the contract's order.
// Much cheaper than building a QJsonObject first, and drafts are encoded on
// every pause in typing.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(2048); } // an application with a few rows, whole
    QByteArray take() { return std::move(m_out); }

    void begin(char c)
    {
        separate();
        m_out += c;
        m_first = true;
    }
    void end(char c)
    {
        m_out += c;
        m_first = false;
    }
    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_first = true; // the value follows without a comma
    }
    void string(const QString &value)
    {
        separate();
        const QByteArray utf8 = value.toUtf8();
        m_out += '"';
        // Runs of plain bytes are copied whole (byte by byte, this was most of
        // the time the service took to write an application's canonical body).
        const char *run = utf8.constBegin();
        for (const char *p = run; p != utf8.constEnd(); ++p) {
            const uchar c = uchar(*p);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(run, p - run);
            run = p + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\r':
                m_out += "\\r";
                break;
            default: {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                m_out += buf;
            }
            }
        }
        m_out.append(run, utf8.constEnd() - run);
        m_out += '"';
    }
    void raw(const QByteArray &literal)
    {
        separate();
        m_out += literal;
    }
    // A key that is data (additional info), so it is escaped like a string.
    void separateKey(const QString &name)
    {
        string(name);
        m_out += ':';
        m_first = true;
    }
    void member(const char *name, const QString &value)
    {
        key(name);
        string(value);
    }
    void variant(const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::Bool:
            raw(v.toBool() ? "true" : "false");
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            raw(QByteArray::number(v.toLongLong()));
            break;
        case QMetaType::Double:
            // JSON has no NaN or infinity: such a value is written as null.
            if (qIsFinite(v.toDouble()))
                raw(QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest));
            else
                raw("null");
            break;
        default:
            if (v.isNull())
                raw("null");
            else
                string(v.toString());
        }
    }

private:
    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    QByteArray m_out;
    bool m_first = true;
};

} // namespace

namespace {

// The members of one record in the table's order; the client-only email
// confirmations only in drafts.
template<typename Record>
void writeRecord(JsonWriter &w, const QList<RecordField<Record>> &fields, const Record &record,
                 bool draft)
{
    w.begin('{');
    for (const RecordField<Record> &f : fields) {
        if (f.spec.isClientOnly() && !draft)
            continue;
        if (f.number) {
            w.key(f.spec.name);
            w.raw(QByteArray::number(record.*f.number));
        } else {
            w.member(f.spec.name, record.*f.text);
        }
    }
    w.end('}');
}

template<typename Record>
void writeRecords(JsonWriter &w, const char *key, const QList<RecordField<Record>> &fields,
                  const QList<Record> &records, bool draft)
{
    w.key(key);
    w.begin('[');
    for (const Record &r : records)
        writeRecord(w, fields, r, draft);
    w.end(']');
}

// The members of one record, each checked for shape and type; what is absent
// stays empty. Rules about the values are not the codec's business.
template<typename Record>
Record readRecord(Reader &r, const QList<RecordField<Record>> &fields, const QJsonObject &o,
                  const QString &prefix, Form form)
{
    Record record;
    for (const RecordField<Record> &f : fields) {
        if (f.spec.isClientOnly() && form != Form::Draft)
            continue;
        const bool required = f.spec.required && !f.spec.isClientOnly();
        if (f.number)
            record.*f.number = r.integer(o, prefix, f.spec.name, 1);
        else
            record.*f.text = r.string(o, prefix, f.spec.name, required);
    }
    return record;
}

template<typename Record>
QList<Record> readRecords(Reader &r, const QList<RecordField<Record>> &fields, const QJsonObject &o,
                          const char *key, qsizetype max, QLatin1StringView tooMany, Form form)
{
    QList<Record> records;
    const QList<std::optional<QJsonObject>> objects = r.objects(o, key, max, tooMany);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (!objects[i]) {
            records.append(Record{});
            continue;
        }
        records.append(
            readRecord(r, fields, *objects[i], FieldTable::path(key, int(i)) + u'.', form));
    }
    return records;
}

} // namespace

QByteArray WireCodec::encode(const Application &a, Form form)
{
    const bool draft = form == Form::Draft;
    JsonWriter w;
    w.begin('{');
    // An application without an id yet (a draft read back from a form that
    // had none) is written without one, as it was read: the all-zero id
    // would be refused when it is read again.
    if (!a.id.isNull())
        w.member(FieldTable::IdKey, a.id.toString(QUuid::WithoutBraces));
    w.key(FieldTable::FormVersionKey);
    a.formVersion.isNull() ? w.raw("null") : w.string(a.formVersion);
    w.key(FieldTable::EnteredAtKey);
    a.enteredAt.isValid() ? w.string(formatTime(a.enteredAt)) : w.raw("null");
    if (draft) {
        w.member(FieldTable::CreatedAtKey, formatTime(a.createdAt));
        w.member(FieldTable::UpdatedAtKey, formatTime(a.updatedAt));
    }
    w.key(FieldTable::CustomerKey);
    writeRecord(w, FieldTable::customer(), a.customer, draft);
    writeRecords(w, FieldTable::DestinationsKey, FieldTable::destination(), a.destinations, draft);
    w.key(FieldTable::AdditionalInfoKey);
    w.begin('{');
    for (auto it = a.additionalInfo.cbegin(); it != a.additionalInfo.cend(); ++it) {
        w.separateKey(it.key());
        w.variant(*it);
    }
    w.end('}');
    writeRecords(w, FieldTable::LoginUsersKey, FieldTable::loginUser(), a.loginUsers, draft);
    w.end('}');
    return w.take();
}

WireCodec::Result WireCodec::decode(const QByteArray &bytes, Form form)
{
    if (bytes.size() > MaxBodySize)
        return {{}, {{QString(), ErrorCode::TooLarge, {}}}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, {{QString(), ErrorCode::MalformedJson, {}}}};
    if (!doc.isObject())
        return {{}, {{QString(), ErrorCode::InvalidType, {}}}};
    return fromJson(doc.object(), form);
}

WireCodec::Result WireCodec::fromJson(const QJsonObject &o, Form form)
{
    using T = FieldTable;
    Result result;
    Reader r(form, &result.errors);
    Application &a = result.application;
    const QLatin1StringView idKey(T::IdKey);

    const QString id = r.string(o, QString(), T::IdKey, true);
    if (!id.isEmpty()) {
        a.id = QUuid::fromString(id);
        if (a.id.isNull() || a.id.version() != QUuid::Random || a.id.variant() != QUuid::DCE)
            r.fail(idKey, ErrorCode::InvalidId);
    } else if (o.contains(idKey) && o.value(idKey).isString()) {
        r.fail(idKey, ErrorCode::Required);
    }

    const QJsonValue version = o.value(QLatin1StringView(T::FormVersionKey));
    if (version.isString())
        a.formVersion = r.string(o, QString(), T::FormVersionKey, false);
    else if (!version.isNull() && !version.isUndefined())
        r.fail(QLatin1StringView(T::FormVersionKey), ErrorCode::InvalidType);

    auto time = [&](const char *key, bool required) {
        const QString text = r.string(o, QString(), key, required);
        if (text.isEmpty())
            return QDateTime();
        const QDateTime t = parseTime(text);
        if (!t.isValid())
            r.fail(QLatin1StringView(key), ErrorCode::InvalidDateTime);
        return t;
    };
    a.enteredAt = time(T::EnteredAtKey, true);
    if (form == Form::Draft) {
        a.createdAt = time(T::CreatedAtKey, false);
        a.updatedAt = time(T::UpdatedAtKey, false);
    }

    if (const std::optional<QJsonObject> customer =
            r.object(o, T::CustomerKey, QLatin1StringView(T::CustomerKey), true))
        a.customer =
            readRecord(r, T::customer(), *customer, QLatin1StringView(T::CustomerKey) + u'.', form);

    a.destinations = readRecords(r, T::destination(), o, T::DestinationsKey, T::MaxDestinations,
                                 ErrorCode::TooManyDestinations, form);

    const QString additionalPath = QLatin1StringView(T::AdditionalInfoKey);
    const QJsonObject additional =
        r.object(o, T::AdditionalInfoKey, additionalPath, false).value_or(QJsonObject());
    if (additional.size() > MaxAdditionalInfoKeys) {
        r.fail(additionalPath, ErrorCode::TooLarge);
    } else {
        for (auto it = additional.constBegin(); it != additional.constEnd(); ++it) {
            const QString path = T::path(T::AdditionalInfoKey, it.key());
            if (it.key().size() > 100) {
                r.fail(additionalPath, ErrorCode::UnknownField);
                continue;
            }
            if (it->isString() && it->toString().size() > MaxStringLength) {
                r.fail(path, ErrorCode::TooLong, {QString::number(MaxStringLength)});
                continue;
            }
            const QVariant v = jsonToVariant(*it);
            if (!v.isValid() && !it->isNull())
                r.fail(path, ErrorCode::InvalidType);
            else if (v.isValid())
                a.additionalInfo.insert(it.key(), v);
        }
    }

    a.loginUsers = readRecords(r, T::loginUser(), o, T::LoginUsersKey, T::MaxLoginUsers,
                               ErrorCode::TooManyLoginUsers, form);
    return result;
}
