#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The settings of --config FILE, keyed by the flags' names. People write such
// a file the way they know one: INI ("listen = 127.0.0.1:8443"), "listen:
// 127.0.0.1:8443", the flags themselves ("--listen 127.0.0.1:8443"), or a JSON
// object; keys may also be spelt confirmationValidity or confirmation_validity.
// Whatever is not one of these is refused with its line, never skipped: a
// setting silently dropped would run the service on a default.
class ConfigFile
{
public:
    // The flag name a key in the file stands for: "--mail-from", "mailFrom"
    // and "MAIL_FROM" all name "mail-from".
    static QString settingName(QStringView key);

    // Reads FILE; each key must be one of `known`. On a mistake, nullopt and
    // one line in *error ("FILE:LINE: what is wrong").
    static std::optional<QMap<QString, QString>> read(const QString &path, const QStringList &known,
                                                      QString *error);

private:
    static std::optional<QMap<QString, QString>>
    readJson(const QString &path, const QByteArray &text, const QStringList &known, QString *error);
    static std::optional<QMap<QString, QString>>
    readLines(const QString &path, const QString &text, const QStringList &known, QString *error);
};
