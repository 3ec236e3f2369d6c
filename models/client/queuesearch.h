#pragma once

#include <QString>
#include <QStringMatcher>

struct Application;

// How staff find an application in the local queue: what a search looks in
// and what a person types, brought to one form (width, case, spaces, kana,
// hyphens, a phone number's or a postal code's punctuation), so that what a
// customer dictates finds what was entered. The queue keeps the texts
// (sealed) and an index of them; the rules for what matches are here.
class QueueSearch
{
public:
    // The text stored for an application: one field a line (a search never
    // matches across two), never null.
    static QString key(const Application &application);
    // What a person typed into the search field, in the stored form.
    static QString needle(const QString &typed);
    // What a search looks in, in memory: the stored key and the entry's id
    // (the number a customer reads from a mail).
    static QString searchedText(const QString &storedKey, const QString &id);
    // Whether a searchedText() holds a needle(). A few digits are part of a
    // phone number: looked for in what was entered, not in the application
    // number, whose digits would find others.
    static bool matches(const QString &searched, const QString &needle);
    // The same for many texts: one needle() looked for in every entry of a
    // queue, its search tables made once.
    class Finder
    {
    public:
        explicit Finder(const QString &needle);
        bool matches(const QString &searched) const;

    private:
        QStringMatcher m_matcher;
        bool m_fewDigits = false;
    };
    // Katakana as hiragana: ミマモリ and みまもり are one name to a person
    // searching for what a customer dictated.
    static QString foldKana(QString text);

private:
    // Kana folded as foldKana(), and every hyphen look-alike as '-': an
    // input method types 1−2−3 or 1ー2ー3 in an address or a phone number
    // that was stored as 1-2-3 (the katakana long-vowel mark folded on both
    // sides, so names still match).
    static QChar foldedCharacter(QChar c);
    // Width, case, spaces, kana and hyphens brought to one form (what key
    // and needle share).
    static QString form(const QString &text);
};
