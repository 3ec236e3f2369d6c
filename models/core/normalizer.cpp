#include "core/normalizer.h"

#include "core/application.h"

namespace {

QString halfWidth(const QString &value)
{
    return value.normalized(QString::NormalizationForm_KC);
}

template<typename Record> void normalise(const QList<RecordField<Record>> &fields, Record &record)
{
    for (const RecordField<Record> &f : fields) {
        if (f.text)
            record.*f.text = Normalizer::value(f.spec.kind, record.*f.text);
    }
}

QString hyphensToAscii(QString value)
{
    for (QChar &c : value) {
        if (Normalizer::isHyphenLookAlike(c))
            c = u'-';
    }
    return value;
}

} // namespace

bool Normalizer::isHyphenLookAlike(QChar c)
{
    switch (c.unicode()) {
    case 0x002D: // - hyphen-minus
    case 0x30FC: // ー katakana prolonged sound mark
    case 0xFF70: // ｰ half-width prolonged sound mark
    case 0xFF0D: // － full-width hyphen-minus
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
    case 0x2012: // ‒ figure dash
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2015: // ― horizontal bar
    case 0x2212: // − minus sign
    case 0xFE63: // ﹣ small hyphen-minus
    case 0x2043: // ⁃ hyphen bullet
        return true;
    default:
        return false;
    }
}

bool Normalizer::isAsciiDigits(QStringView value)
{
    for (QChar c : value) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString Normalizer::text(const QString &value)
{
    return value.trimmed();
}

QString Normalizer::postalCodeCharacters(const QString &value)
{
    QString v = hyphensToAscii(halfWidth(value));
    // The postal mark is often typed or pasted in front of the code.
    v.remove(u'〒');
    return v;
}

QString Normalizer::phoneCharacters(const QString &value)
{
    QString v = hyphensToAscii(halfWidth(value));
    v.remove(u'-');
    v.remove(u' ');
    return v;
}

QString Normalizer::emailCharacters(const QString &value)
{
    return halfWidth(value);
}

QString Normalizer::postalCode(const QString &value)
{
    QString v = postalCodeCharacters(value).trimmed();
    if (v.size() == 7 && isAsciiDigits(v))
        v.insert(3, u'-');
    return v;
}

QString Normalizer::phone(const QString &value)
{
    return phoneCharacters(value).trimmed();
}

QString Normalizer::email(const QString &value)
{
    return emailCharacters(value).trimmed();
}

QString Normalizer::value(FieldKind kind, const QString &value)
{
    switch (kind) {
    case FieldKind::Email:
    case FieldKind::EmailConfirmation:
        return email(value);
    case FieldKind::PostalCode:
        return postalCode(value);
    case FieldKind::Phone:
    case FieldKind::Mobile:
        return phone(value);
    case FieldKind::Text:
    case FieldKind::Prefecture:
    case FieldKind::Units:
        return text(value);
    }
    return text(value);
}

Application Normalizer::application(const Application &application)
{
    Application a = application;
    normalise(FieldTable::customer(), a.customer);
    for (Destination &d : a.destinations)
        normalise(FieldTable::destination(), d);
    for (LoginUser &u : a.loginUsers)
        normalise(FieldTable::loginUser(), u);
    for (auto it = a.additionalInfo.begin(); it != a.additionalInfo.end(); ++it) {
        if (it->typeId() == QMetaType::QString)
            *it = text(it->toString());
    }
    return a;
}
