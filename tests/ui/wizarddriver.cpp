#include "wizarddriver.h"

#include "core/additionalinfoschema.h"
#include "queuefixtures.h"
#include "ui/destinationseditor.h"
#include "ui/destinationspage_p.h"
#include "ui/loginuserspage_p.h"
#include "ui/validatedfield.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

WizardDriver::WizardDriver(const QByteArray &schemaJson, const QString &dir)
{
    if (dir.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dir = m_tmp->path();
    } else {
        m_dir = dir;
    }
    m_queue = std::make_unique<LocalQueue>();
    if (!m_queue->open(m_dir, QueueFixtures::options()))
        qFatal("cannot open the queue: %s", qPrintable(m_queue->lastError().detail));
    const AdditionalInfoSchema schema =
        schemaJson.isEmpty() ? AdditionalInfoSchema() : AdditionalInfoSchema::fromJson(schemaJson);
    m_wizard = std::make_unique<ApplicationWizard>(m_queue.get(), schema);
    m_view = m_wizard.get();
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    if (!QTest::qWaitForWindowActive(m_wizard.get()))
        qWarning("wizard window not active");
}

WizardDriver::WizardDriver(ApplicationWizard *existing)
    : m_view(existing)
{}

namespace {
// The context of the timers that wait for a dialog to answer: a test that
// asked for an answer to a question that never came must not leave it to
// answer the next test's question (nor write into its finished stack).
std::unique_ptr<QObject> &answerers()
{
    static std::unique_ptr<QObject> context = std::make_unique<QObject>();
    return context;
}
} // namespace

WizardDriver::~WizardDriver()
{
    if (m_wizard)
        answerers() = std::make_unique<QObject>();
    m_wizard.reset();
    m_queue.reset();
}

QLineEdit *WizardDriver::edit(const QString &objectName, int row) const
{
    QWidget *scope = m_view->currentPage();
    if (row >= 0) {
        const QString rowName = m_view->currentId() == 1
                                    ? QStringLiteral("destination%1").arg(row + 1)
                                    : QStringLiteral("user%1").arg(row + 1);
        scope = scope->findChild<QWidget *>(rowName);
        if (!scope)
            return nullptr;
    }
    const QList<QLineEdit *> edits = scope->findChildren<QLineEdit *>(objectName);
    for (QLineEdit *e : edits) {
        if (e->isVisibleTo(m_view))
            return e;
    }
    return edits.value(0);
}

void WizardDriver::keys(QWidget *widget, const QString &text)
{
    // ASCII as key presses; anything else as an input method commits it
    // (which is how Japanese and full-width characters arrive from an IME).
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].unicode() < 0x80) {
            QTest::keyClick(widget, text[i].toLatin1());
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text[j].unicode() >= 0x80)
            ++j;
        QInputMethodEvent commit;
        commit.setCommitString(text.mid(i, j - i));
        QApplication::sendEvent(widget, &commit);
        i = j;
    }
}

void WizardDriver::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    QWidget *target = widget;
    if (auto combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        target = combo->lineEdit();
    if (auto line = qobject_cast<QLineEdit *>(target))
        line->selectAll();
    QTest::keyClick(target, Qt::Key_Backspace);
    keys(target, text);
}

void WizardDriver::type(const QString &objectName, const QString &text, int row)
{
    QLineEdit *e = edit(objectName, row);
    if (!e)
        qFatal("no field %s", qPrintable(objectName));
    typeInto(e, text);
}

void WizardDriver::tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

bool WizardDriver::nextEnabled() const
{
    QAbstractButton *next =
        m_view->button(m_view->currentId() == 4 ? QWizard::CommitButton : QWizard::NextButton);
    return next->isEnabled() && next->isVisible();
}

bool WizardDriver::next()
{
    const int before = m_view->currentId();
    QAbstractButton *next =
        m_view->button(before == 4 ? QWizard::CommitButton : QWizard::NextButton);
    if (next->isEnabled())
        QTest::mouseClick(next, Qt::LeftButton);
    return m_view->currentId() != before;
}

std::unique_ptr<ApplicationWizard>
WizardDriver::reopenedFromDraft(const ApplicationWizard::ViewState &view)
{
    if (!m_view->saveDraft())
        return nullptr;
    const std::optional<LocalQueue::Entry> e = m_queue->entry(m_view->application().id);
    if (!e)
        return nullptr;
    auto again = std::make_unique<ApplicationWizard>(m_queue.get(), m_view->schema());
    again->load(e->application, e->step);
    m_view->hide();
    again->show();
    again->activateWindow();
    if (!QTest::qWaitForWindowActive(again.get()))
        return nullptr;
    again->restoreViewState(view);
    return again;
}

void WizardDriver::fillValidCustomer()
{
    type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社見守り商事"));
    type(QStringLiteral("customer.lastName"), QStringLiteral("山田"));
    type(QStringLiteral("customer.firstName"), QStringLiteral("太郎"));
    type(QStringLiteral("customer.department"), QStringLiteral("情報システム部"));
    type(QStringLiteral("customer.title"), QStringLiteral("部長"));
    type(QStringLiteral("customer.email"), QStringLiteral("taro.yamada@example.co.jp"));
    type(QStringLiteral("customer.emailConfirm"), QStringLiteral("taro.yamada@example.co.jp"));
    type(QStringLiteral("customer.postalCode"), QStringLiteral("733-0001"));
    type(QStringLiteral("customer.address"), QStringLiteral("広島市西区大芝1-2-3"));
    type(QStringLiteral("customer.phone"), QStringLiteral("0821234567"));
}

bool WizardDriver::reach(int step)
{
    fillValidCustomer();
    while (m_view->currentId() < step) {
        if (!next())
            return false;
    }
    return m_view->currentId() == step;
}

bool WizardDriver::submit()
{
    answerNextDialog(QMessageBox::Ok);
    return next() && m_view->currentId() == DonePageId;
}

void WizardDriver::answerNextDialog(int button, QString *text)
{
    answerDialog(button, text, 100);
}

void WizardDriver::answerWhenAsked(const QString &button, QString *question, int attempts)
{
    auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box) {
        if (attempts > 0)
            QTimer::singleShot(20, answerers().get(),
                               [=] { answerWhenAsked(button, question, attempts - 1); });
        return;
    }
    *question = box->text();
    if (button.isEmpty()) {
        QTest::keyClick(box, Qt::Key_Return);
        return;
    }
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().remove(u'&').contains(button))
            b->click();
    }
}

void WizardDriver::answerDialog(int button, QString *text, int attempts)
{
    QTimer::singleShot(attempts == 100 ? 0 : 20, answerers().get(), [button, text, attempts] {
        auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                answerDialog(button, text, attempts - 1);
            return;
        }
        if (text)
            *text = box->text();
        box->button(QMessageBox::StandardButton(button))->click();
    });
}

std::pair<QList<QWidget *>, QList<QWidget *>> WizardDriver::walkTab(const QList<QWidget *> &chain)
{
    QList<QWidget *> forward;
    chain.first()->setFocus(Qt::TabFocusReason);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        forward << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QList<QWidget *> backward;
    chain.last()->setFocus(Qt::TabFocusReason);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        backward << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    }
    std::reverse(backward.begin(), backward.end());
    return {forward, backward};
}

QString WizardDriver::messageFor(const QString &objectName, int row) const
{
    QLineEdit *e = edit(objectName, row);
    if (!e)
        return QStringLiteral("<no field>");
    auto field = qobject_cast<ValidatedField *>(e->parentWidget());
    return field ? field->shownMessage() : QStringLiteral("<not a validated field>");
}

QComboBox *prefectureBox(ApplicationWizard *w, int row)
{
    QWidget *scope = w->currentPage();
    if (row >= 0)
        scope = scope->findChild<QWidget *>(QStringLiteral("destination%1").arg(row + 1));
    return scope->findChild<QComboBox *>(row >= 0 ? QStringLiteral("prefecture")
                                                  : QStringLiteral("customer.prefecture"));
}
DestinationsEditor *destinations(ApplicationWizard *w)
{
    return static_cast<DestinationsPage *>(w->page(DestinationsPageId))->editor();
}
LoginUsersEditor *users(ApplicationWizard *w)
{
    return static_cast<LoginUsersPage *>(w->page(LoginUsersPageId))->editor();
}
