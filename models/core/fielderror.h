#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A rule broken by one field. `path` names the field as on the wire
// ("customer.email", "destinations[1].units"); `code` is stable and meant for
// programs (the API, core/errorcodes.h); `args` are the values a message about
// it quotes (a limit, a total, a date). The words for people come from
// MessageCatalog, in the language the caller asks for.
struct FieldError
{
    QString path;
    QString code;
    QStringList args;

    bool isError() const { return !code.isEmpty(); }

    friend bool operator==(const FieldError &, const FieldError &) = default;
};
using FieldErrors = QList<FieldError>;
