#include "core/postaldirectory.h"

#include <QFile>
#include <QLoggingCategory>
#include <QtEndian>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPostal, "moshikomi.postal")

struct PostalDirectory::Record
{
    quint32 code;
    quint32 prefecture;
    quint32 city;
    quint32 town;
    quint32 street;
    quint32 business;
};
static_assert(sizeof(quint32) * 6 == 24);

namespace {
constexpr int kHeaderSize = 12;

QString stripRemarks(QString town)
{
    // Japan Post adds remarks such as "（次のビルを除く）" or "（１～１９丁目）"
    // that are not part of an address a person writes.
    const qsizetype open = town.indexOf(u'（');
    if (open >= 0)
        town.truncate(open);
    return town;
}
} // namespace

QString PostalCandidate::address() const
{
    return city + stripRemarks(town) + street;
}

PostalDirectory &PostalDirectory::instance()
{
    static PostalDirectory directory(QStringLiteral(":/postal/postal-directory.bin"));
    return directory;
}

PostalDirectory::PostalDirectory(const QString &resourcePath)
    : m_path(resourcePath)
{}

bool PostalDirectory::load() const
{
    std::call_once(m_once, [this] {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPostal) << "cannot open postal directory" << m_path << file.errorString();
            return;
        }
        QByteArray blob = qUncompress(file.readAll());
        if (blob.size() < kHeaderSize || !blob.startsWith("MPD1")) {
            qCWarning(lcPostal) << "postal directory" << m_path << "is not in the expected format";
            return;
        }
        const auto *data = reinterpret_cast<const uchar *>(blob.constData());
        const quint32 count = qFromLittleEndian<quint32>(data + 4);
        const quint32 stringBytes = qFromLittleEndian<quint32>(data + 8);
        if (qsizetype(kHeaderSize) + qsizetype(count) * qsizetype(sizeof(Record)) + stringBytes !=
                blob.size() ||
            stringBytes == 0 || blob.back() != '\0') {
            qCWarning(lcPostal) << "postal directory" << m_path << "is truncated";
            return;
        }
        m_blob = std::move(blob);
        m_count = count;
        m_stringBytes = stringBytes;
        m_strings = m_blob.constData() + kHeaderSize + qsizetype(count) * sizeof(Record);
    });
    return m_count > 0;
}

int PostalDirectory::recordCount() const
{
    load();
    return int(m_count);
}

const PostalDirectory::Record *PostalDirectory::records() const
{
    // The blob is written little-endian and read in place: this code only
    // targets little-endian machines, which the static_assert below records.
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
    return reinterpret_cast<const Record *>(m_blob.constData() + kHeaderSize);
}

QString PostalDirectory::stringAt(quint32 offset) const
{
    if (offset >= m_stringBytes)
        return {};
    return QString::fromUtf8(m_strings + offset);
}

QStringList PostalDirectory::otherPrefectures(const QString &postalCode,
                                              const QString &prefecture) const
{
    if (prefecture.isEmpty())
        return {};
    QStringList others;
    for (const PostalCandidate &c : lookup(postalCode)) {
        if (c.prefecture == prefecture)
            return {};
        if (!others.contains(c.prefecture))
            others << c.prefecture;
    }
    return others;
}

QList<PostalCandidate> PostalDirectory::lookup(const QString &postalCode) const
{
    QString digits = postalCode;
    if (digits.size() == 8 && digits[3] == u'-')
        digits.remove(3, 1);
    if (digits.size() != 7)
        return {};
    bool ok = false;
    const quint32 code = digits.toUInt(&ok);
    if (!ok || !load())
        return {};
    const Record *begin = records();
    const Record *end = begin + m_count;
    const Record *it =
        std::lower_bound(begin, end, code, [](const Record &r, quint32 c) { return r.code < c; });
    QList<PostalCandidate> result;
    for (; it != end && it->code == code; ++it) {
        result.append({QStringLiteral("%1").arg(it->prefecture, 2, 10, QLatin1Char('0')),
                       stringAt(it->city), stringAt(it->town), stringAt(it->street),
                       stringAt(it->business)});
    }
    return result;
}
