#include "ui/fieldtexts.h"

#include "client/emaildomainhint.h"
#include "client/uilanguage.h"
#include "core/errorcodes.h"
#include "core/prefectures.h"

QString FieldTexts::label(LabelKey key)
{
    switch (key) {
    case LabelKey::CompanyName:
        return tr("Company name");
    case LabelKey::LastName:
        return tr("Last name");
    case LabelKey::FirstName:
        return tr("First name");
    case LabelKey::Department:
        return tr("Department");
    case LabelKey::Title:
        return tr("Job title");
    case LabelKey::Email:
        return tr("Email address");
    case LabelKey::EmailConfirm:
        return tr("Email address (again)");
    case LabelKey::PostalCode:
        return tr("Postal code");
    case LabelKey::Prefecture:
        return tr("Prefecture");
    case LabelKey::Address:
        return tr("Address");
    case LabelKey::Phone:
        return tr("Phone");
    case LabelKey::Units:
        return tr("Units");
    case LabelKey::Mobile:
        return tr("Mobile phone");
    }
    return {};
}

QString FieldTexts::help(HelpKey key)
{
    switch (key) {
    case HelpKey::None:
        return {};
    case HelpKey::Email:
        return tr("Where the confirmation mail is sent.");
    case HelpKey::EmailConfirm:
        return tr("Type the address once more to make sure it is right.");
    case HelpKey::PostalCode:
        return tr("7 digits, with or without a hyphen, e.g. 733-0001. Fills in prefecture and "
                  "address.");
    case HelpKey::CompanyPostalCode:
        return tr("The company's address, not where the UTM is installed. 7 digits, with or "
                  "without a hyphen, e.g. 733-0001. Fills in prefecture and address.");
    case HelpKey::Address:
        return tr("The address after the prefecture.");
    case HelpKey::Phone:
        return tr("Digits only, 10 or 11, starting with 0.");
    case HelpKey::Mobile:
        return tr("For SMS authentication at the portal: 11 digits starting with 070, 080 or 090. "
                  "Optional.");
    case HelpKey::Units:
        return tr("1 to 10; at most 10 over all destinations.");
    }
    return {};
}

QString FieldTexts::refusedKey(const FieldSpec &spec)
{
    // Said when a key is not taken: what the field takes, and where the rest
    // goes (the address typed on after the postal code, the Tab forgotten).
    switch (spec.kind) {
    case FieldKind::PostalCode:
        return tr("Only the 7 digits of the postal code (and one hyphen) go here; the address "
                  "goes in its own field.");
    case FieldKind::Phone:
        return tr("Only the digits of the phone number go here (10 or 11, starting with 0).");
    case FieldKind::Mobile:
        return tr("Only the 11 digits of the mobile number go here.");
    case FieldKind::Units: // a spin box, not a line edit: it keeps its own value
    case FieldKind::Text:
    case FieldKind::Email:
    case FieldKind::EmailConfirmation:
    case FieldKind::Prefecture:
        break;
    }
    return {};
}

QString FieldTexts::message(const FieldError &error)
{
    return MessageCatalog::text(error, UiLanguage::messages());
}

QString FieldTexts::prefectureNames(const QStringList &codes)
{
    QString names;
    for (const QString &code : codes) {
        const QString name = Prefectures::displayName(code, UiLanguage::isJapanese());
        names = names.isEmpty() ? name : tr("%1 or %2").arg(names, name);
    }
    return names;
}

QString FieldTexts::sentences(const QStringList &sentences)
{
    return sentences.join(UiLanguage::isJapanese() ? QString() : QStringLiteral(" "));
}

QString FieldTexts::required(const QString &detail)
{
    if (detail.isEmpty())
        return tr("Required");
    // A message that says so already is said alone: "Required. This field
    // is required." (必須。必須項目です。…) was heard on every field left empty.
    if (detail.startsWith(tr("Required")) ||
        detail == message(FieldError{QString(), QString(ErrorCode::Required), {}}))
        return detail;
    return tr("Required. %1").arg(detail);
}

QString FieldTexts::emailDomainQuestion(const QString &email)
{
    const QString meant = EmailDomainHint::likelyMeant(email);
    if (meant.isEmpty())
        return {};
    return tr("Is %1 perhaps %2? Read the address back to the customer.")
        .arg(email.mid(email.lastIndexOf(u'@') + 1), meant);
}
