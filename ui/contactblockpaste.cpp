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
// a pasted address its own postal code.
int groupOf(QLatin1StringView wireName)
{
    static const QList<QList<QString Customer::*>> groups = {
        {&Customer::lastName, &Customer::firstName, &Customer::department, &Customer::title},
        {&Customer::postalCode, &Customer::prefecture, &Customer::address}};
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (QString Customer::*member : groups.at(g)) {
            if (FieldTable::spec(member).wireName() == wireName)
                return int(g);
        }
    }
    return -1;
}

} // namespace

bool ContactBlockPaste::isFree(QLatin1StringView wireName, const QString &value) const
{
    return value.isEmpty() || (m_heldElsewhere && m_heldElsewhere(wireName, value));
}

bool ContactBlockPaste::distribute(const QString &text, ValidatedField *pastedInto)
{
    const std::optional<ContactBlock> block = ContactBlock::parse(text);
    if (!block)
        return false;
    // A paste over a selection replaces it, as any paste does.
    if (pastedInto->lineEdit()->hasSelectedText())
        pastedInto->lineEdit()->del();
    Customer values = block->customer;
    NameSplitter::part(values.lastName, values.firstName);
    CompanyNameTidy::tidy(values.companyName);
    const auto pasted = [&values](QLatin1StringView wireName) {
        for (const RecordField<Customer> &r : FieldTable::customer()) {
            if (r.spec.wireName() == wireName)
                return values.*r.text;
        }
        return QString();
    };
    QStringList notPlaced;
    int placed = 0;
    QList<int> groupsPlaced;
    for (const RecordField<Customer> &r : FieldTable::customer()) {
        const QString value = values.*r.text;
        if (value.isEmpty())
            continue;
        const QLatin1StringView wireName = r.spec.wireName();
        const bool isPrefecture = r.spec.kind == FieldKind::Prefecture;
        ValidatedField *field = nullptr;
        if (!isPrefecture) {
            const auto it = std::find_if(
                m_fields.cbegin(), m_fields.cend(),
                [wireName](const ValidatedField *f) { return f->spec().wireName() == wireName; });
            if (it == m_fields.cend()) { // e.g. a title pasted into a destination
                notPlaced.append(value);
                continue;
            }
            field = *it;
        }
        const QString held = field ? field->value() : m_prefecture->code();
        if (held == value)
            continue;
        if (!isFree(wireName, held)) {
            notPlaced.append(isPrefecture ? Prefectures::name(value) : value);
            continue;
        }
        if (field) {
            field->setValue(value);
            // As a paste is: what is not right is said at once.
            field->reveal();
        } else {
            m_prefecture->setCode(value);
        }
        ++placed;
        if (const int group = groupOf(wireName); group >= 0)
            groupsPlaced.append(group);
    }
    // Of a person or an address the block brought, what it has nothing for
    // is left to be typed, not taken from step 1's.
    const auto stale = [&](QLatin1StringView wireName, const QString &held) {
        return m_heldElsewhere && !held.isEmpty() && pasted(wireName).isEmpty() &&
               groupsPlaced.contains(groupOf(wireName)) && m_heldElsewhere(wireName, held);
    };
    for (ValidatedField *f : std::as_const(m_fields)) {
        if (stale(f->spec().wireName(), f->value())) {
            f->setValue(QString());
            f->reveal();
        }
    }
    if (stale(FieldTable::spec(&Customer::prefecture).wireName(), m_prefecture->code()))
        m_prefecture->setCode(QString());
    notPlaced.append(block->unplaced);
    qCInfo(lcContactBlock) << "a contact block pasted into" << placed << "fields,"
                           << notPlaced.size() << "lines not placed";
    QStringList notice{tr("The pasted lines went into %n fields here: check them.", "", placed)};
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
