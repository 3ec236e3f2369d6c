#include "core/contactblock.h"

#include "core/applicationrules.h"
#include "core/fieldtable.h"
#include "core/normalizer.h"
#include "core/postaldirectory.h"
#include "core/prefectures.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace {

template<typename Record> bool isValid(QString Record::*member, const QString &value)
{
    return !value.isEmpty() &&
           !ApplicationRules::checkField(FieldTable::spec(member), value).isError();
}

// A signature's rule (----, ====, ＊＊＊) or a line of decoration alone.
bool isRule(const QString &line)
{
    static const QRegularExpression rule(QStringLiteral("^[\\-=_*＊＝－ー―─━~〜・.。:：/|＿]+$"));
    return rule.match(line).hasMatch();
}

const QRegularExpression &faxWord()
{
    static const QRegularExpression fax(QStringLiteral("(?i)(fax|ＦＡＸ|ファックス|ファクス)"));
    return fax;
}

bool isFax(const QString &line)
{
    return faxWord().match(line).hasMatch();
}

// The word before a phone or fax number: TEL, Mobile, 携帯, 直通 …
const QRegularExpression &phoneLabel()
{
    static const QRegularExpression label(
        QStringLiteral("(?i)(?<![a-z])(?:fax|tel|phone|mobile|cell)(?![a-z])|ＦＡＸ|ＴＥＬ|"
                       "ファックス|ファクス|携帯|直通|電話"));
    return label;
}

bool hasDigit(const QString &line)
{
    static const QRegularExpression digit(QStringLiteral("[0-9０-９]"));
    return line.contains(digit);
}

// "TEL 092-123-4567 / FAX 092-123-4568", "Tel 03-… Mobile 090-…", an
// address with "TEL 082-…" after it: each number on a line of its own, with
// its label, so that the phone is taken and the fax kept apart.
QStringList splitAtPhoneLabels(const QString &line)
{
    static const QRegularExpression separator(QStringLiteral("[\\s/|／｜、,]+$"));
    // The kind of a number after it, in brackets (082-123-4567（直通）),
    // stays with the number.
    static const QRegularExpression opening(QStringLiteral("[（(【\\[]\\s*$"));
    QStringList parts;
    qsizetype start = 0;
    QRegularExpressionMatchIterator it = phoneLabel().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString before = line.mid(start, m.capturedStart() - start);
        if (before.contains(opening))
            continue;
        before.remove(separator);
        // A label at the start, or one after another (携帯電話): no number
        // stands before it yet.
        if (!hasDigit(before))
            continue;
        parts.append(before);
        start = m.capturedStart();
    }
    parts.append(line.mid(start));
    return parts;
}

bool namesCompany(const QString &line)
{
    static const QRegularExpression company(QStringLiteral(
        "(株式会社|有限会社|合同会社|合資会社|合名会社|社団法人|財団法人|医療法人|学校法人|"
        "社会福祉法人|NPO法人|特定非営利活動法人|（株）|\\(株\\)|㈱|（有）|\\(有\\)|㈲|"
        "(?i:\\bco\\.,?\\s*ltd\\b|\\binc\\.|\\bcorporation\\b|\\bcorp\\.|\\bk\\.k\\.|\\bllc\\b))"));
    // A business without its legal form: 山田商店, みまもり薬局.
    static const QRegularExpression business(
        QStringLiteral("(商店|商会|商事|物産|工業|産業|興業|建設|工務店|製作所|薬局|医院|"
                       "クリニック|病院|学園|組合|協会)$"));
    return company.match(line).hasMatch() || business.match(line).hasMatch();
}

// The words a card gives as a title.
QString titles()
{
    return QStringLiteral("代表取締役社長|代表取締役|取締役|執行役員|会長|社長|副社長|専務|常務|"
                          "理事長|理事|事務局長|局長|本部長|副部長|部長代理|担当部長|部長|次長|"
                          "課長代理|課長補佐|担当課長|課長|係長|主幹|参事|顧問|主任|主査|室長|"
                          "所長|工場長|支店長|店長|マネージャー|"
                          "マネジャー|リーダー|担当者?|"
                          "(?i:manager|director|president|ceo|cto|cio|engineer)");
}

// A title at the end of the line: "営業部 部長", "代表取締役社長", "Manager".
const QRegularExpression &titleAtEnd()
{
    static const QRegularExpression title(u'(' + titles() + QStringLiteral(")$"));
    return title;
}

bool isTitle(const QString &word)
{
    static const QRegularExpression title(QStringLiteral("^(?:") + titles() + QStringLiteral(")$"));
    return title.match(word).hasMatch();
}

bool namesDepartment(const QString &line)
{
    static const QRegularExpression department(
        QStringLiteral("(部|課|室|係|局|グループ|チーム|センター|本部|事業部|支店|営業所|"
                       "(?i:department|dept\\.?|division|team|group))$"));
    return department.match(line).hasMatch();
}

// A name as a card writes it: family and given name in kanji (or kana)
// with a space between, or one word of two to six. Katakana alone is more
// often a building (見守りビル) than a person.
bool looksLikeAName(const QString &line)
{
    static const QRegularExpression name(
        QStringLiteral("^(?:[\\p{Han}\\p{Hiragana}々ヶ]{1,6}[ 　][\\p{Han}\\p{Hiragana}々ヶ]{1,6}|"
                       "[\\p{Han}々ヶ]{2,6})(?:[ 　]?様)?$"));
    return name.match(line).hasMatch();
}

// A department after the one the company's line named (株式会社見守り商事
// 大阪支店, then 物流課 鈴木 一郎) is within it.
void addDepartment(Customer &c, const QString &department)
{
    c.department = c.department.isEmpty() ? department : c.department + u' ' + department;
}

// "部長　山田 太郎", "営業部 部長 山田 太郎": a title (after the department)
// and then the name, as Japanese signatures put them on one line.
bool partTitleAndName(const QString &line, Customer &c)
{
    static const QRegularExpression space(QStringLiteral("[ 　]+"));
    const QStringList words = line.split(space, Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 2; i >= 0; --i) {
        if (!isTitle(words[i]))
            continue;
        const QString name = words.mid(i + 1).join(u' ');
        if (!looksLikeAName(name))
            return false;
        c.title = words[i];
        c.lastName = name;
        if (i > 0)
            addDepartment(c, words.mid(0, i).join(u' '));
        return true;
    }
    return false;
}

// "物流課 鈴木 一郎", "情報システム部 第二課 鈴木": a department and then the
// name, with no title between.
bool partDepartmentAndName(const QString &line, Customer &c)
{
    static const QRegularExpression space(QStringLiteral("[ 　]+"));
    const QStringList words = line.split(space, Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 1; i > 0; --i) {
        const QString department = words.mid(0, i).join(u' ');
        const QString name = words.mid(i).join(u' ');
        // "営業部 第二課" is one department, "営業部 主任" a department and a
        // title, neither a department and a name.
        if (!namesDepartment(department) || namesDepartment(name) || !looksLikeAName(name) ||
            std::any_of(words.cbegin() + i, words.cend(), isTitle))
            continue;
        addDepartment(c, department);
        c.lastName = name;
        return true;
    }
    return false;
}

// A label before the value ("TEL:", "メール：", "住所 ") goes with it: the
// normaliser takes it off phone numbers and addresses; here from the rest.
QString withoutLabel(const QString &line)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:会社名|社名|部署|所属|役職|氏名|名前|担当者?|住所|所在地|"
                       "(?i:company|name|address))\\s*[:：]\\s*"));
    QString value = line;
    value.remove(label);
    return value.trimmed();
}

// Where the last space of a line is (ASCII or full-width), or -1.
qsizetype lastSpace(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("[ 　]"));
    return line.lastIndexOf(space);
}

// Who at the company a line names: a title and a name after it (and a
// department before), a department and a name, a department and a title, a
// title alone, or a department alone. A name or a title is taken once; a
// department before the name adds to one already named (a section of the
// branch on the company's line). False when the line is none of those.
bool takePerson(const QString &value, Customer &c)
{
    if (c.title.isEmpty() && c.lastName.isEmpty() && partTitleAndName(value, c))
        return true;
    if (c.lastName.isEmpty() && partDepartmentAndName(value, c))
        return true;
    if (c.title.isEmpty() && titleAtEnd().match(value).hasMatch()) {
        // "営業部 部長": the department, then the title; "代表取締役社長"
        // alone is the title.
        const qsizetype space = lastSpace(value);
        if (space > 0) {
            addDepartment(c, value.left(space).trimmed());
            c.title = value.mid(space + 1).trimmed();
        } else {
            c.title = value;
        }
        return true;
    }
    // After the name, a department line is the person's only if none came
    // before ("カスタマーサポートセンター" under a signature is not).
    if (namesDepartment(value) && (c.department.isEmpty() || c.lastName.isEmpty())) {
        addDepartment(c, value);
        return true;
    }
    return false;
}

} // namespace

std::optional<ContactBlock> ContactBlock::parse(const QString &text, int partsNeeded)
{
    // A signature or a card is a few short lines; a whole mail or page
    // copied by mistake is pasted as any text is (and said to be too long).
    if (text.size() > MaxCharacters)
        return std::nullopt;
    ContactBlock block;
    Customer &c = block.customer;
    const auto take = [](QString &field, const QString &value) {
        if (!field.isEmpty())
            return false;
        field = value;
        return true;
    };
    // The line after the address, when it is nothing else, is the rest of
    // it (a building and floor: 見守りビル5F).
    bool afterAddress = false;
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]+"));
    QStringList lines;
    for (const QString &raw : text.split(lineBreak, Qt::SkipEmptyParts))
        lines.append(splitAtPhoneLabels(Normalizer::text(raw)));
    if (lines.size() > MaxLines)
        return std::nullopt;
    for (const QString &line : std::as_const(lines)) {
        if (line.isEmpty() || isRule(line))
            continue;
        const bool continuesAddress = std::exchange(afterAddress, false);
        if (isFax(line)) {
            block.unplaced.append(line);
            continue;
        }
        if (line.contains(u'@') || line.contains(u'＠')) {
            const QString value = Normalizer::email(line);
            if (isValid(&Customer::email, value) && take(c.email, value))
                continue;
            block.unplaced.append(line);
            continue;
        }
        const QString value = withoutLabel(line);
        if (const std::optional<Normalizer::PostalCodeAndAddress> pasted =
                Normalizer::postalCodeAndAddress(value);
            pasted && c.postalCode.isEmpty() && c.address.isEmpty()) {
            c.postalCode = pasted->postalCode;
            qsizetype length = 0;
            c.prefecture = Prefectures::codeAtStart(pasted->address, &length);
            c.address = pasted->address.mid(length).trimmed();
            afterAddress = true;
            continue;
        }
        if (const QString code = Normalizer::postalCode(
                QString(value).remove(u'〒').remove(QStringLiteral("郵便番号")).trimmed());
            isValid(&Customer::postalCode, code) && c.postalCode.isEmpty()) {
            c.postalCode = code;
            afterAddress = true;
            continue;
        }
        qsizetype length = 0;
        if (const QString prefecture = Prefectures::codeAtStart(value, &length);
            !prefecture.isEmpty() && c.address.isEmpty() && hasDigit(value)) {
            c.prefecture = prefecture;
            c.address = value.mid(length).trimmed();
            afterAddress = true;
            continue;
        }
        if (const QString number = Normalizer::phone(value); isValid(&Customer::phone, number)) {
            if (!take(c.phone, number))
                block.unplaced.append(line);
            continue;
        }
        if (namesCompany(value) && c.companyName.isEmpty()) {
            c.companyName = value;
            // "株式会社見守り商事 営業部", "… 情報システム部 部長 山田 太郎": the
            // company, then who at it.
            static const QRegularExpression space(QStringLiteral("[ 　]+"));
            const QStringList words = value.split(space, Qt::SkipEmptyParts);
            for (qsizetype k = 1; k < words.size(); ++k) {
                if (!namesCompany(words.mid(0, k).join(u' ')))
                    continue;
                const QString rest = words.mid(k).join(u' ');
                if (!namesCompany(rest) && takePerson(rest, c))
                    c.companyName = words.mid(0, k).join(u' ');
                break;
            }
            continue;
        }
        // A name with its reading after it: 高橋 美咲 (Misaki Takahashi),
        // 主任 渡辺 直樹（わたなべ なおき）.
        static const QRegularExpression reading(QStringLiteral("\\s*[（(][^）)]*[）)]$"));
        const QRegularExpressionMatch read = reading.match(value);
        const QString name = read.hasMatch() ? value.left(read.capturedStart()) : value;
        if (takePerson(value, c))
            continue;
        if (read.hasMatch() && takePerson(name, c)) {
            block.unplaced.append(read.captured().trimmed());
            continue;
        }
        if (looksLikeAName(name) && c.lastName.isEmpty()) {
            c.lastName = name;
            if (read.hasMatch())
                block.unplaced.append(read.captured().trimmed());
            continue;
        }
        // A number's label is never the rest of an address.
        if (continuesAddress && !phoneLabel().match(value).hasMatch()) {
            c.address = c.address.isEmpty() ? value : c.address + u' ' + value;
            afterAddress = true;
            continue;
        }
        block.unplaced.append(line);
    }
    // The parts found, read from what was filled in.
    const bool person = !c.lastName.isEmpty() || !c.title.isEmpty() || !c.department.isEmpty();
    const bool address = !c.postalCode.isEmpty() || !c.address.isEmpty();
    const int found = int(address) + int(!c.phone.isEmpty()) + int(!c.email.isEmpty()) +
                      int(!c.companyName.isEmpty()) + int(person);
    if (found < partsNeeded)
        return std::nullopt;
    // An address written without its prefecture (〒733-0001 広島市…): the
    // postal code's, when the directory knows it in one prefecture only.
    if (c.prefecture.isEmpty() && !c.postalCode.isEmpty()) {
        QString only;
        for (const PostalCandidate &candidate : PostalDirectory::instance().lookup(c.postalCode)) {
            if (!only.isEmpty() && only != candidate.prefecture) {
                only.clear();
                break;
            }
            only = candidate.prefecture;
        }
        c.prefecture = only;
    }
    return block;
}

QString ContactBlock::takeMobile()
{
    if (const QString number = Normalizer::phone(customer.phone);
        isValid(&LoginUser::mobile, number)) {
        customer.phone.clear();
        return number;
    }
    for (qsizetype i = 0; i < unplaced.size(); ++i) {
        if (const QString number = Normalizer::phone(unplaced.at(i));
            isValid(&LoginUser::mobile, number)) {
            unplaced.removeAt(i);
            return number;
        }
    }
    return QString();
}
