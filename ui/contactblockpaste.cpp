#include "ui/contactblockpaste.h"

#include "core/contactblock.h"
#include "core/fieldtable.h"
#include "core/prefectures.h"
#include "ui/companynametidy.h"
#include "ui/fieldtexts.h"
#include "ui/namesplitter.h"
#include "ui/prefecturefield.h"
#include "ui/validatedfield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcContactBlock, "moshikomi.paste")

ContactBlockPaste::ContactBlockPaste(const QList<ValidatedField *> &fields,
                                     PrefectureField *prefecture, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_prefecture(prefecture)
{
    for (ValidatedField *f : fields)
        f->lineEdit()->installEventFilter(this);
}

bool ContactBlockPaste::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress ||
        !static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
        return false;
    for (ValidatedField *f : std::as_const(m_fields)) {
        if (f->lineEdit() == watched)
            return distribute(QGuiApplication::clipboard()->text(), f);
    }
    return false;
}

namespace {

// Values that belong together: a pasted person brings their own department,
// a pasted address its own postal code, a pasted email its own confirmation.
int groupOf(QLatin1StringView wireName)
{
    static const QList<QList<QLatin1StringView>> groups = {
        {FieldTable::spec(&Customer::lastName).wireName(),
         FieldTable::spec(&Customer::firstName).wireName(),
         FieldTable::spec(&Customer::department).wireName(),
         FieldTable::spec(&Customer::title).wireName()},
        {FieldTable::spec(&Customer::postalCode).wireName(),
         FieldTable::spec(&Customer::prefecture).wireName(),
         FieldTable::spec(&Customer::address).wireName()},
        {FieldTable::spec(&Customer::email).wireName(),
         FieldTable::spec(&Customer::emailConfirm).wireName()}};
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (groups.at(g).contains(wireName))
            return int(g);
    }
    return -1;
}

// A value of the block and the name of the field it belongs in.
struct Pasted
{
    QLatin1StringView wireName;
    QString value;
};

} // namespace

bool ContactBlockPaste::isFree(QLatin1StringView wireName, const QString &value) const
{
    return value.isEmpty() || (m_heldElsewhere && m_heldElsewhere(wireName, value));
}

ValidatedField *ContactBlockPaste::field(QLatin1StringView wireName) const
{
    const auto it =
        std::find_if(m_fields.cbegin(), m_fields.cend(), [wireName](const ValidatedField *f) {
            return f->spec().wireName() == wireName;
        });
    return it == m_fields.cend() ? nullptr : *it;
}

bool ContactBlockPaste::distribute(const QString &text, ValidatedField *pastedInto)
{
    std::optional<ContactBlock> block = ContactBlock::parse(text, m_partsNeeded);
    if (!block)
        return false;
    // A login user has a 携帯番号 and no phone: the block's mobile goes there.
    const QLatin1StringView mobileName = FieldTable::spec(&LoginUser::mobile).wireName();
    const QString mobile =
        field(mobileName) && !field(FieldTable::spec(&Customer::phone).wireName())
            ? block->takeMobile()
            : QString();
    // A paste over a selection replaces it, as any paste does.
    if (pastedInto->lineEdit()->hasSelectedText())
        pastedInto->lineEdit()->del();
    Customer values = block->customer;
    NameSplitter::part(values.lastName, values.firstName);
    CompanyNameTidy::tidy(values.companyName);
    QList<Pasted> pasted;
    for (const RecordField<Customer> &r : FieldTable::customer()) {
        if (!(values.*r.text).isEmpty())
            pasted.append({r.spec.wireName(), values.*r.text});
    }
    if (!mobile.isEmpty())
        pasted.append({mobileName, mobile});
    const QLatin1StringView prefectureName = FieldTable::spec(&Customer::prefecture).wireName();
    QStringList notPlaced;
    int placed = 0;
    QList<int> groupsPlaced;
    for (const Pasted &p : std::as_const(pasted)) {
        const bool isPrefecture = p.wireName == prefectureName;
        ValidatedField *into = isPrefecture ? nullptr : field(p.wireName);
        if (!into && !(isPrefecture && m_prefecture)) {
            // No such field here: a title pasted into a destination, an
            // address into a login user.
            notPlaced.append(isPrefecture ? Prefectures::name(p.value) : p.value);
            continue;
        }
        const QString held = into ? into->value() : m_prefecture->code();
        if (held == p.value)
            continue;
        if (!isFree(p.wireName, held)) {
            notPlaced.append(isPrefecture ? Prefectures::name(p.value) : p.value);
            continue;
        }
        if (into) {
            into->setValue(p.value);
            // As a paste is: what is not right is said at once.
            into->reveal();
        } else {
            m_prefecture->setCode(p.value);
        }
        ++placed;
        if (const int group = groupOf(p.wireName); group >= 0)
            groupsPlaced.append(group);
    }
    const auto wasPasted = [&pasted](QLatin1StringView wireName) {
        return std::any_of(pasted.cbegin(), pasted.cend(),
                           [wireName](const Pasted &p) { return p.wireName == wireName; });
    };
    // Of a person or an address the block brought, what it has nothing for
    // is left to be typed, not taken from step 1's.
    const auto stale = [&](QLatin1StringView wireName, const QString &held) {
        return m_heldElsewhere && !held.isEmpty() && !wasPasted(wireName) &&
               groupsPlaced.contains(groupOf(wireName)) && m_heldElsewhere(wireName, held);
    };
    for (ValidatedField *f : std::as_const(m_fields)) {
        if (stale(f->spec().wireName(), f->value())) {
            f->setValue(QString());
            f->reveal();
        }
    }
    if (m_prefecture && stale(prefectureName, m_prefecture->code()))
        m_prefecture->setCode(QString());
    notPlaced.append(block->unplaced);
    // A long line (a disclaimer under the signature) is named by its start:
    // the note stays a few lines under the field.
    for (QString &line : notPlaced) {
        if (line.size() > 60) {
            const qsizetype cut = line.at(58).isHighSurrogate() ? 58 : 59; // 𠮷 kept whole
            line = line.left(cut) + u'…';
        }
    }
    qCInfo(lcContactBlock) << "a contact block pasted into" << placed << "fields,"
                           << notPlaced.size() << "lines not placed";
    QStringList notice{
        placed > 0 ? tr("The pasted lines went into %n fields here: check them.", "", placed)
                   : tr("None of the pasted lines went into a field here.")};
    if (!notPlaced.isEmpty())
        notice.append(tr("Not placed (the field holds something else, or there is no such "
                         "field here): %1")
                          .arg(notPlaced.join(QStringLiteral(" / "))));
    pastedInto->setNotice(FieldTexts::sentences(notice));
    pastedInto->lineEdit()->end(false);
    // Said until the field is changed again.
    connect(
        pastedInto, &ValidatedField::valueChanged, pastedInto,
        [pastedInto] { pastedInto->setNotice({}); }, Qt::SingleShotConnection);
    return true;
}
