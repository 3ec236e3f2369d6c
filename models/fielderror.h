#pragma once

#include <QList>
#include <QString>

// A rule broken by one field. `path` names the field as on the wire
// ("customer.email", "destinations[1].units"); `code` is stable and meant for
// programs (the API); `message` is for people, in the UI language.
struct FieldError
{
    QString path;
    QString code;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};
using FieldErrors = QList<FieldError>;
