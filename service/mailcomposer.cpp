#include "service/mailcomposer.h"

#include "service/securerandom.h"

#include <QTimeZone>

namespace {

const QString kService = QStringLiteral("サイバーセキュリティ見守りサービス");

QString footer()
{
    return QStringLiteral("\n--\n%1\n"
                          "このメールは送信専用のアドレスから自動でお送りしています。"
                          "ご返信いただいてもお答えできません。\n")
        .arg(kService);
}

} // namespace

MailComposer::MailComposer(const QUrl &publicUrl, const QUrl &portalUrl)
    : m_publicUrl(publicUrl)
    , m_portalUrl(portalUrl)
{}

QString MailComposer::senderName()
{
    return QStringLiteral("サイバーセキュリティ見守り");
}

QString MailComposer::japanTime(const QDateTime &time)
{
    const QDateTime jst = time.toTimeZone(QTimeZone(9 * 3600));
    return jst.toString(QStringLiteral("yyyy年M月d日 H時mm分")) + QStringLiteral("（日本時間）");
}

QString MailComposer::japanDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy年M月d日"));
}

QUrl MailComposer::confirmationLink(const QByteArray &token) const
{
    QUrl url = m_publicUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + QStringLiteral("confirm/") + QString::fromLatin1(token));
    return url;
}

ServiceStore::OutboxRow MailComposer::row(const Application &application, const QString &kind,
                                          const QString &to, const QString &subject,
                                          const QString &body) const
{
    ServiceStore::OutboxRow r;
    r.applicationId = application.id.toString(QUuid::WithoutBraces);
    r.kind = kind;
    r.recipient = to;
    r.subject = subject;
    r.body = body;
    // Fixed when the row is written: a row sent again keeps its Message-ID.
    r.messageId = QStringLiteral("%1.%2.%3@%4")
                      .arg(kind, r.applicationId)
                      .arg(SecureRandom::number(), 0, 36)
                      .arg(m_publicUrl.host().isEmpty() ? QStringLiteral("moshikomi.invalid")
                                                        : m_publicUrl.host());
    return r;
}

QString MailComposer::withLink(const QString &body, const QByteArray &token) const
{
    return QString(body).replace(QLatin1StringView(LinkPlaceholder),
                                 confirmationLink(token).toString(QUrl::FullyEncoded));
}

ServiceStore::OutboxRow MailComposer::confirmationRequest(const Application &a,
                                                          const QByteArray &linkNonce,
                                                          const QDateTime &expiresAt) const
{
    const QString link = QLatin1StringView(LinkPlaceholder);
    const QString body =
        QStringLiteral(
            "%1 ご担当者様\n\n"
            "%2へのお申込みを承りました。\n"
            "お申込みを確定するには、次のリンクを開き、表示されるページの"
            "「申込みを確定する」ボタンを押してください。\n\n"
            "%3\n\n"
            "リンクの有効期限: %4\n"
            "期限を過ぎるとお申込みは失効します。その場合は担当の営業までご連絡ください。\n"
            "お心当たりのない場合は、このメールを破棄してください。"
            "お申込みが確定することはありません。\n\n"
            "To confirm this application, open the link above and press the button "
            "before %5 (UTC).\n")
            .arg(a.customer.companyName, kService, link, japanTime(expiresAt),
                 expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
        footer();
    ServiceStore::OutboxRow r =
        row(a, QStringLiteral("confirmation_request"), a.customer.email,
            QStringLiteral("【%1】お申込み内容確定のお願い").arg(kService), body);
    r.linkNonce = linkNonce;
    return r;
}

ServiceStore::OutboxRow MailComposer::applicationComplete(const Application &a) const
{
    const QString body =
        QStringLiteral(
            "%1\n%2 様\n\n"
            "%3へのお申込みを受け付けました。ありがとうございます。\n\n"
            "申込み番号: %4\n"
            "UTM 送付先: %5 か所（合計 %6 台）\n"
            "ログインユーザ: %7 名\n\n"
            "準備が整いましたら、ログインユーザの皆様に仮登録完了のお知らせをお送りします。\n\n"
            "Your application has been received. Thank you.\n")
            .arg(a.customer.companyName,
                 QString(a.customer.lastName + u' ' + a.customer.firstName).trimmed(), kService,
                 a.id.toString(QUuid::WithoutBraces))
            .arg(a.destinations.size())
            .arg(a.totalUnits())
            .arg(a.loginUsers.size()) +
        footer();
    return row(a, QStringLiteral("application_complete"), a.customer.email,
               QStringLiteral("【%1】お申込み受付完了のお知らせ").arg(kService), body);
}

ServiceStore::OutboxRow MailComposer::provisionalRegistration(const Application &a,
                                                              const LoginUser &user,
                                                              const QDate &deadline) const
{
    // What the user needs to finish: where, until when, and the address the
    // portal knows them by (their own, the one this mail went to).
    const QString portal = m_portalUrl.isEmpty()
                               ? QString()
                               : QStringLiteral("本登録のページ: %1\n")
                                     .arg(QString::fromUtf8(m_portalUrl.toEncoded()));
    const QString body =
        QStringLiteral("%1\n%2 様\n\n"
                       "%3の仮登録が完了しました。\n"
                       "%4までに、ポータルで本登録を済ませてください。"
                       "期限を過ぎると仮登録は無効になります。\n\n"
                       "%5"
                       "ログインに使うメールアドレス: %6\n"
                       "申込み番号: %7\n\n"
                       "Your provisional registration is complete. Please finish the full "
                       "registration at the portal by %8.\n")
            .arg(a.customer.companyName, QString(user.lastName + u' ' + user.firstName).trimmed(),
                 kService, japanDate(deadline), portal, user.email,
                 a.id.toString(QUuid::WithoutBraces), deadline.toString(Qt::ISODate)) +
        footer();
    return row(a, QStringLiteral("provisional_registration"), user.email,
               QStringLiteral("【%1】仮登録完了のお知らせ").arg(kService), body);
}

ServiceStore::OutboxRow MailComposer::problem(const Application &a, const QString &reason) const
{
    const QString body =
        QStringLiteral("%1 ご担当者様\n\n"
                       "%2へのお申込み（申込み番号: %3）について、確認が必要な点がございます。\n\n"
                       "内容:\n%4\n\n"
                       "お手数ですが、担当の営業までご連絡ください。\n\n"
                       "There is a problem with your application; please contact your sales "
                       "representative.\n")
            .arg(a.customer.companyName, kService, a.id.toString(QUuid::WithoutBraces), reason) +
        footer();
    return row(a, QStringLiteral("problem"), a.customer.email,
               QStringLiteral("【%1】お申込み内容についてのご連絡").arg(kService), body);
}
