#include "core/prefectures.h"

namespace {

struct Prefecture
{
    const char16_t *name;
    const char16_t *english;
};

// JIS X 0401 order: the code is the position in this table, starting at 01.
constexpr Prefecture kPrefectures[Prefectures::Count] = {
    {u"北海道", u"Hokkaido"},    {u"青森県", u"Aomori"},     {u"岩手県", u"Iwate"},
    {u"宮城県", u"Miyagi"},      {u"秋田県", u"Akita"},      {u"山形県", u"Yamagata"},
    {u"福島県", u"Fukushima"},   {u"茨城県", u"Ibaraki"},    {u"栃木県", u"Tochigi"},
    {u"群馬県", u"Gunma"},       {u"埼玉県", u"Saitama"},    {u"千葉県", u"Chiba"},
    {u"東京都", u"Tokyo"},       {u"神奈川県", u"Kanagawa"}, {u"新潟県", u"Niigata"},
    {u"富山県", u"Toyama"},      {u"石川県", u"Ishikawa"},   {u"福井県", u"Fukui"},
    {u"山梨県", u"Yamanashi"},   {u"長野県", u"Nagano"},     {u"岐阜県", u"Gifu"},
    {u"静岡県", u"Shizuoka"},    {u"愛知県", u"Aichi"},      {u"三重県", u"Mie"},
    {u"滋賀県", u"Shiga"},       {u"京都府", u"Kyoto"},      {u"大阪府", u"Osaka"},
    {u"兵庫県", u"Hyogo"},       {u"奈良県", u"Nara"},       {u"和歌山県", u"Wakayama"},
    {u"鳥取県", u"Tottori"},     {u"島根県", u"Shimane"},    {u"岡山県", u"Okayama"},
    {u"広島県", u"Hiroshima"},   {u"山口県", u"Yamaguchi"},  {u"徳島県", u"Tokushima"},
    {u"香川県", u"Kagawa"},      {u"愛媛県", u"Ehime"},      {u"高知県", u"Kochi"},
    {u"福岡県", u"Fukuoka"},     {u"佐賀県", u"Saga"},       {u"長崎県", u"Nagasaki"},
    {u"熊本県", u"Kumamoto"},    {u"大分県", u"Oita"},       {u"宮崎県", u"Miyazaki"},
    {u"鹿児島県", u"Kagoshima"}, {u"沖縄県", u"Okinawa"},
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
