#include "fieldtexts.h"

QString FieldTexts::label(const char *f)
{
    const QLatin1StringView name(f);
    if (name == QLatin1StringView("companyName"))
        return tr("Company name");
    if (name == QLatin1StringView("lastName"))
        return tr("Last name");
    if (name == QLatin1StringView("firstName"))
        return tr("First name");
    if (name == QLatin1StringView("department"))
        return tr("Department");
    if (name == QLatin1StringView("title"))
        return tr("Job title");
    if (name == QLatin1StringView("email"))
        return tr("Email address");
    if (name == QLatin1StringView("emailConfirm"))
        return tr("Email address (again)");
    if (name == QLatin1StringView("postalCode"))
        return tr("Postal code");
    if (name == QLatin1StringView("prefecture"))
        return tr("Prefecture");
    if (name == QLatin1StringView("address"))
        return tr("Address");
    if (name == QLatin1StringView("phone"))
        return tr("Phone");
    if (name == QLatin1StringView("units"))
        return tr("Units");
    if (name == QLatin1StringView("mobile"))
        return tr("Mobile phone");
    return QString::fromLatin1(f);
}

QString FieldTexts::help(const char *f)
{
    const QLatin1StringView name(f);
    if (name == QLatin1StringView("email"))
        return tr("Where the confirmation mail is sent.");
    if (name == QLatin1StringView("emailConfirm"))
        return tr("Type the address once more to make sure it is right.");
    if (name == QLatin1StringView("postalCode"))
        return tr("7 digits, with or without a hyphen, e.g. 733-0001. Fills in prefecture and "
                  "address.");
    if (name == QLatin1StringView("customerPostalCode"))
        return tr("The company's address, not where the UTM is installed. 7 digits, with or "
                  "without a hyphen, e.g. 733-0001. Fills in prefecture and address.");
    if (name == QLatin1StringView("address"))
        return tr("The address after the prefecture.");
    if (name == QLatin1StringView("phone"))
        return tr("Digits only, 10 or 11, starting with 0.");
    if (name == QLatin1StringView("mobile"))
        return tr("For SMS authentication at the portal: 11 digits starting with 070, 080 or 090. "
                  "Optional.");
    if (name == QLatin1StringView("units"))
        return tr("1 to 10; at most 10 over all destinations.");
    return {};
}
