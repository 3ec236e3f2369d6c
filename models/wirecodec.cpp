#include "wirecodec.h"

#include "applicationrules.h"

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

    void fail(const QString &path, const char *code, int limit = 0)
    {
        m_errors->append(ApplicationRules::error(path, QLatin1StringView(code), limit));
    }

    // A string member; absent is an empty string, except for required members
    // of the wire form, which are reported.
    QString string(const QJsonObject &o, const QString &prefix, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString path = prefix + QLatin1StringView(key);
        if (v.isUndefined() || v.isNull()) {
            if (required && m_form == Form::Wire)
                fail(path, "required");
            return {};
        }
        if (!v.isString()) {
            fail(path, "invalid_type");
            return {};
        }
        QString s = v.toString();
        if (s.size() > WireCodec::MaxStringLength) {
            fail(path, "too_long", int(WireCodec::MaxStringLength));
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
                fail(path, "required");
            return std::nullopt;
        }
        if (!v.isObject()) {
            fail(path, "invalid_type");
            return std::nullopt;
        }
        return v.toObject();
    }

    // An array member holding at most `max` objects; longer arrays are
    // reported once and not read at all, so huge input costs nothing more.
    QList<std::optional<QJsonObject>> objects(const QJsonObject &o, const char *key, qsizetype max,
                                              const char *tooMany)
    {
        const QString path = QLatin1StringView(key);
        const QJsonValue v = o.value(path);
        if (v.isUndefined() || v.isNull()) {
            if (m_form == Form::Wire)
                fail(path, "required");
            return {};
        }
        if (!v.isArray()) {
            fail(path, "invalid_type");
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
                fail(QStringLiteral("%1[%2]").arg(path).arg(i), "invalid_type");
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
                fail(path, "required");
            return fallback;
        }
        const double d = v.toDouble(-1.0e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < -1.0e6 || d > 1.0e6) {
            fail(path, "invalid_type");
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
        if (d == double(qint64(d)) && d > -9.0e15 && d < 9.0e15)
            return QVariant::fromValue(qint64(d));
        return d;
    }
    return {};
}

} // namespace

QString WireCodec::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    // Whole seconds as in the contract's examples; milliseconds only when set.
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
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
        for (char c : utf8) {
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
            default:
                if (uchar(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(uchar(c)));
                    m_out += buf;
                } else {
                    m_out += c;
                }
            }
        }
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
            raw(QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest));
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

QByteArray WireCodec::encode(const Application &a, Form form)
{
    const bool draft = form == Form::Draft;
    JsonWriter w;
    w.begin('{');
    w.member("id", a.id.toString(QUuid::WithoutBraces));
    w.key("formVersion");
    a.formVersion.isNull() ? w.raw("null") : w.string(a.formVersion);
    w.key("enteredAt");
    a.enteredAt.isValid() ? w.string(formatTime(a.enteredAt)) : w.raw("null");
    if (draft) {
        w.member("createdAt", formatTime(a.createdAt));
        w.member("updatedAt", formatTime(a.updatedAt));
    }
    const Customer &c = a.customer;
    w.key("customer");
    w.begin('{');
    w.member("companyName", c.companyName);
    w.member("lastName", c.lastName);
    w.member("firstName", c.firstName);
    w.member("department", c.department);
    w.member("title", c.title);
    w.member("email", c.email);
    if (draft)
        w.member("emailConfirm", c.emailConfirm);
    w.member("postalCode", c.postalCode);
    w.member("prefecture", c.prefecture);
    w.member("address", c.address);
    w.member("phone", c.phone);
    w.end('}');
    w.key("destinations");
    w.begin('[');
    for (const Destination &d : a.destinations) {
        w.begin('{');
        w.member("companyName", d.companyName);
        w.member("lastName", d.lastName);
        w.member("firstName", d.firstName);
        w.member("department", d.department);
        w.member("postalCode", d.postalCode);
        w.member("prefecture", d.prefecture);
        w.member("address", d.address);
        w.member("phone", d.phone);
        w.key("units");
        w.raw(QByteArray::number(d.units));
        w.end('}');
    }
    w.end(']');
    w.key("additionalInfo");
    w.begin('{');
    for (auto it = a.additionalInfo.cbegin(); it != a.additionalInfo.cend(); ++it) {
        w.separateKey(it.key());
        w.variant(*it);
    }
    w.end('}');
    w.key("loginUsers");
    w.begin('[');
    for (const LoginUser &u : a.loginUsers) {
        w.begin('{');
        w.member("lastName", u.lastName);
        w.member("firstName", u.firstName);
        w.member("email", u.email);
        if (draft)
            w.member("emailConfirm", u.emailConfirm);
        w.member("mobile", u.mobile);
        w.end('}');
    }
    w.end(']');
    w.end('}');
    return w.take();
}

WireCodec::Result WireCodec::decode(const QByteArray &bytes, Form form)
{
    if (bytes.size() > MaxBodySize)
        return {{}, {ApplicationRules::error(QString(), QStringLiteral("too_large"))}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, {ApplicationRules::error(QString(), QStringLiteral("malformed_json"))}};
    if (!doc.isObject())
        return {{}, {ApplicationRules::error(QString(), QStringLiteral("invalid_type"))}};
    return fromJson(doc.object(), form);
}

WireCodec::Result WireCodec::fromJson(const QJsonObject &o, Form form)
{
    Result result;
    Reader r(form, &result.errors);
    Application &a = result.application;

    const QString id = r.string(o, QString(), "id", true);
    if (!id.isEmpty()) {
        a.id = QUuid::fromString(id);
        if (a.id.isNull() || a.id.version() != QUuid::Random || a.id.variant() != QUuid::DCE)
            r.fail(QStringLiteral("id"), "invalid_id");
    } else if (o.contains(QLatin1StringView("id")) && o.value(QLatin1StringView("id")).isString()) {
        r.fail(QStringLiteral("id"), "required");
    }

    const QJsonValue version = o.value(QLatin1StringView("formVersion"));
    if (version.isString())
        a.formVersion = r.string(o, QString(), "formVersion", false);
    else if (!version.isNull() && !version.isUndefined())
        r.fail(QStringLiteral("formVersion"), "invalid_type");

    auto time = [&](const char *key, bool required) {
        const QString text = r.string(o, QString(), key, required);
        if (text.isEmpty())
            return QDateTime();
        const QDateTime t = parseTime(text);
        if (!t.isValid())
            r.fail(QLatin1StringView(key), "invalid_date_time");
        return t;
    };
    a.enteredAt = time("enteredAt", true);
    if (form == Form::Draft) {
        a.createdAt = time("createdAt", false);
        a.updatedAt = time("updatedAt", false);
    }

    const QString cp = QStringLiteral("customer.");
    if (const std::optional<QJsonObject> customer =
            r.object(o, "customer", QStringLiteral("customer"), true)) {
        const QJsonObject &c = *customer;
        a.customer.companyName = r.string(c, cp, "companyName", true);
        a.customer.lastName = r.string(c, cp, "lastName", true);
        a.customer.firstName = r.string(c, cp, "firstName", false);
        a.customer.department = r.string(c, cp, "department", false);
        a.customer.title = r.string(c, cp, "title", true);
        a.customer.email = r.string(c, cp, "email", true);
        a.customer.postalCode = r.string(c, cp, "postalCode", true);
        a.customer.prefecture = r.string(c, cp, "prefecture", true);
        a.customer.address = r.string(c, cp, "address", true);
        a.customer.phone = r.string(c, cp, "phone", true);
        if (form == Form::Draft)
            a.customer.emailConfirm = r.string(c, cp, "emailConfirm", false);
    }

    const QList<std::optional<QJsonObject>> destinations =
        r.objects(o, "destinations", Application::MaxDestinations, "too_many_destinations");
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        Destination dest;
        if (!destinations[i]) {
            a.destinations.append(dest);
            continue;
        }
        const QJsonObject &d = *destinations[i];
        const QString p = QStringLiteral("destinations[%1].").arg(i);
        dest.companyName = r.string(d, p, "companyName", true);
        dest.lastName = r.string(d, p, "lastName", true);
        dest.firstName = r.string(d, p, "firstName", true);
        dest.department = r.string(d, p, "department", false);
        dest.postalCode = r.string(d, p, "postalCode", true);
        dest.prefecture = r.string(d, p, "prefecture", true);
        dest.address = r.string(d, p, "address", true);
        dest.phone = r.string(d, p, "phone", true);
        dest.units = r.integer(d, p, "units", 1);
        a.destinations.append(dest);
    }

    const QJsonObject additional =
        r.object(o, "additionalInfo", QStringLiteral("additionalInfo"), false)
            .value_or(QJsonObject());
    if (additional.size() > MaxAdditionalInfoKeys) {
        r.fail(QStringLiteral("additionalInfo"), "too_large");
    } else {
        for (auto it = additional.constBegin(); it != additional.constEnd(); ++it) {
            const QString path = QStringLiteral("additionalInfo.") + it.key();
            if (it.key().size() > 100) {
                r.fail(QStringLiteral("additionalInfo"), "unknown_field");
                continue;
            }
            if (it->isString() && it->toString().size() > MaxStringLength) {
                r.fail(path, "too_long", int(MaxStringLength));
                continue;
            }
            const QVariant v = jsonToVariant(*it);
            if (!v.isValid() && !it->isNull())
                r.fail(path, "invalid_type");
            else if (v.isValid())
                a.additionalInfo.insert(it.key(), v);
        }
    }

    const QList<std::optional<QJsonObject>> users =
        r.objects(o, "loginUsers", Application::MaxLoginUsers, "too_many_login_users");
    for (qsizetype i = 0; i < users.size(); ++i) {
        LoginUser user;
        if (!users[i]) {
            a.loginUsers.append(user);
            continue;
        }
        const QJsonObject &u = *users[i];
        const QString p = QStringLiteral("loginUsers[%1].").arg(i);
        user.lastName = r.string(u, p, "lastName", true);
        user.firstName = r.string(u, p, "firstName", true);
        user.email = r.string(u, p, "email", true);
        user.mobile = r.string(u, p, "mobile", false);
        if (form == Form::Draft)
            user.emailConfirm = r.string(u, p, "emailConfirm", false);
        a.loginUsers.append(user);
    }
    return result;
}
