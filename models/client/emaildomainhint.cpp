#include "client/emaildomainhint.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace {

// The domains a slip is looked for from: the carriers' and the free mail
// most addresses in Japan are at, each long and unlike the others, so that
// one near it is most likely a slip of it.
const std::array kQuestionedFrom = {
    u"gmail.com",   u"yahoo.co.jp",    u"icloud.com",    u"outlook.jp",
    u"outlook.com", u"hotmail.com",    u"hotmail.co.jp", u"docomo.ne.jp",
    u"ezweb.ne.jp", u"softbank.ne.jp", u"i.softbank.jp", u"biglobe.ne.jp",
};

// Real domains near those, never questioned: other providers' and free
// mail's (odn.ne.jp is not a slip of ocn.ne.jp, nor mail.com of gmail.com).
const std::array kKnownDomains = {
    u"googlemail.com", u"ymail.ne.jp", u"ymail.com",    u"yahoo.com",      u"me.com",
    u"mac.com",        u"live.jp",     u"live.com",     u"msn.com",        u"au.com",
    u"ymobile.ne.jp",  u"nifty.com",   u"ocn.ne.jp",    u"odn.ne.jp",      u"so-net.ne.jp",
    u"plala.or.jp",    u"dion.ne.jp",  u"aol.com",      u"excite.co.jp",   u"infoseek.jp",
    u"mail.com",       u"email.com",   u"gmx.com",      u"gmx.net",        u"zoho.com",
    u"yandex.com",     u"naver.com",   u"fastmail.com", u"protonmail.com", u"ybb.ne.jp",
    u"eonet.ne.jp",    u"zaq.ne.jp",   u"hi-ho.ne.jp",  u"kcn.ne.jp",      u"tnc.ne.jp",
    u"hotmail.co.uk",  u"outlook.de",
};

// Japanese second-level endings typed with a neighbouring key or two
// letters swapped: .co.jo, .ne.pj, .or.ip. (.jo is Jordan's, .pj nobody's.)
struct Ending
{
    const char16_t *typed;
    const char16_t *meant;
};
const std::array kEndings = {
    Ending{u".jo", u".jp"},   Ending{u".ip", u".jp"},   Ending{u".pj", u".jp"},
    Ending{u".jpp", u".jp"},  Ending{u".cpm", u".com"}, Ending{u".con", u".com"},
    Ending{u".cmo", u".com"}, Ending{u".ocm", u".com"}, Ending{u".comm", u".com"},
    Ending{u".vom", u".com"}, Ending{u".xom", u".com"},
};
// The second-level labels under .jp whose ending above is worth a word.
const std::array kJapaneseLabels = {u"co", u"ne", u"or", u"ac", u"go", u"ed", u"lg", u"gr"};

// Optimal string alignment distance: an insertion, a deletion, a change or
// two neighbours swapped count one each.
int distance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

bool isKnown(QStringView domain)
{
    const auto same = [domain](const char16_t *known) { return domain == QStringView(known); };
    return std::any_of(kQuestionedFrom.begin(), kQuestionedFrom.end(), same) ||
           std::any_of(kKnownDomains.begin(), kKnownDomains.end(), same);
}

// The ending corrected, for a domain under a Japanese second-level label
// (example.co.jo) or .com (example.con); empty when it ends rightly.
QString withEndingCorrected(const QString &domain)
{
    for (const Ending &e : kEndings) {
        const QStringView typed(e.typed);
        if (!domain.endsWith(typed))
            continue;
        const QString stem = domain.chopped(typed.size());
        if (stem.isEmpty() || stem.endsWith(u'.'))
            continue;
        if (QStringView(e.meant) == u".jp") {
            // Only under co., ne., or. …: a name ending .jo alone is Jordan's.
            const QStringList labels = stem.split(u'.');
            if (labels.size() < 2 || std::none_of(kJapaneseLabels.begin(), kJapaneseLabels.end(),
                                                  [&labels](const char16_t *l) {
                                                      return labels.last() == QStringView(l);
                                                  }))
                continue;
        }
        return stem + QStringView(e.meant);
    }
    return {};
}

} // namespace

QString EmailDomainHint::likelyMeant(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QString domain = email.mid(at + 1).toLower();
    if (domain.isEmpty() || !domain.contains(u'.') || isKnown(domain))
        return {};
    // A well-known name under another ending (gmail.co.jp, docomo.com):
    // the ending that name has.
    const QString first = domain.section(u'.', 0, 0);
    QString sameName;
    int named = 0;
    for (const char16_t *known : kQuestionedFrom) {
        if (QStringView(known).startsWith(QString(first + u'.'))) {
            sameName = QString::fromUtf16(known);
            ++named;
        }
    }
    if (named == 1 && first.size() >= 4)
        return sameName;
    // One slip from a well-known domain (gmial.com, docmo.ne.jp), two from a
    // long one (yahooo.co.jpp).
    QString best;
    int bestDistance = 3;
    for (const char16_t *known : kQuestionedFrom) {
        const QStringView k(known);
        const int allowed = k.size() <= 10 ? 1 : 2;
        const int d = distance(domain, k);
        if (d <= allowed && d < bestDistance) {
            best = k.toString();
            bestDistance = d;
        }
    }
    if (!best.isEmpty())
        return best;
    return withEndingCorrected(domain);
}
