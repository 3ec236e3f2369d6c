#include "ui/donepage_p.h"

#include "ui/applicationwizard.h"
#include "ui/deadlinetext.h"
#include "ui/fieldmessage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

DonePage::DonePage(QWidget *parent)
    : StepPage(DonePageId, parent)
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_new(new QPushButton(tr("&New application"), this))
    , m_copy(new QPushButton(tr("Co&py application number"), this))
    , m_settings(new QPushButton(tr("Conn&ect to the service…"), this))
    , m_correct(new QPushButton(tr("Co&rrect…"), this))
{
    setTitle(tr("Confirmation mail"));
    // With a subtitle like every other step's: the same header, so the step
    // strip stays where it was on the review page.
    setSubTitle(tr("Where the application stands, and what happens next."));
    setFinalPage(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("doneText"));
    m_new->setObjectName(QStringLiteral("newApplication"));
    m_new->setToolTip(tr("Start a fresh application (Ctrl+N)"));
    // Ctrl+N beside the label's own Alt+N: QAbstractButton::setShortcut would
    // take the place of the underlined letter the button shows.
    auto ctrlN = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(ctrlN, &QShortcut::activated, m_new, [this] {
        if (m_new->isVisible())
            m_new->animateClick();
    });
    // For the staff member's own notes or a mail to a colleague, without
    // selecting it in the text.
    m_copy->setObjectName(QStringLiteral("copyNumber"));
    m_copy->setToolTip(tr("Copy the application number to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &DonePage::copyNumber);
    body()->addWidget(m_text);
    // A send that answers at once is never said: "sending" would flash for
    // a few milliseconds between "saved" and "sent".
    m_sendingTakesLong.setSingleShot(true);
    m_sendingTakesLong.setInterval(700);
    connect(&m_sendingTakesLong, &QTimer::timeout, this, [this] {
        m_sendingShown = true;
        m_busy->show();
        updateText();
    });
    m_busy->setObjectName(QStringLiteral("sendingProgress"));
    m_busy->setRange(0, 0); // how long the service takes is not known
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(320);
    m_busy->setAccessibleName(tr("Sending the application"));
    m_busy->hide();
    body()->addWidget(m_busy);
    m_settings->setObjectName(QStringLiteral("connectionSettings"));
    m_settings->hide();
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_settings);
    // The customer corrects something just after the submit, the network
    // not there: taken back before it goes.
    m_correct->setObjectName(QStringLiteral("correct"));
    m_correct->setToolTip(tr("Take the application back from the queue and correct it"));
    m_correct->hide();
    buttons->addWidget(m_correct);
    buttons->addStretch();
    body()->addLayout(buttons);
    body()->addStretch();
    connect(m_new, &QPushButton::clicked, this, &DonePage::newApplicationRequested);
    connect(m_settings, &QPushButton::clicked, this, &DonePage::settingsRequested);
    connect(m_correct, &QPushButton::clicked, this, &DonePage::correctionRequested);
}

void DonePage::initializePage()
{
    StepPage::initializePage();
    m_sent = false;
    // Not what it says of the sending: the application was handed to the
    // sync engine as it was submitted, before this page was shown.
    updateText();
    m_new->setFocus(Qt::OtherFocusReason);
}

void DonePage::cleanupPage()
{
    StepPage::cleanupPage();
    setSending(false, QString());
    setCorrectable(false);
    setRejected(false);
}

void DonePage::copyNumber()
{
    QGuiApplication::clipboard()->setText(wizard()->applicationId().toString(QUuid::WithoutBraces));
    // Said on the button itself, where the eyes (and a screen reader) are.
    m_copy->setText(tr("Application number co&pied"));
    QTimer::singleShot(2500, m_copy, [this] { m_copy->setText(tr("Co&py application number")); });
}

void DonePage::setSent(bool sent, const QDateTime &deadline)
{
    m_sent = sent;
    m_deadline = deadline;
    if (sent) {
        setSending(false, QString());
        setCorrectable(false);
    } else
        updateText();
}

void DonePage::setSending(bool sending, const QString &lastFailure)
{
    m_lastFailure = lastFailure;
    if (!sending || m_sent) {
        m_sendingTakesLong.stop();
        m_sendingShown = false;
        m_busy->hide();
    } else if (!m_sendingShown && !m_sendingTakesLong.isActive()) {
        m_sendingTakesLong.start();
    }
    updateText();
}

void DonePage::setCorrectable(bool correctable)
{
    m_correct->setVisible(correctable && !m_sent);
}

void DonePage::setRejected(bool rejected, const QString &why)
{
    if (rejected == m_rejected && why == m_rejectedWhy)
        return;
    m_rejected = rejected;
    m_rejectedWhy = why;
    setCorrectable(rejected);
    // Not on its way any more: no "being sent", no bar, no last attempt.
    setSending(false, QString());
}

void DonePage::setServiceConfigured(bool configured)
{
    m_configured = configured;
    updateText();
}

void DonePage::setTokenRefused(bool refused)
{
    if (refused == m_tokenRefused)
        return;
    m_tokenRefused = refused;
    updateText();
}

void DonePage::updateText()
{
    // The way to the settings, where they are what stops the application.
    m_settings->setVisible(!m_configured || m_tokenRefused);
    const QString email =
        field(ApplicationWizard::customerFieldName(FieldTable::spec(&Customer::email)))
            .toString()
            .toHtmlEscaped();
    const QString id = wizard()->applicationId().toString(QUuid::WithoutBraces).toHtmlEscaped();
    // The deadline as the service set it once it answered; before, the
    // spec's 24 hours.
    const QString deadline =
        m_sent && m_deadline.isValid()
            ? tr("The customer can confirm it until %1.").arg(DeadlineText::format(m_deadline))
            : tr("The customer has 24 hours to confirm it.");
    QString text =
        m_rejected && !m_sent
            ? tr("<p><b>The service did not accept the application.</b></p>"
                 "<p>%1</p>"
                 "<p>Nothing was sent to the customer. Press Correct to change it where the "
                 "service says, and submit it again; nothing entered is lost.</p>")
                  .arg(m_rejectedWhy.toHtmlEscaped())
        : m_sent ? tr("<p><b>The application has been sent.</b></p>"
                      "<p>The service has mailed the confirmation request to <b>%1</b>. %2</p>")
                       .arg(email, deadline)
        : !m_configured
            ? tr("<p><b>The application is saved and waiting to be sent.</b></p>"
                 "<p>This computer is not connected to the service yet: set up the connection, "
                 "and it is sent at once; the service then mails the confirmation request to "
                 "<b>%1</b>. %2</p>")
                  .arg(email, deadline)
        : m_tokenRefused
            ? tr("<p><b>The application is saved and waiting to be sent.</b></p>"
                 "<p>The service refused the staff token: enter a valid one in the connection "
                 "settings, and it is sent at once; the service then mails the confirmation "
                 "request to <b>%1</b>. %2</p>")
                  .arg(email, deadline)
        : m_sendingShown
            ? tr("<p><b>The application is being sent…</b></p>"
                 "<p>It is saved on this computer. The service is taking a while to answer; "
                 "once it has the application, it mails the confirmation request to <b>%1</b>. "
                 "%2</p>")
                  .arg(email, deadline)
            : tr("<p><b>The application is saved and waiting to be sent.</b></p>"
                 "<p>It is sent to the service automatically as soon as the network allows; "
                 "the service then mails the confirmation request to <b>%1</b>. %2</p>"
                 "<p>If Moshikomi is closed before then, it is sent at its next start.</p>")
                  .arg(email, deadline);
    // Why the last attempt failed, in the words the list shows: staff can
    // tell the customer whether it is the network or the service.
    if (!m_sent && !m_rejected && !m_lastFailure.isEmpty() && m_configured && !m_tokenRefused)
        text += tr("<p>Last attempt: %1</p>").arg(m_lastFailure.toHtmlEscaped());
    m_text->setText(text + tr("<p>Application number: <code>%1</code></p>").arg(id));
    // Paragraphs parted and &amp; read as & (tags merely removed ran the
    // sentences together: "sent.The service").
    const QString plain =
        QTextDocumentFragment::fromHtml(m_text->text()).toPlainText().simplified();
    m_text->setAccessibleName(plain);
    // The page opens with the focus on New application: a screen reader
    // says the button, then this, and says it again when it changes (sent,
    // refused) while the button still has the focus.
    FieldMessage::describe(m_new, plain + u' ' + m_new->toolTip());
}
