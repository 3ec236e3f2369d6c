#include "core/prefectures.h"

namespace {

struct Prefecture
{
    const char16_t *name;
    const char16_t *english;
    const char16_t *reading; // in hiragana, without 県, 府, 都 or 道
};

// JIS X 0401 order: the code is the position in this table, starting at 01.
constexpr Prefecture kPrefectures[Prefectures::Count] = {
    {u"北海道", u"Hokkaido", u"ほっかいどう"},
    {u"青森県", u"Aomori", u"あおもり"},
    {u"岩手県", u"Iwate", u"いわて"},
    {u"宮城県", u"Miyagi", u"みやぎ"},
    {u"秋田県", u"Akita", u"あきた"},
    {u"山形県", u"Yamagata", u"やまがた"},
    {u"福島県", u"Fukushima", u"ふくしま"},
    {u"茨城県", u"Ibaraki", u"いばらき"},
    {u"栃木県", u"Tochigi", u"とちぎ"},
    {u"群馬県", u"Gunma", u"ぐんま"},
    {u"埼玉県", u"Saitama", u"さいたま"},
    {u"千葉県", u"Chiba", u"ちば"},
    {u"東京都", u"Tokyo", u"とうきょう"},
    {u"神奈川県", u"Kanagawa", u"かながわ"},
    {u"新潟県", u"Niigata", u"にいがた"},
    {u"富山県", u"Toyama", u"とやま"},
    {u"石川県", u"Ishikawa", u"いしかわ"},
    {u"福井県", u"Fukui", u"ふくい"},
    {u"山梨県", u"Yamanashi", u"やまなし"},
    {u"長野県", u"Nagano", u"ながの"},
    {u"岐阜県", u"Gifu", u"ぎふ"},
    {u"静岡県", u"Shizuoka", u"しずおか"},
    {u"愛知県", u"Aichi", u"あいち"},
    {u"三重県", u"Mie", u"みえ"},
    {u"滋賀県", u"Shiga", u"しが"},
    {u"京都府", u"Kyoto", u"きょうと"},
    {u"大阪府", u"Osaka", u"おおさか"},
    {u"兵庫県", u"Hyogo", u"ひょうご"},
    {u"奈良県", u"Nara", u"なら"},
    {u"和歌山県", u"Wakayama", u"わかやま"},
    {u"鳥取県", u"Tottori", u"とっとり"},
    {u"島根県", u"Shimane", u"しまね"},
    {u"岡山県", u"Okayama", u"おかやま"},
    {u"広島県", u"Hiroshima", u"ひろしま"},
    {u"山口県", u"Yamaguchi", u"やまぐち"},
    {u"徳島県", u"Tokushima", u"とくしま"},
    {u"香川県", u"Kagawa", u"かがわ"},
    {u"愛媛県", u"Ehime", u"えひめ"},
    {u"高知県", u"Kochi", u"こうち"},
    {u"福岡県", u"Fukuoka", u"ふくおか"},
    {u"佐賀県", u"Saga", u"さが"},
    {u"長崎県", u"Nagasaki", u"ながさき"},
    {u"熊本県", u"Kumamoto", u"くまもと"},
    {u"大分県", u"Oita", u"おおいた"},
    {u"宮崎県", u"Miyazaki", u"みやざき"},
    {u"鹿児島県", u"Kagoshima", u"かごしま"},
    {u"沖縄県", u"Okinawa", u"おきなわ"},
};

int indexOf(const QString &code)
{
    if (code.size() != 2 || !code[0].isDigit() || !code[1].isDigit())
        return -1;
    const int n = code.toInt();
    return n >= 1 && n <= Prefectures::Count ? n - 1 : -1;
}

// "01".."47" for the table's positions 0..46.
QString codeAt(int index)
{
    return QStringLiteral("%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

QStringList Prefectures::codes()
{
    QStringList result;
    result.reserve(Count);
    for (int i = 0; i < Count; ++i)
        result.append(codeAt(i));
    return result;
}

QString Prefectures::name(const QString &code)
{
    const int i = indexOf(code);
    return i < 0 ? QString() : QString::fromUtf16(kPrefectures[i].name);
}

QString Prefectures::englishName(const QString &code)
{
    const int i = indexOf(code);
    return i < 0 ? QString() : QString::fromUtf16(kPrefectures[i].english);
}

QString Prefectures::displayName(const QString &code, bool japanese)
{
    return japanese ? name(code) : englishName(code);
}

bool Prefectures::isValidCode(const QString &code)
{
    return indexOf(code) >= 0;
}

QString Prefectures::codeAtStart(QStringView address, qsizetype *length)
{
    qsizetype start = 0;
    while (start < address.size() && address.at(start).isSpace())
        ++start;
    const QStringView rest = address.mid(start);
    // No name is the start of another (京都府 / 東京都), so the first match is the one.
    for (int i = 0; i < Count; ++i) {
        const QStringView name(kPrefectures[i].name);
        if (rest.startsWith(name)) {
            if (length)
                *length = start + name.size();
            return codeAt(i);
        }
    }
    return {};
}

QString Prefectures::codeForName(const QString &name)
{
    for (int i = 0; i < Count; ++i) {
        if (name == QStringView(kPrefectures[i].name) ||
            name.compare(QStringView(kPrefectures[i].english), Qt::CaseInsensitive) == 0)
            return codeAt(i);
    }
    return {};
}

QString Prefectures::latinKey(QStringView text)
{
    // Spaces and marks between the parts go; anything else stays, so that
    // a slip (hokkaido11) is not taken for a name.
    QString key;
    key.reserve(text.size());
    bool anyLetter = false;
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        if (c.isSpace() || QStringView(u"-.,'").contains(c))
            continue;
        anyLetter = anyLetter || (lower >= u'a' && lower <= u'z');
        key.append(lower);
    }
    if (!anyLetter)
        return {};
    // Hepburn and the ways people type Japanese in Latin letters: ou, oo, oh
    // before a consonant, uu are one long vowel; m before m is n.
    QString folded;
    folded.reserve(key.size());
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const QChar next = i + 1 < key.size() ? key.at(i + 1) : QChar();
        const QChar after = i + 2 < key.size() ? key.at(i + 2) : QChar();
        const auto isVowel = [](QChar v) { return QStringView(u"aeiou").contains(v); };
        if (c == u'o' && (next == u'u' || next == u'o')) {
            folded.append(c);
            ++i;
        } else if (c == u'o' && next == u'h' && !after.isNull() && !isVowel(after)) {
            folded.append(c);
            ++i;
        } else if (c == u'u' && next == u'u') {
            folded.append(c);
            ++i;
        } else if (c == u'm' && next == u'm') {
            folded.append(u'n');
        } else {
            folded.append(c);
        }
    }
    return folded;
}

bool Prefectures::latinNameMatches(const QString &code, const QString &key)
{
    if (key.isEmpty())
        return false;
    const QString name = latinKey(englishName(code));
    if (name.startsWith(key))
        return true;
    static constexpr QStringView kinds[] = {u"", u"ken", u"fu", u"to", u"prefecture"};
    if (!key.startsWith(name))
        return false;
    const QStringView rest = QStringView(key).mid(name.size());
    for (const QStringView kind : kinds) {
        if (rest == kind)
            return true;
    }
    return false;
}

QString Prefectures::reading(const QString &code)
{
    const int i = indexOf(code);
    return i < 0 ? QString() : QString::fromUtf16(kPrefectures[i].reading);
}
