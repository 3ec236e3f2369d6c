#pragma once

#include "core/fielderror.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QVariant>

// The step-3 form as the central service publishes it (api.md): a version and
// a list of typed fields. Parsing never trusts the input: a field it cannot
// understand makes the whole schema invalid, with the reason in errorString().
class AdditionalInfoSchema
{
public:
    enum class Type { Text, Number, Choice, Checkbox, Date };

    struct Option
    {
        QString value;
        QString labelJa;
        QString labelEn;
    };

    struct Field
    {
        QString key;
        Type type = Type::Text;
        bool required = false;
        int maxLength = 0; // 0: no limit beyond the general one
        QString pattern;
        QRegularExpression regex; // the pattern, anchored and compiled once
        QVariant minimum;         // qint64 for numbers, QDate for dates
        QVariant maximum;
        QString labelJa, labelEn;
        QString helpJa, helpEn;
        QList<Option> options;

        QString label(bool japanese) const;
        QString help(bool japanese) const;
        // Whether leaving it empty is a fault: a box to tick never is
        // (unticked is an answer), whatever the schema says.
        bool mustBeFilled() const { return required && type != Type::Checkbox; }
    };

    static constexpr int MaxTextLength = 1000;

    // Why a schema cannot be used: a kind and the field it is about, for the
    // UI to say in its language; toString() is the English of logs and of
    // the service's command line.
    struct Fault
    {
        enum class Kind {
            None,
            NotJson,
            NotAnObject,
            NoVersion,
            FieldsNotAnArray,
            MissingOrDuplicateKey,
            UnknownType,
            UnanchorablePattern,
            InvalidPattern,
            InvalidLimit,
            EmptyRange, // "min" above "max": no value could be entered
            ChoiceWithoutOptions,
            InvalidOption, // an option without a value, or one another option has
        };
        Kind kind = Kind::None;
        int field = -1;  // index in "fields", -1: the schema as a whole
        QString detail;  // the JSON parser's words, for NotJson
        int offset = -1; // where in the file it stopped, for NotJson
        QString toString() const;
    };

    static AdditionalInfoSchema fromJson(const QByteArray &json, Fault *fault);
    static AdditionalInfoSchema fromJson(const QByteArray &json, QString *errorString = nullptr);
    static AdditionalInfoSchema fromJsonObject(const QJsonObject &object, Fault *fault);
    static AdditionalInfoSchema fromJsonObject(const QJsonObject &object,
                                               QString *errorString = nullptr);

    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QString version() const { return m_version; }
    const QList<Field> &fields() const { return m_fields; }
    const Field *field(const QString &key) const;

    // The values in their canonical form by each field's type (a date as
    // people write it → YYYY-MM-DD, Normalizer::date); the others as given.
    QVariantMap normalised(const QVariantMap &values) const;
    // One value as it is stored and sent: a date as YYYY-MM-DD; a text that
    // only its half-width form lets match the field's pattern (ＡＢ－１２３４
    // typed with the input method on) in that form.
    static QVariant normalisedValue(const Field &field, const QVariant &value);
    // Per-field errors with paths "additionalInfo.<key>".
    FieldErrors validate(const QVariantMap &values) const;
    // One value of one field: an error code (core/errorcodes.h) with the
    // limit it broke as its argument, or an empty code.
    static FieldError check(const Field &field, const QVariant &value);

private:
    bool m_valid = false;
    QString m_version;
    QList<Field> m_fields;
};
