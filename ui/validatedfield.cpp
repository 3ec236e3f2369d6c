#include "ui/validatedfield.h"

#include "client/fieldvalidator.h"
#include "core/applicationrules.h"
#include "ui/fieldmessage.h"
#include "ui/fieldtexts.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFocusEvent>
#include <QLineEdit>
#include <QPalette>
#include <QVBoxLayout>

ValidatedField::ValidatedField(const FieldSpec &spec, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_edit(new QLineEdit(this))
    , m_message(new FieldMessage(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    m_message->setField(m_edit);
    setFocusProxy(m_edit);
    m_edit->setObjectName(QLatin1StringView(spec.name));
    m_edit->setValidator(new FieldValidator(spec, m_edit));
    m_edit->setAccessibleName(label);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (QApplication::activeWindow() == window())
            emit editingFinished();
    });
    switch (spec.kind) {
    case FieldKind::PostalCode:
        m_edit->setPlaceholderText(QStringLiteral("733-0001"));
        m_edit->setInputMethodHints(Qt::ImhPreferNumbers);
        break;
    case FieldKind::Phone:
        m_edit->setPlaceholderText(QStringLiteral("0821234567"));
        m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        break;
    case FieldKind::Mobile:
        m_edit->setPlaceholderText(QStringLiteral("09012345678"));
        m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        break;
    case FieldKind::Email:
    case FieldKind::EmailConfirmation:
        m_edit->setPlaceholderText(QStringLiteral("name@example.co.jp"));
        m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        break;
    default:
        break;
    }
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_everHeldText = true;
        m_previousLength = m_currentLength;
        m_currentLength = text.size();
        m_serviceMessage.clear(); // about the value it was sent with, not this one
        m_saidRevealed = false;
        m_refusedKey.clear();
        updateMessage();
        emit valueChanged(value());
    });
    // A paste (several characters at once, by the person) that is not right
    // is explained at once, not when the field is left: they are looking at it.
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const qsizetype before =
            m_currentLength == text.size() ? m_previousLength : m_currentLength;
        if (text.size() > before + 1 && !isAcceptable()) {
            m_revealed = true;
            updateMessage();
        }
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &ValidatedField::revealOnLeaving);
    // A key the validator refuses is otherwise lost without a sign: a fast
    // typist who goes on with the address in the postal code's field would
    // see nothing of it.
    connect(m_edit, &QLineEdit::inputRejected, this, &ValidatedField::sayRefusedKey);
}

ValidatedField::~ValidatedField()
{
    // A field destroyed while it has the focus (the window closed from a
    // script, a row removed) loses it in ~QWidget, when this part of it is
    // gone: the line edit's "editing finished" must not reach it then.
    m_edit->disconnect(this);
}

QString ValidatedField::value() const
{
    QString v = m_edit->text();
    m_edit->validator()->fixup(v);
    return v;
}

void ValidatedField::setHelp(const QString &help)
{
    m_help = help;
    m_edit->setToolTip(help);
    updateMessage();
}

void ValidatedField::setValue(const QString &value)
{
    if (value == m_edit->text())
        return;
    m_edit->setText(value);
}

QString ValidatedField::errorCode() const
{
    return error().code;
}

FieldError ValidatedField::error() const
{
    const QString v = value();
    FieldError e = ApplicationRules::checkField(m_spec, v);
    if (!e.isError() && m_extra)
        e.code = m_extra(v);
    return e;
}

void ValidatedField::sayRefusedKey()
{
    const QString why = FieldTexts::refusedKey(m_spec);
    if (why.isEmpty())
        return;
    QApplication::beep();
    m_refusedKey = why;
    updateMessage();
}

void ValidatedField::reveal()
{
    m_revealed = true;
    m_refusedKey.clear();
    // Leaving the field puts the value in its canonical form (733-0001).
    const QString canonical = value();
    if (canonical != m_edit->text() && isAcceptable())
        m_edit->setText(canonical);
    updateMessage();
    // Once per value: leaving a field both finishes its editing and takes
    // its focus, and Enter reveals it again; a listener (the question under
    // an address, a search of the queue) acts once for what was typed.
    if (!m_saidRevealed) {
        m_saidRevealed = true;
        emit revealed();
    }
}

void ValidatedField::revealOnLeaving()
{
    // Passed through empty, never typed in (Tab on to the postal code the
    // customer starts with): nothing is wrong with it yet. Enter or Next on
    // the page says what is still missing.
    if (!m_everHeldText)
        return;
    reveal();
}

void ValidatedField::recheck()
{
    updateMessage();
}

QString ValidatedField::shownMessage() const
{
    return m_message->isVisible() ? m_message->message() : QString();
}

void ValidatedField::setServiceMessage(const QString &message)
{
    m_serviceMessage = message;
    updateMessage();
}

void ValidatedField::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    updateMessage();
}

void ValidatedField::updateMessage()
{
    const FieldError e = m_revealed ? error() : FieldError();
    const QString message = !m_serviceMessage.isEmpty() ? m_serviceMessage
                            : e.isError()               ? FieldTexts::message(e)
                                                        : QString();
    // A screen reader is on the field, not on its label: "required" goes
    // with what the field wants or what is wrong with it (or worth a look).
    // A refused key is said first: it is what just happened under the
    // fingers; the value's own fault comes back with the next change.
    const QString said = m_refusedKey.isEmpty()
                             ? m_message->sayFaultOrNotice(message, m_notice)
                             : m_message->sayFaultOrNotice(QString(), m_refusedKey);
    const QString detail = said.isEmpty() ? m_help : said;
    FieldMessage::describe(m_edit, m_spec.required ? FieldTexts::required(detail) : detail);
}

bool ValidatedField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn && m_continueAtEnd) {
        m_continueAtEnd = false;
        // QLineEdit selects everything when tabbed into; give it a focus
        // event that does not, and put the cursor at the end.
        QFocusEvent focusIn(QEvent::FocusIn, Qt::OtherFocusReason);
        QCoreApplication::sendEvent(m_edit, &focusIn);
        m_edit->end(false);
        return true;
    }
    // Leaving the field shows its message; a popup or another window taking
    // the focus for a moment does not count as leaving.
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            revealOnLeaving();
    }
    return QWidget::eventFilter(watched, event);
}
