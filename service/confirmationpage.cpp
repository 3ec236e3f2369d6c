#include "service/confirmationpage.h"

namespace {

QByteArray page(const QString &title, const QString &content)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"referrer\" content=\"no-referrer\">\n"
               "<title>%1 | サイバーセキュリティ見守りサービス</title>\n"
               "<link rel=\"stylesheet\" href=\"/static/confirm.css\">\n</head>\n<body>\n"
               "<main>\n<p class=\"service\">サイバーセキュリティ見守りサービス</p>\n"
               "<h1>%1</h1>\n%2</main>\n</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), content)
        .toUtf8();
}

} // namespace

QByteArray ConfirmationPage::html(Kind kind, const QString &companyName)
{
    const QString company = companyName.toHtmlEscaped();
    switch (kind) {
    case Kind::Ask:
        return page(QStringLiteral("お申込みの確定"),
                    QStringLiteral("<p><strong>%1</strong> 様のお申込みを確定します。</p>\n"
                                   "<p>内容にお心当たりがあれば、下のボタンを押してください。</p>\n"
                                   "<form method=\"post\">\n"
                                   "<button type=\"submit\">申込みを確定する</button>\n</form>\n"
                                   "<p class=\"en\" lang=\"en\">Press the button to confirm the "
                                   "application.</p>\n")
                        .arg(company));
    case Kind::Accepted:
        return page(
            QStringLiteral("申込みを受け付けました。"),
            QStringLiteral("<p><strong>%1</strong> 様のお申込みを受け付けました。"
                           "受付完了のお知らせをメールでお送りします。</p>\n"
                           "<p class=\"en\" lang=\"en\">The application has been accepted.</p>\n")
                .arg(company));
    case Kind::Expired:
        return page(
            QStringLiteral("このリンクは有効期限が切れています"),
            QStringLiteral("<p>確認の期限が過ぎたため、このリンクではお申込みを確定できません。"
                           "担当の営業にご連絡いただければ、新しいリンクをお送りします。</p>\n"
                           "<p class=\"en\" lang=\"en\">This link has expired.</p>\n"));
    case Kind::Used:
        return page(
            QStringLiteral("このリンクは使用済みです"),
            QStringLiteral("<p>このリンクはすでに使われ、お申込みは確定しています。</p>\n"
                           "<p class=\"en\" lang=\"en\">This link has already been used.</p>\n"));
    case Kind::Replaced:
        return page(QStringLiteral("このリンクは新しいリンクに置き換えられました"),
                    QStringLiteral(
                        "<p>このお申込みには、あとから新しい確認メールをお送りしています。"
                        "いちばん新しいメールのリンクを開いてください。</p>\n"
                        "<p class=\"en\" lang=\"en\">This link was replaced by a newer one: open "
                        "the link in the latest mail.</p>\n"));
    case Kind::Withdrawn:
        return page(QStringLiteral("このリンクは使えなくなりました"),
                    QStringLiteral(
                        "<p>このお申込みについては、確認が必要な点を別のメールで"
                        "お知らせしています。担当の営業までご連絡ください。</p>\n"
                        "<p class=\"en\" lang=\"en\">This link can no longer be used: please see "
                        "our later mail about this application.</p>\n"));
    case Kind::Unknown:
        return page(QStringLiteral("このリンクは無効です"),
                    QStringLiteral("<p>このリンクに当たるお申込みはありません。"
                                   "メールのリンクを途中で切らずに開いたかご確認ください。</p>\n"
                                   "<p class=\"en\" lang=\"en\">This link is not valid.</p>\n"));
    case Kind::Unavailable:
        return page(
            QStringLiteral("ただいま処理できません"),
            QStringLiteral("<p>しばらくしてからもう一度お試しください。</p>\n"
                           "<p class=\"en\" lang=\"en\">Please try again in a moment.</p>\n"));
    }
    return {};
}

QByteArray ConfirmationPage::styleSheet()
{
    return QByteArrayLiteral(
        "body{margin:0;font-family:sans-serif;background:#f4f6f8;color:#1d2329;line-height:1.7}\n"
        "main{max-width:34rem;margin:0 auto;padding:1.5rem 1rem;background:#fff;min-height:100vh;"
        "box-sizing:border-box}\n"
        ".service{color:#1a4f8b;font-weight:bold;margin:0 0 1rem}\n"
        "h1{font-size:1.3rem;margin:0 0 1rem}\n"
        // Japanese broken between phrases, not mid-word ("確定しま / す。"),
        // where the browser can; others ignore these. A name with no place
        // to break (a Latin company name as one word) breaks anywhere rather
        // than widen the page past a phone's screen.
        "p,h1{word-break:auto-phrase;text-wrap:pretty;overflow-wrap:anywhere}\n"
        "button{display:block;width:100%;padding:.9rem;font-size:1.1rem;color:#fff;"
        "background:#1a4f8b;border:0;border-radius:.4rem;cursor:pointer}\n"
        "button:focus{outline:3px solid #f0a500;outline-offset:2px}\n"
        ".en{color:#5a6570;font-size:.9rem}\n");
}
