#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

struct PostalCandidate
{
    QString prefecture; // JIS code "01".."47"
    QString city;       // 広島市西区
    QString town;       // 大芝 (may be empty: the code covers the whole city)
    QString street;     // business postal codes only: the rest of the address
    QString business;   // business postal codes only: the addressee

    // What goes into the address field after the prefecture: city and town,
    // without Japan Post's parenthesised remarks, plus the street for a
    // business code.
    QString address() const;

    friend bool operator==(const PostalCandidate &, const PostalCandidate &) = default;
};

// Postal code → every candidate (prefecture, city, town), for all of Japan,
// business codes included, from Japan Post's data converted by
// tools/make-postal-directory.py. Works offline; the data is loaded on the
// first look-up. Thread-safe.
class PostalDirectory
{
public:
    static PostalDirectory &instance();

    // Accepts NNN-NNNN or NNNNNNN (normalise first); anything else gives none.
    QList<PostalCandidate> lookup(const QString &postalCode) const;
    // The prefectures the directory knows a postal code in (a few codes span
    // two), when `prefecture` is none of them (a code of another prefecture:
    // worth a second look); empty when they agree or the code is not known.
    QStringList otherPrefectures(const QString &postalCode, const QString &prefecture) const;
    int recordCount() const;
    // Loads now instead of at the first look-up; returns false if the data is unusable.
    bool load() const;

    explicit PostalDirectory(const QString &resourcePath);

private:
    struct Record;
    const Record *records() const;
    QString stringAt(quint32 offset) const;

    QString m_path;
    mutable std::once_flag m_once;
    mutable QByteArray m_blob;
    mutable quint32 m_count = 0;
    mutable const char *m_strings = nullptr;
    mutable quint32 m_stringBytes = 0;
};
