#pragma once

#include <QString>

// An email address whose domain looks like a slip of a well-known one
// (gmial.com, docomo.ne.jo, gmail.co.jp): the domain it most likely was
// meant to be. Said to staff as a question, never applied by itself: a
// confirmation mail to a mistyped domain reaches a stranger or nobody, and
// a domain that merely looks like a slip may be the customer's own.
class EmailDomainHint
{
public:
    // The domain likely meant, or empty when the domain is a known one, is
    // near none, or the address has no domain yet.
    static QString likelyMeant(const QString &email);
};
