#pragma once

#include "core/fieldtable.h"
#include "messages/messagecatalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The words of the application's fields in the UI language, keyed by the
// field table's label and help keys; one place, so that step 1, the row
// editors and the review page say the same.
class FieldTexts
{
    Q_DECLARE_TR_FUNCTIONS(FieldTexts)
public:
    static QString label(LabelKey key);
    static QString help(HelpKey key);
    static QString label(const FieldSpec &spec) { return label(spec.label); }
    static QString help(const FieldSpec &spec) { return help(spec.help); }
    // Why a key was not taken (a field that takes only some characters), or
    // empty for a field that takes every key.
    static QString refusedKey(const FieldSpec &spec);
    // Prefectures by their codes, in the UI language: "愛知県または三重県".
    static QString prefectureNames(const QStringList &codes);
    // Sentences one after the other as the UI language writes them: with a
    // space in English, none after 。 in Japanese.
    static QString sentences(const QStringList &sentences);
    // A broken rule in words, in the UI language.
    static QString message(const FieldError &error);
    // What a screen reader hears on a required field: "Required", then what
    // the field wants or what is wrong with it.
    static QString required(const QString &detail = {});
    // A question when an address's domain looks like a slip of a well-known
    // one (gmial.com: gmail.com?), or empty.
    static QString emailDomainQuestion(const QString &email);
};
