#include "ui/companynametidy.h"

#include "ui/validatedfield.h"

#include <QRegularExpression>

CompanyNameTidy::CompanyNameTidy(ValidatedField *companyName, QObject *parent)
    : QObject(parent)
    , m_companyName(companyName)
{
    connect(companyName, &ValidatedField::editingFinished, this, [this] {
        QString value = m_companyName->value();
        if (tidy(value))
            m_companyName->setValue(value);
    });
}

bool CompanyNameTidy::tidy(QString &companyName)
{
    // No company's name ends in either word; the name before it stays whole.
    static const QRegularExpression addressedTo(
        QStringLiteral("^(.*[^\\s\u3000])[\\s\u3000]*(?:御中|様)[\\s\u3000]*$"));
    const QRegularExpressionMatch m = addressedTo.match(companyName);
    if (!m.hasMatch())
        return false;
    companyName = m.captured(1).trimmed();
    return true;
}
