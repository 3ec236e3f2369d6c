#pragma once

#include "core/fielderror.h"

#include <QString>

// Turns an error code and its arguments into a sentence for people, in the
// language the caller names: the client's UI language, the service's per
// request (Accept-Language). No process-wide translator is involved, so one
// process can answer in several languages at once. Thread-safe.
class MessageCatalog
{
public:
    enum class Language { Japanese, English };

    static QString text(const FieldError &error, Language language);
    static QString text(const QString &code, const QStringList &args, Language language);

    // "ja" or "en" (the UI language's name); anything else is English.
    static Language fromName(QStringView name);
    // Of Accept-Language's languages that we have, the one weighted most
    // (the first among equals); Japanese when the header names none of them
    // (the product's own language).
    static Language fromAcceptLanguage(const QByteArray &header);
};
