#include "normalizer.h"

#include "application.h"

namespace {

QString halfWidth(const QString &value)
{
    return value.normalized(QString::NormalizationForm_KC);
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

Application Normalizer::application(const Application &application)
{
    Application a = application;
    Customer &c = a.customer;
    c.companyName = text(c.companyName);
    c.lastName = text(c.lastName);
    c.firstName = text(c.firstName);
    c.department = text(c.department);
    c.title = text(c.title);
    c.email = email(c.email);
    c.emailConfirm = email(c.emailConfirm);
    c.postalCode = postalCode(c.postalCode);
    c.prefecture = text(c.prefecture);
    c.address = text(c.address);
    c.phone = phone(c.phone);
    for (Destination &d : a.destinations) {
        d.companyName = text(d.companyName);
        d.lastName = text(d.lastName);
        d.firstName = text(d.firstName);
        d.department = text(d.department);
        d.postalCode = postalCode(d.postalCode);
        d.prefecture = text(d.prefecture);
        d.address = text(d.address);
        d.phone = phone(d.phone);
    }
    for (LoginUser &u : a.loginUsers) {
        u.lastName = text(u.lastName);
        u.firstName = text(u.firstName);
        u.email = email(u.email);
        u.emailConfirm = email(u.emailConfirm);
        u.mobile = phone(u.mobile);
    }
    for (auto it = a.additionalInfo.begin(); it != a.additionalInfo.end(); ++it) {
        if (it->typeId() == QMetaType::QString)
            *it = text(it->toString());
    }
    return a;
}
