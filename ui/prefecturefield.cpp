#include "ui/prefecturefield.h"

#include "client/queuesearch.h"
#include "client/uilanguage.h"
#include "core/applicationrules.h"
#include "core/errorcodes.h"
#include "core/prefectures.h"
#include "ui/fieldmessage.h"
#include "ui/fieldtexts.h"

#include <QComboBox>
#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

PrefectureField::PrefectureField(const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_message(new FieldMessage(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_message);
    m_message->setField(m_combo);
    setFocusProxy(m_combo);

    const bool japanese = UiLanguage::isJapanese();
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(12);
    // Sized for the longest name without measuring all 47 of them.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    m_combo->setAccessibleName(label);
    // Its text field takes the keys: a screen reader there hears the same name.
    m_combo->lineEdit()->setAccessibleName(label);
    m_combo->addItem(QString(), QString());
    // The empty first entry, said rather than silent in the list.
    m_combo->setItemData(0, tr("(not chosen)"), Qt::AccessibleTextRole);
    for (const QString &code : Prefectures::codes()) {
        m_combo->addItem(Prefectures::displayName(code, japanese), code);
        // The other language's name and the JIS code, which typing also finds
        // (commitTypedText()).
        m_combo->setItemData(m_combo->count() - 1,
                             QString(Prefectures::displayName(code, !japanese) + u' ' + code),
                             Qt::ToolTipRole);
    }
    m_combo->lineEdit()->setPlaceholderText(
        tr("Type to search, e.g. %1")
            .arg(Prefectures::displayName(QStringLiteral("34"), japanese)));
    // The completer an editable combo box comes with, set to find a name
    // from any part of it ("島" finds 広島県 and 島根県).
    QCompleter *completer = m_combo->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->lineEdit()->installEventFilter(this);
    m_combo->installEventFilter(this);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateMessage();
        emit codeChanged(code());
        noteChange();
    });
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this,
            &PrefectureField::commitTypedText);
    connect(m_combo->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_everHeldText = true;
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                const int index = m_combo->findText(text);
                if (index >= 0)
                    m_combo->setCurrentIndex(index);
            });
    updateMessage();
}

QString PrefectureField::code() const
{
    // Only a chosen item counts: half-typed text is not a prefecture yet.
    if (m_combo->currentText() != m_combo->itemText(m_combo->currentIndex()))
        return {};
    return m_combo->currentData().toString();
}

void PrefectureField::setCode(const QString &code)
{
    const int index = m_combo->findData(code);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString PrefectureField::value() const
{
    const QString chosen = code();
    return chosen.isEmpty() ? m_combo->currentText().trimmed() : chosen;
}

void PrefectureField::setValue(const QString &value)
{
    if (value == this->value())
        return;
    if (Prefectures::isValidCode(value)) {
        setCode(value);
        return;
    }
    // Nothing, or typed before and naming no prefecture: back as it was typed.
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(0);
        m_combo->setEditText(value);
    }
    updateMessage();
    emit codeChanged(code());
    noteChange();
}

void PrefectureField::noteChange()
{
    const QString now = value();
    if (now == m_lastValue)
        return;
    m_lastValue = now;
    emit valueChanged(now);
}

QString PrefectureField::errorCode() const
{
    if (m_combo->currentText().trimmed().isEmpty())
        return QStringLiteral("required");
    // Something typed that names no prefecture (a city, a slip): not "required".
    if (code().isEmpty())
        return ErrorCode::InvalidPrefecture;
    return ApplicationRules::checkValue(FieldTable::spec(&Customer::prefecture), code());
}

void PrefectureField::reveal()
{
    m_revealed = true;
    updateMessage();
}

void PrefectureField::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    updateMessage();
}

QString PrefectureField::shownMessage() const
{
    return m_message->isVisible() ? m_message->message() : QString();
}

void PrefectureField::commitTypedText()
{
    const QString typed = m_combo->currentText().trimmed();
    if (typed.isEmpty()) {
        m_combo->setCurrentIndex(0);
        noteChange();
        return;
    }
    // An exact name, a JIS code, or the one prefecture whose name contains
    // what was typed ("広島", "hiro", "34").
    QString found = Prefectures::codeForName(typed);
    if (found.isEmpty() && Prefectures::isValidCode(typed.rightJustified(2, u'0')))
        found = typed.rightJustified(2, u'0');
    // Its reading too, as an input method leaves it unconverted (ひろしま,
    // ヒロシマ, ひろしまけん).
    const QString kana = QueueSearch::foldKana(typed);
    // A name that begins with what was typed comes first: "京都" is 京都府,
    // although 東京都 also contains it.
    // And romanised as people write it (Toukyou, Oosaka, Hyogo-ken).
    const QString latin = Prefectures::latinKey(typed);
    auto unique = [&typed, &kana, &latin](bool prefix) {
        QStringList matches;
        for (const QString &c : Prefectures::codes()) {
            const QString ja = Prefectures::name(c);
            const QString reading = Prefectures::reading(c);
            const bool hit =
                prefix ? ja.startsWith(typed) || reading.startsWith(kana) ||
                             kana.startsWith(reading) || Prefectures::latinNameMatches(c, latin)
                       : ja.contains(typed) || reading.contains(kana) ||
                             (!latin.isEmpty() &&
                              Prefectures::latinKey(Prefectures::englishName(c)).contains(latin));
            if (hit)
                matches.append(c);
        }
        return matches.size() == 1 ? matches.first() : QString();
    };
    if (found.isEmpty())
        found = unique(true);
    if (found.isEmpty())
        found = unique(false);
    if (!found.isEmpty())
        setCode(found);
    updateMessage();
    emit codeChanged(code());
    noteChange();
}

void PrefectureField::updateMessage()
{
    const QString error = m_revealed ? errorCode() : QString();
    const QString message =
        error.isEmpty() ? QString() : FieldTexts::message({QString(), error, {}});
    // As the other fields say it: required, and what is wrong (or worth a look).
    const QString said = m_message->sayFaultOrNotice(message, m_notice);
    FieldMessage::describe(m_combo, FieldTexts::required(said));
    FieldMessage::describe(
        m_combo->lineEdit(),
        FieldTexts::required(said.isEmpty() ? m_combo->lineEdit()->placeholderText() : said));
}

bool PrefectureField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason &&
            !m_combo->hasFocus()) {
            commitTypedText();
            // Passed through empty, never typed in: not missing yet (Enter
            // or Next on the page says so).
            if (m_everHeldText || !m_combo->currentText().isEmpty())
                reveal();
        }
    }
    return QWidget::eventFilter(watched, event);
}
