#pragma once

#include "core/application.h"
#include "core/fielderror.h"

#include <QJsonObject>

// Application <-> JSON as in the wire contract (docs/api.md). Decoding takes
// any bytes: it never crashes and reports every problem with the path of the
// field at fault. Rules about values (ApplicationRules) are not its business,
// only shape and types.
class WireCodec
{
public:
    // Wire: what is sent to the service. Draft: everything the staff member
    // typed, confirmations and timestamps included, for the local queue.
    enum class Form { Wire, Draft };

    static constexpr qsizetype MaxBodySize = 256 * 1024;
    static constexpr qsizetype MaxStringLength = 10000;
    static constexpr qsizetype MaxAdditionalInfoKeys = 200;

    struct Result
    {
        Application application;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static QJsonObject toJson(const Application &application, Form form = Form::Wire);
    static QByteArray encode(const Application &application, Form form = Form::Wire);
    static Result fromJson(const QJsonObject &object, Form form = Form::Wire);
    static Result decode(const QByteArray &bytes, Form form = Form::Wire);

    static QString formatTime(const QDateTime &time);
    // Always with milliseconds, for a time kept in a database column: such
    // texts compare in the order of time ("…:41Z" sorts after "…:41.500Z").
    static QString formatSortableTime(const QDateTime &time);
    static QDateTime parseTime(const QString &text);

private:
    static QString formatTimeText(const QDateTime &time, bool alwaysMillis);
};
