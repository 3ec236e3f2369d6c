#pragma once

#include "client/localqueue.h"

#include "core/application.h"

// The application the benchmarks enter: a full one (ten destinations, three
// login users), typed the way people type (full-width digits and letters,
// hyphens), so that normalising has work to do.
namespace Bench {

// The key of the queue: in the app it comes from the keychain; here, one
// fixed key (the cost measured is the queue's, not the keychain's).
class FixedKeyring : public QueueKeyring
{
public:
    Answer keyEncryptionKey(const Request &) override
    {
        Answer a;
        a.outcome = Answer::Outcome::Key;
        a.keyEncryptionKey = QByteArray(32, '\x42');
        return a;
    }
};

inline LocalQueue::Options queueOptions()
{
    static FixedKeyring keyring;
    LocalQueue::Options o;
    o.keyring = &keyring;
    return o;
}

inline Application fullApplication()
{
    Application a = Application::create();
    Customer &c = a.customer;
    c.companyName = QStringLiteral("株式会社見守り商事");
    c.lastName = QStringLiteral("山田");
    c.firstName = QStringLiteral("太郎");
    c.department = QStringLiteral("情報システム部");
    c.title = QStringLiteral("部長");
    c.email = c.emailConfirm = QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ");
    c.postalCode = QStringLiteral("７３３０００１");
    c.prefecture = QStringLiteral("34");
    c.address = QStringLiteral("広島市西区大芝1-2-3");
    c.phone = QStringLiteral("082-123-4567");
    a.destinations.clear();
    for (int i = 0; i < 10; ++i)
        a.destinations.append(Destination::prefilledFrom(c));
    a.loginUsers.clear();
    for (int i = 0; i < 3; ++i) {
        LoginUser u = LoginUser::prefilledFrom(c);
        u.email = u.emailConfirm = QStringLiteral("user%1@example.co.jp").arg(i);
        u.mobile = QStringLiteral("090-1234-567%1").arg(i);
        a.loginUsers.append(u);
    }
    return a;
}

} // namespace Bench
