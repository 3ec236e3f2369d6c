#include "ui/additionalinfoeditor.h"

#include "client/fieldvalidator.h"
#include "client/uilanguage.h"
#include "core/errorcodes.h"
#include "core/normalizer.h"
#include "ui/choicebox.h"
#include "ui/fieldlabel.h"
#include "ui/fieldmessage.h"
#include "ui/fieldtexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

AdditionalInfoEditor::AdditionalInfoEditor(QWidget *parent)
    : QWidget(parent)
{
    new QFormLayout(this);
}

void AdditionalInfoEditor::setSchema(const AdditionalInfoSchema &schema)
{
    m_schema = schema;
    auto form = static_cast<QFormLayout *>(layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_entries.clear();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    for (const AdditionalInfoSchema::Field &f : schema.fields())
        addRow(f);
}

QWidget *AdditionalInfoEditor::createInput(const AdditionalInfoSchema::Field &f)
{
    using T = AdditionalInfoSchema::Type;
    switch (f.type) {
    case T::Text:
    case T::Number:
    case T::Date: {
        // No validator that drops keys: 12.5 typed must not become 125, nor
        // a pasted 1,200 vanish; what is not a whole number is said at the
        // field instead (errorOf).
        auto edit = new QLineEdit;
        if (f.type == T::Date)
            edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        // A paste of two lines or two cells reads as one line (as in the
        // fixed steps' fields).
        connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
            QString one = text;
            int cursor = edit->cursorPosition();
            FieldValidator::putOnOneLine(one, cursor);
            if (one == text)
                return;
            edit->setText(one);
            edit->setCursorPosition(cursor);
        });
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &text) {
            if (Entry *entry = entryFor(edit)) {
                entry->touched = entry->touched || !text.isEmpty();
                updateMessage(*entry);
            }
            emit valuesChanged();
        });
        return edit;
    }
    case T::Choice: {
        auto combo = new ChoiceBox;
        combo->addItem(tr("(choose)"), QString());
        const bool japanese = UiLanguage::isJapanese();
        for (const AdditionalInfoSchema::Option &o : f.options) {
            combo->addChoice(japanese ? o.labelJa : o.labelEn, o.value,
                             {japanese ? o.labelEn : o.labelJa, o.value});
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int index) {
            if (Entry *entry = entryFor(combo)) {
                entry->touched = entry->touched || index > 0;
                updateMessage(*entry);
            }
            emit valuesChanged();
        });
        return combo;
    }
    case T::Checkbox: {
        auto box = new QCheckBox(f.label(UiLanguage::isJapanese()));
        connect(box, &QCheckBox::toggled, this, [this, box] {
            if (Entry *entry = entryFor(box))
                entry->touched = true;
            emit valuesChanged();
        });
        return box;
    }
    }
    return nullptr;
}

QString AdditionalInfoEditor::spokenDetail(const AdditionalInfoSchema::Field &f,
                                           const QString &detail)
{
    // As on the fixed steps: whether it must be filled, then the help or
    // what is wrong.
    return f.mustBeFilled() ? FieldTexts::required(detail) : detail;
}

void AdditionalInfoEditor::addRow(const AdditionalInfoSchema::Field &f)
{
    using T = AdditionalInfoSchema::Type;
    const bool japanese = UiLanguage::isJapanese();
    Entry e;
    e.field = f;
    e.input = createInput(f);
    e.input->setObjectName(f.key);
    e.input->setAccessibleName(f.label(japanese));
    e.input->setAccessibleDescription(spokenDetail(f, f.help(japanese)));
    e.input->setToolTip(f.help(japanese));
    e.input->installEventFilter(this);
    e.message = new FieldMessage;
    e.message->setField(e.input);
    auto cell = new QWidget;
    auto cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(e.input);
    if (!f.help(japanese).isEmpty()) {
        auto help = new QLabel(f.help(japanese));
        help->setTextFormat(Qt::PlainText); // the schema's words, never markup
        help->setForegroundRole(QPalette::PlaceholderText);
        help->setWordWrap(true);
        cellLayout->addWidget(help);
    }
    cellLayout->addWidget(e.message);
    static_cast<QFormLayout *>(layout())->addRow(
        new FieldLabel(f.type == T::Checkbox ? QString() : f.label(japanese), f.mustBeFilled(),
                       e.input, this),
        cell);
    m_entries.append(e);
}

AdditionalInfoEditor::Entry *AdditionalInfoEditor::entryFor(QObject *input)
{
    for (Entry &e : m_entries) {
        if (e.input == input)
            return &e;
    }
    return nullptr;
}

QWidget *AdditionalInfoEditor::input(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.field.key == key)
            return e.input;
    }
    return nullptr;
}

QVariant AdditionalInfoEditor::valueOf(const Entry &e) const
{
    using T = AdditionalInfoSchema::Type;
    switch (e.field.type) {
    case T::Text: {
        const QString s = Normalizer::text(static_cast<QLineEdit *>(e.input)->text());
        return s.isEmpty() ? QVariant() : AdditionalInfoSchema::normalisedValue(e.field, s);
    }
    case T::Date: {
        const QString typed = static_cast<QLineEdit *>(e.input)->text();
        // "12/1" as dictated takes its year here, on the day it is typed; the
        // field then shows the whole date, so the year can be read back.
        const QString withYear = Normalizer::dateWithoutYear(
            typed, QDate::currentDate(), e.field.minimum.toDate(), e.field.maximum.toDate());
        const QString s = withYear.isEmpty() ? Normalizer::date(typed) : withYear;
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case T::Number: {
        const std::optional<qint64> n =
            Normalizer::wholeNumber(static_cast<QLineEdit *>(e.input)->text());
        return n ? QVariant::fromValue(*n) : QVariant();
    }
    case T::Choice: {
        const QString v = static_cast<QComboBox *>(e.input)->currentData().toString();
        return v.isEmpty() ? QVariant() : QVariant(v);
    }
    case T::Checkbox:
        return static_cast<QCheckBox *>(e.input)->isChecked();
    }
    return {};
}

QVariantMap AdditionalInfoEditor::values() const
{
    QVariantMap map;
    for (const Entry &e : m_entries) {
        const QVariant v = valueOf(e);
        if (v.isValid()) {
            map.insert(e.field.key, v);
        } else if (e.field.type == AdditionalInfoSchema::Type::Number) {
            // Typed but not a whole number (5x, 12 people): kept as typed, so
            // that the draft loses nothing; the page says what is wrong and
            // lets nothing by until it is a number.
            const QString typed = static_cast<QLineEdit *>(e.input)->text().trimmed();
            if (!typed.isEmpty())
                map.insert(e.field.key, typed);
        }
    }
    return map;
}

void AdditionalInfoEditor::setValues(const QVariantMap &values)
{
    if (values == this->values())
        return;
    using T = AdditionalInfoSchema::Type;
    for (Entry &e : m_entries) {
        const QVariant v = values.value(e.field.key);
        switch (e.field.type) {
        case T::Text:
        case T::Date:
        case T::Number:
            static_cast<QLineEdit *>(e.input)->setText(v.isValid() ? v.toString() : QString());
            break;
        case T::Choice: {
            auto combo = static_cast<QComboBox *>(e.input);
            combo->setCurrentIndex(qMax(0, combo->findData(v.toString())));
            break;
        }
        case T::Checkbox:
            static_cast<QCheckBox *>(e.input)->setChecked(v.toBool());
            break;
        }
    }
    emit valuesChanged();
}

FieldError AdditionalInfoEditor::errorOf(const Entry &e) const
{
    // A number that does not parse is "not a whole number", not "missing".
    if (e.field.type == AdditionalInfoSchema::Type::Number) {
        const QString typed = static_cast<QLineEdit *>(e.input)->text().trimmed();
        if (!typed.isEmpty() && !valueOf(e).isValid())
            return {QString(), ErrorCode::NotInteger, {}};
    }
    return AdditionalInfoSchema::check(e.field, valueOf(e));
}

bool AdditionalInfoEditor::isAcceptable() const
{
    for (const Entry &e : m_entries) {
        if (errorOf(e).isError())
            return false;
    }
    return true;
}

void AdditionalInfoEditor::updateMessage(Entry &e)
{
    const FieldError error = e.revealed ? errorOf(e) : FieldError();
    // A list is chosen from, not typed into.
    const bool unchosen =
        error.code == ErrorCode::Required && e.field.type == AdditionalInfoSchema::Type::Choice;
    // A pattern cannot say what it wants; the schema's help for the field
    // can, so a message that is heard alone (a screen reader) names it.
    const QString help = e.field.help(UiLanguage::isJapanese());
    const bool unshaped = error.code == ErrorCode::PatternMismatch && !help.isEmpty();
    const QString message = unchosen          ? tr("Required: choose one from the list.")
                            : unshaped        ? tr("Not in the expected form: %1").arg(help)
                            : error.isError() ? FieldTexts::message(error)
                                              : QString();
    e.message->setMessage(message);
    FieldMessage::describe(e.input, spokenDetail(e.field, message.isEmpty() ? help : message));
}

QWidget *AdditionalInfoEditor::firstFaultyInput() const
{
    for (const Entry &e : m_entries) {
        if (errorOf(e).isError())
            return e.input;
    }
    return nullptr;
}

bool AdditionalInfoEditor::revealErrors()
{
    for (Entry &e : m_entries) {
        e.revealed = true;
        updateMessage(e);
    }
    QWidget *first = firstFaultyInput();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !first;
}

QList<QWidget *> AdditionalInfoEditor::revealedInputs() const
{
    QList<QWidget *> inputs;
    for (const Entry &e : m_entries) {
        if (e.revealed)
            inputs.append(e.input);
    }
    return inputs;
}

void AdditionalInfoEditor::reveal(QWidget *input)
{
    if (Entry *e = entryFor(input)) {
        e->revealed = true;
        updateMessage(*e);
    }
}

void AdditionalInfoEditor::showCanonical(Entry &e)
{
    // A date, number or code as it will be sent (2026/12/1 → 2026-12-01, ２５０
    // → 250, ＡＢ－１２３４ → AB-1234), once the person has left the field and
    // it is acceptable.
    using T = AdditionalInfoSchema::Type;
    const bool shaped = e.field.type == T::Date || e.field.type == T::Number ||
                        (e.field.type == T::Text && !e.field.pattern.isEmpty());
    if (!shaped || errorOf(e).isError())
        return;
    auto edit = static_cast<QLineEdit *>(e.input);
    const QVariant v = valueOf(e);
    const QString canonical = v.isValid() ? v.toString() : QString();
    if (!canonical.isEmpty() && canonical != edit->text())
        edit->setText(canonical);
}

bool AdditionalInfoEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        Entry *e = entryFor(watched);
        // Passed through, never filled in: not missing yet (Enter or Next on
        // the page says so), as in the other steps.
        const bool passedThrough = e && !e->touched && errorOf(*e).code == ErrorCode::Required;
        if (e && !passedThrough && reason != Qt::PopupFocusReason &&
            reason != Qt::ActiveWindowFocusReason) {
            e->revealed = true;
            showCanonical(*e);
            updateMessage(*e);
        }
    }
    return QWidget::eventFilter(watched, event);
}
