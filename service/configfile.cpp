#include "service/configfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QString ConfigFile::settingName(QStringView key)
{
    QStringView name = key.trimmed();
    while (name.startsWith(u'-'))
        name = name.mid(1);
    QString out;
    out.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'_') {
            out += u'-';
        } else if (c.isUpper()) {
            if (i > 0 && name.at(i - 1).isLower())
                out += u'-';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QMap<QString, QString>> ConfigFile::read(const QString &path,
                                                       const QStringList &known, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray text = file.readAll();
    if (text.startsWith("\xEF\xBB\xBF")) // a byte-order mark from a Windows editor
        text.remove(0, 3);
    if (text.trimmed().startsWith('{'))
        return readJson(path, text, known, error);
    const QString decoded = QString::fromUtf8(text);
    if (decoded.contains(QChar::ReplacementCharacter)) {
        *error = QStringLiteral("%1: not a text file in UTF-8").arg(path);
        return std::nullopt;
    }
    return readLines(path, decoded, known, error);
}

std::optional<QMap<QString, QString>> ConfigFile::readJson(const QString &path,
                                                           const QByteArray &text,
                                                           const QStringList &known, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1: not valid JSON (%2 at character %3)")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    QMap<QString, QString> values;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = settingName(it.key());
        if (!known.contains(name)) {
            *error = QStringLiteral("%1: unknown setting \"%2\"").arg(path, it.key());
            return std::nullopt;
        }
        const QJsonValue value = it.value();
        if (value.isString()) {
            values.insert(name, value.toString());
        } else if (value.isDouble() && value.toDouble() == double(value.toInteger())) {
            values.insert(name, QString::number(value.toInteger()));
        } else {
            *error =
                QStringLiteral("%1: \"%2\": give a text or a whole number").arg(path, it.key());
            return std::nullopt;
        }
    }
    return values;
}

std::optional<QMap<QString, QString>> ConfigFile::readLines(const QString &path,
                                                            const QString &text,
                                                            const QStringList &known,
                                                            QString *error)
{
    // NAME, then "=", ":" or spaces, then the value (perhaps in quotes).
    static const QRegularExpression setting(
        QStringLiteral(R"(^(-{0,2}[A-Za-z][A-Za-z0-9_-]*)\s*(?:[=:]|\s)\s*(.*)$)"));
    // The value in quotes, perhaps a comment after it; or a comment set off
    // by a space after an unquoted value.
    static const QRegularExpression quotedValue(QStringLiteral(R"(^(["'])(.*)\1(?:\s+[#;].*)?$)"));
    static const QRegularExpression trailingComment(QStringLiteral(R"(\s+[#;].*$)"));
    QMap<QString, QString> values;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QString where = QStringLiteral("%1:%2").arg(path).arg(i + 1);
        // Comments and INI section headers ([General], [serve]) say nothing.
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';') ||
            (line.startsWith(u'[') && line.endsWith(u']')))
            continue;
        const QRegularExpressionMatch match = setting.match(line);
        if (!match.hasMatch()) {
            *error = QStringLiteral("%1: not a setting; write NAME = VALUE, e.g. listen = "
                                    "127.0.0.1:8443")
                         .arg(where);
            return std::nullopt;
        }
        const QString name = settingName(match.captured(1));
        if (!known.contains(name)) {
            *error = QStringLiteral("%1: unknown setting \"%2\"").arg(where, match.captured(1));
            return std::nullopt;
        }
        QString value = match.captured(2).trimmed();
        if (const QRegularExpressionMatch quoted = quotedValue.match(value); quoted.hasMatch())
            value = quoted.captured(2);
        else
            value.remove(trailingComment);
        if (value.isEmpty()) {
            *error = QStringLiteral("%1: %2 has no value").arg(where, name);
            return std::nullopt;
        }
        values.insert(name, value);
    }
    return values;
}
