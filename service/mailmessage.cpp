#include "service/mailmessage.h"

#include <QLocale>

namespace {

QString headerSafe(const QString &value)
{
    QString v = value;
    v.replace(u'\r', u' ');
    v.replace(u'\n', u' ');
    return v;
}

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

QByteArray MailMessage::encodeWords(const QString &text)
{
    // "=?UTF-8?B?" + base64 + "?=" is 12 characters; 75 leaves 63 for base64,
    // i.e. at most 45 bytes of UTF-8 per word, cut between characters.
    constexpr int MaxBytes = 45;
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray one = text.mid(i, len).toUtf8();
        if (chunk.size() + one.size() > MaxBytes)
            flush();
        chunk += one;
        i += len - 1;
    }
    flush();
    return out;
}

QByteArray MailMessage::toBytes() const
{
    const QString subjectText = headerSafe(subject);
    QByteArray m;
    m += "Date: " +
         QLocale::c()
             .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"))
             .toLatin1() +
         "\r\n";
    m += "From: " + encodeWords(headerSafe(fromName)) + " <" + headerSafe(fromAddress).toUtf8() +
         ">\r\n";
    m += "To: <" + headerSafe(to).toUtf8() + ">\r\n";
    m += "Subject: " +
         (isPlainAscii(subjectText) ? subjectText.toLatin1() : encodeWords(subjectText)) + "\r\n";
    m += "Message-ID: <" + headerSafe(messageId).toUtf8() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "\r\n";
    const QByteArray b64 = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 76)
        m += b64.mid(i, 76) + "\r\n";
    return m;
}
