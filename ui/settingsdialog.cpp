#include "ui/settingsdialog.h"

#include "ui/fieldlabel.h"
#include "ui/fieldmessage.h"
#include "ui/fieldtexts.h"
#include "ui/pastesafeplaintextedit.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

SettingsDialog::SettingsDialog(const ConnectionSettings &current, bool keychainWorks,
                               QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(current.serviceUrl, this))
    , m_token(new QLineEdit(QString::fromLatin1(current.token), this))
    , m_caFile(new QLineEdit(QDir::toNativeSeparators(current.caFile), this))
    , m_pins(new PasteSafePlainTextEdit(current.pins.join(u'\n'), this))
    , m_urlMessage(new FieldMessage(this))
    , m_tokenMessage(new FieldMessage(this))
    , m_caMessage(new FieldMessage(this))
    , m_pinsMessage(new FieldMessage(this))
    , m_test(new QPushButton(tr("T&est connection"), this))
    , m_testResult(new QLabel(this))
{
    setWindowTitle(tr("Connection to the service"));
    setObjectName(QStringLiteral("settingsDialog"));
    for (Field f : {Field::ServiceUrl, Field::Token, Field::CaFile, Field::Pins})
        messageFor(f)->setField(editorFor(f));
    auto intro = new QLabel(tr("Applications are sent to the central service at this address. "
                               "Enter the address and the staff token your administrator gave "
                               "you."),
                            this);
    intro->setWordWrap(true);

    m_url->setObjectName(QStringLiteral("serviceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://moshikomi.example.co.jp"));
    m_url->setAccessibleName(tr("Service address"));
    // Shown as it will be used once the field is left: https:// in front.
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (const QString completed = ConnectionSettings::completedServiceUrl(m_url->text());
            completed != m_url->text().trimmed())
            m_url->setText(completed);
    });
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Staff token"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("(the system's certificates)"));
    m_pins->setObjectName(QStringLiteral("pins"));
    m_pins->setAccessibleName(tr("Public-key pins"));
    m_pins->setTabChangesFocus(true);
    m_pins->setPlaceholderText(QStringLiteral("sha256//AbCd…="));
    m_pins->setFixedHeight(m_pins->fontMetrics().lineSpacing() * 3 + 12);

    auto showToken = new QCheckBox(tr("S&how"), this);
    showToken->setAccessibleName(tr("Show the staff token"));
    connect(showToken, &QCheckBox::toggled, this, [this](bool on) {
        m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto tokenRow = new QWidget(this);
    auto tokenLayout = new QHBoxLayout(tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_token, 1);
    tokenLayout->addWidget(showToken);
    auto keychain = new QLabel(
        keychainWorks
            ? tr("The token is kept in this computer's keychain, never in a file.")
            : tr("No keychain is available on this computer: the token is kept only until the "
                 "app is closed and must be entered again at the next start."),
        this);
    keychain->setObjectName(QStringLiteral("keychainNote"));
    keychain->setWordWrap(true);
    // The field, its message, then where the token is kept.
    QWidget *tokenBox = FieldMessage::beneath(tokenRow, m_tokenMessage, this);
    tokenBox->layout()->addWidget(keychain);

    auto browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    auto caRow = new QWidget(this);
    auto caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);

    auto form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(new FieldLabel(tr("Service &address"), true, m_url, this),
                 FieldMessage::beneath(m_url, m_urlMessage, this));
    form->addRow(new FieldLabel(tr("Staff &token"), true, m_token, this), tokenBox);
    form->addRow(new FieldLabel(tr("&CA certificate file"), false, m_caFile, this),
                 FieldMessage::beneath(caRow, m_caMessage, this));
    auto pinsHelp = new QLabel(tr("Only with a private certificate authority: one pin per line, "
                                  "as curl's --pinnedpubkey writes them. Leave empty otherwise."),
                               this);
    pinsHelp->setWordWrap(true);
    m_pinsHelp = pinsHelp->text();
    m_pins->setAccessibleDescription(m_pinsHelp);
    // As in the wizard, a screen reader hears on the field that it is required.
    m_url->setAccessibleDescription(FieldTexts::required());
    m_token->setAccessibleDescription(FieldTexts::required());
    auto pinsBox = FieldMessage::beneath(m_pins, m_pinsMessage, this);
    static_cast<QVBoxLayout *>(pinsBox->layout())->addWidget(pinsHelp);
    form->addRow(new FieldLabel(tr("Public-key &pins"), false, m_pins, this), pinsBox);

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_testResult->setAccessibleName(tr("Connection test result"));
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (!checkValues())
            return;
        m_testResult->setText(tr("Testing the connection…"));
        m_test->setEnabled(false);
        emit testRequested(values());
    });
    auto testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (checkValues())
            emit saveRequested(values());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(680, sizeHint().height());
}

ConnectionSettings SettingsDialog::values() const
{
    ConnectionSettings s;
    s.serviceUrl = ConnectionSettings::completedServiceUrl(m_url->text());
    // A token pasted from a mail often brings a space or a line break along.
    s.token = ConnectionSettings::tokenAsGiven(m_token->text()).toLatin1();
    s.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    s.pins = ConnectionSettings::pinsFromText(m_pins->toPlainText());
    return s;
}

bool SettingsDialog::checkValues()
{
    const ConnectionSettings s = values();
    showFieldError(Field::ServiceUrl, faultText(ConnectionSettings::checkServiceUrl(s.serviceUrl)));
    showFieldError(Field::Token, faultText(ConnectionSettings::checkToken(
                                     ConnectionSettings::tokenAsGiven(m_token->text()))));
    const int badPin = ConnectionSettings::invalidPin(s.pins);
    showFieldError(Field::Pins, badPin < 0 ? QString()
                                           : tr("Line %1 is not a pin: write sha256// and the "
                                                "key's SHA-256 in base64 (44 characters).")
                                                 .arg(badPin + 1));
    showFieldError(Field::CaFile, QString());
    for (Field f : {Field::ServiceUrl, Field::Token, Field::CaFile, Field::Pins}) {
        if (!messageFor(f)->message().isEmpty()) {
            editorFor(f)->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

void SettingsDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA certificate file"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

FieldMessage *SettingsDialog::messageFor(Field field) const
{
    switch (field) {
    case Field::ServiceUrl:
        return m_urlMessage;
    case Field::Token:
        return m_tokenMessage;
    case Field::CaFile:
        return m_caMessage;
    case Field::Pins:
        break;
    }
    return m_pinsMessage;
}

QWidget *SettingsDialog::editorFor(Field field) const
{
    switch (field) {
    case Field::ServiceUrl:
        return m_url;
    case Field::Token:
        return m_token;
    case Field::CaFile:
        return m_caFile;
    case Field::Pins:
        break;
    }
    return m_pins;
}

void SettingsDialog::showFieldError(Field field, const QString &message)
{
    messageFor(field)->setMessage(message);
    // What is wrong goes where a screen reader is: on the field.
    const bool required = field == Field::ServiceUrl || field == Field::Token;
    QString description = message;
    if (required)
        description = FieldTexts::required(message);
    else if (field == Field::Pins && message.isEmpty())
        description = m_pinsHelp;
    editorFor(field)->setAccessibleDescription(description);
    if (!message.isEmpty() && !messageFor(field)->isAncestorOf(focusWidget()))
        editorFor(field)->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::showTestResult(ConnectionOutcome outcome, const QString &detail)
{
    m_test->setEnabled(true);
    QString text = ConnectionOutcomes::text(outcome);
    if (outcome != ConnectionOutcome::Ok && !detail.isEmpty())
        text += u'\n' + tr("(%1)").arg(detail);
    // Said where the person can act on it, and beside the button only which
    // field that is: the same sentence twice in one window read as two faults.
    std::optional<Field> at;
    if (outcome == ConnectionOutcome::TokenRefused || outcome == ConnectionOutcome::Forbidden ||
        outcome == ConnectionOutcome::TooManyAttempts)
        at = Field::Token;
    else if (outcome == ConnectionOutcome::PinMismatch)
        at = Field::Pins;
    else if (outcome == ConnectionOutcome::CaFileUnreadable)
        at = Field::CaFile;
    m_testResult->setText(at ? tr("Not connected: the message at “%1” says why.")
                                   .arg(editorFor(*at)->accessibleName())
                             : text);
    if (QAccessible::isActive()) {
        QAccessibleEvent alert(m_testResult, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    if (at)
        showFieldError(*at, at == Field::Token ? text : ConnectionOutcomes::text(outcome));
}

QString SettingsDialog::testResultText() const
{
    return m_testResult->text();
}

QString SettingsDialog::faultText(ConnectionSettings::Fault fault)
{
    using F = ConnectionSettings::Fault;
    switch (fault) {
    case F::None:
        return {};
    case F::UrlMissing:
        return tr("Enter the service's address.");
    case F::UrlInvalid:
        return tr("Enter an address such as https://moshikomi.example.co.jp.");
    case F::UrlNotHttps:
        return tr("The address must start with https:// (http:// only for a service on this "
                  "computer): the token must not travel unencrypted.");
    case F::TokenMissing:
        return tr("Enter the staff token your administrator gave you.");
    case F::TokenInvalid:
        return tr("A staff token has only letters, digits and punctuation, without spaces: "
                  "check that it was copied whole.");
    }
    return {};
}
