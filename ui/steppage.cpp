#include "ui/steppage_p.h"

#include "ui/applicationwizard.h"
#include "ui/prefecturefield.h"
#include "ui/stepheader.h"
#include "ui/validatedfield.h"

#include <QAbstractScrollArea>
#include <QAccessibleWidget>
#include <QMetaProperty>
#include <QVBoxLayout>
#include <QWizard>

namespace {

// A page is told as a group, not as Qt's plain "filler" a screen reader
// passes over: Orca says the groups the focus has entered, so Next says
// "Step 2 of 6: UTM destinations" before the field it lands on.
QAccessibleInterface *createForStepPage(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("StepPage"))
        if (auto page = qobject_cast<StepPage *>(object))
            return new QAccessibleWidget(page, QAccessible::Grouping);
    return nullptr;
}

} // namespace

StepPage::StepPage(WizardPageId step, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_layout(new QVBoxLayout(this))
    , m_body(new QVBoxLayout)
{
    m_layout->addLayout(m_body, 1);
    static const bool toldAsGroup = [] {
        QAccessible::installFactory(createForStepPage);
        return true;
    }();
    Q_UNUSED(toldAsGroup);
    setAccessibleName(tr("Step %1 of %2: %3")
                          .arg(int(step) + 1)
                          .arg(StepHeader::StepCount)
                          .arg(StepHeader::stepName(step)));
}

void StepPage::changed()
{
    emit contentChanged();
    // QWizard answers every completeChanged() by setting up its buttons
    // again, and hides and shows its whole content to do so: with a screen
    // reader running, every key typed sent it a hundred "hidden" and "shown"
    // events. Only a change of whether the page is complete concerns it.
    const bool complete = isComplete();
    if (m_saidComplete != complete) {
        m_saidComplete = complete;
        emit completeChanged();
    }
}

ApplicationWizard *StepPage::wizard() const
{
    return static_cast<ApplicationWizard *>(QWizardPage::wizard());
}

void StepPage::registerUserField(const QString &name, QWidget *widget)
{
    const QMetaProperty user = widget->metaObject()->userProperty();
    Q_ASSERT(user.isValid() && user.hasNotifySignal());
    // SIGNAL() spells a signal as "2" followed by its signature.
    const QByteArray signal = '2' + user.notifySignal().methodSignature();
    registerField(name, widget, user.name(), signal.constData());
}

Customer StepPage::customerFromFields() const
{
    Customer c;
    for (const RecordField<Customer> &f : FieldTable::customer())
        c.*f.text = field(ApplicationWizard::customerFieldName(f.spec)).toString();
    return c;
}

QWidget *StepPage::firstFaultyInput() const
{
    // findChildren() walks depth first in creation order, which is the order
    // of the fields on every page.
    for (QWidget *w : findChildren<QWidget *>()) {
        if (!w->isVisibleTo(this))
            continue;
        const auto field = qobject_cast<ValidatedField *>(w);
        const auto prefecture = qobject_cast<PrefectureField *>(w);
        if ((field && !field->isAcceptable()) || (prefecture && !prefecture->isAcceptable()))
            return w;
    }
    return nullptr;
}

bool StepPage::focusFirstFault()
{
    QWidget *first = firstFaultyInput();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first;
}

void StepPage::focusOnArrival()
{
    if (focusFirstFault())
        return;
    // The first field Tab would reach, not the first widget made: a row's
    // Remove button may be made before its fields.
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
            w->isVisibleTo(this) && w->isEnabled() && !qobject_cast<QAbstractScrollArea *>(w)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void StepPage::initializePage()
{
    // Made on the first visit: the wizard measures every page before it shows
    // the first one, and six headers of six labels would slow the start.
    if (!m_header) {
        m_header = new StepHeader(this);
        m_header->setCurrent(m_step);
        m_layout->insertWidget(0, m_header);
    }
    showWhetherStep3IsSkipped();
    // The wizard sets up its buttons for the page it shows: the next change
    // is told only if it makes the page complete or incomplete.
    m_saidComplete = isComplete();
}

void StepPage::showWhetherStep3IsSkipped()
{
    // The wizard says whether step 3 has fields in this environment.
    if (m_header && wizard())
        m_header->setSkipped(AdditionalInfoPageId, !wizard()->hasAdditionalInfo());
}
