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
    QStringList notPlaced;
    int placed = 0;
    for (const RecordField<Customer> &r : FieldTable::customer()) {
        const QString value = values.*r.text;
        if (value.isEmpty())
            continue;
        if (r.spec.kind == FieldKind::Prefecture) {
            if (m_prefecture->code().isEmpty()) {
                m_prefecture->setCode(value);
                ++placed;
            } else if (m_prefecture->code() != value) {
                notPlaced.append(Prefectures::name(value));
            }
            continue;
        }
        for (ValidatedField *f : std::as_const(m_fields)) {
            if (f->spec().wireName() != r.spec.wireName())
                continue;
            if (f->value().isEmpty()) {
                f->setValue(value);
                // As a paste is: what is not right is said at once.
                f->reveal();
                ++placed;
            } else if (f->value() != value) {
                notPlaced.append(value);
            }
        }
    }
    notPlaced.append(block->unplaced);
    qCInfo(lcContactBlock) << "a contact block pasted into" << placed << "fields,"
                           << notPlaced.size() << "lines not placed";
    QStringList notice{
        tr("The pasted lines went into %n fields of this step: check them.", "", placed)};
    if (!notPlaced.isEmpty())
        notice.append(tr("Not placed (the field holds something else, or the application has "
                         "no such field): %1")
                          .arg(notPlaced.join(QStringLiteral(" / "))));
    pastedInto->setNotice(FieldTexts::sentences(notice));
    pastedInto->lineEdit()->end(false);
    // Said until the field is changed again.
    connect(
        pastedInto, &ValidatedField::valueChanged, pastedInto,
        [pastedInto] { pastedInto->setNotice({}); }, Qt::SingleShotConnection);
    return true;
}
