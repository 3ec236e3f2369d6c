#pragma once

#include "service/servicestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

// The four mails of the spec, in Japanese with a line of English. Links are
// built from the public URL the service was given, never from a request.
// The confirmation request goes to an address nobody has verified yet: it
// names the company, the link and its deadline, and nothing else personal.
class MailComposer
{
public:
    // `portalUrl`: where login users complete their registration; the
    // provisional registration mail names it when it is given.
    explicit MailComposer(const QUrl &publicUrl, const QUrl &portalUrl = {});

    // The link is a placeholder until the mail is sent (LinkTokens).
    static constexpr char LinkPlaceholder[] = "{{confirmation-link}}";
    ServiceStore::OutboxRow confirmationRequest(const Application &application,
                                                const QByteArray &linkNonce,
                                                const QDateTime &expiresAt) const;
    // The body with the placeholder replaced by the link for this token.
    QString withLink(const QString &body, const QByteArray &token) const;
    ServiceStore::OutboxRow applicationComplete(const Application &application) const;
    ServiceStore::OutboxRow provisionalRegistration(const Application &application,
                                                    const LoginUser &user,
                                                    const QDate &deadline) const;
    ServiceStore::OutboxRow problem(const Application &application, const QString &reason) const;

    QUrl confirmationLink(const QByteArray &token) const;
    // The From display name: short enough for one encoded word (15
    // characters of Japanese), so that every reader shows exactly it. Split
    // over two words, some (Python's email package among them) show a space
    // between the halves.
    static QString senderName();
    // Dates and times as a Japanese reader expects them (JST).
    static QString japanTime(const QDateTime &time);
    static QString japanDate(const QDate &date);

private:
    ServiceStore::OutboxRow row(const Application &application, const QString &kind,
                                const QString &to, const QString &subject,
                                const QString &body) const;

    QUrl m_publicUrl;
    QUrl m_portalUrl;
};
