#include "ui/applicationwizard.h"

#include "client/datetimetext.h"
#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "core/applicationrules.h"
#include "core/normalizer.h"
#include "ui/accessiblecombobox.h"
#include "ui/accessiblelineedit.h"
#include "ui/additionalinfoeditor.h"
#include "ui/additionalinfopage_p.h"
#include "ui/companynametidy.h"
#include "ui/correctionquestion.h"
#include "ui/customerpage_p.h"
#include "ui/destinationspage_p.h"
#include "ui/donepage_p.h"
#include "ui/enterpassthrough.h"
#include "ui/fieldtexts.h"
#include "ui/focusannouncement.h"
#include "ui/keyboardhelp.h"
#include "ui/loginuserspage_p.h"
#include "ui/namesplitter.h"
#include "ui/prefecturefield.h"
#include "ui/queueerrortext.h"
#include "ui/reviewpage_p.h"
#include "ui/screenfit.h"
#include "ui/stepheader.h"
#include "ui/strayinput.h"
#include "ui/typingpause.h"
#include "ui/validatedfield.h"
#include "ui/wizardpageid.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>

#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcWizard, "moshikomi.wizard")

namespace {

// A path of the wire form in its parts: "destinations[1].units" →
// {destinations, 1, units}; "customer.email" → {customer, -1, email};
// "formVersion" → {formVersion, -1, ""}.
struct WirePath
{
    QString group;
    int index = -1;
    QString name;
};

std::optional<WirePath> splitPath(const QString &path)
{
    static const QRegularExpression parts(
        QStringLiteral("^(\\w+)(?:\\[(\\d+)\\])?(?:\\.(\\w+))?$"));
    const QRegularExpressionMatch m = parts.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    return WirePath{m.captured(1), m.captured(2).isEmpty() ? -1 : m.captured(2).toInt(),
                    m.captured(3)};
}

} // namespace

ApplicationWizard::ApplicationWizard(LocalQueue *queue, const AdditionalInfoSchema &schema,
                                     QWidget *parent)
    : QWizard(parent)
    , m_queue(queue)
    , m_schema(schema)
{
    // Before any field is made: each is adjusted as Qt first polishes it.
    StrayInput::guardApplication();
    AccessibleComboBox::install();
    AccessibleLineEdit::install();
    FocusAnnouncement::install();
    // Watching from the first key: what is said by itself waits for a pause.
    TypingPause::instance();
    const Application fresh = Application::create();
    m_id = fresh.id;
    m_createdAt = fresh.createdAt;
    setWindowTitle(tr("Moshikomi — new application"));
    setObjectName(QStringLiteral("applicationWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setUpButtons();
    addPages();
    setUpShortcuts();
    setUpArrivalFocus();
    setUpReturnToReview();
    setUpDraftSaving();
    connect(m_queue, &LocalQueue::entryChanged, this, &ApplicationWizard::followSending);
    // Deleted in the list while typed here: the next keystroke would have
    // saved it again, and the draft staff had just deleted was back.
    connect(m_queue, &LocalQueue::entryRemoved, this, [this](const QUuid &id) {
        if (id != m_id || m_submitted)
            return;
        m_dirty = false;
        m_draftTimer.stop();
        emit openDraftDiscarded();
    });
    updateListButton();
    // Counted once however many entries a sync marks in one go.
    m_listButtonUpdate.setSingleShot(true);
    m_listButtonUpdate.setInterval(0);
    connect(&m_listButtonUpdate, &QTimer::timeout, this, &ApplicationWizard::updateListButton);
    for (auto signal :
         {&LocalQueue::entryAdded, &LocalQueue::entryChanged, &LocalQueue::entryRemoved})
        connect(m_queue, signal, &m_listButtonUpdate, qOverload<>(&QTimer::start));
    ScreenFit::resize(this, QSize(1100, 760));
}

void ApplicationWizard::updateListButton()
{
    // The first page is shown before the queue opens (its key comes from the
    // keychain); the app asks again once it is open.
    if (!m_queue->isOpen())
        return;
    const int refused = m_queue->count(LocalQueue::State::Rejected);
    if (refused == m_refusedShown)
        return;
    m_refusedShown = refused;
    QAbstractButton *list = button(QWizard::CustomButton1);
    setButtonText(QWizard::CustomButton1,
                  refused == 0 ? tr("Applications &list")
                               : tr("Applications &list (%n to correct)", "", refused));
    list->setToolTip(refused == 0
                         ? tr("Every application saved on this computer (Alt+L)")
                         : tr("Every application saved on this computer (Alt+L); the service "
                              "refused %n of them, which wait for a correction",
                              "", refused));
    list->setAccessibleDescription(list->toolTip());
}

void ApplicationWizard::setUpButtons()
{
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CustomButton1, tr("Applications &list"));
    setButtonText(QWizard::CustomButton2,
                  UiLanguage::isJapanese() ? QStringLiteral("English") : QStringLiteral("日本語"));
    button(QWizard::NextButton)->setToolTip(tr("Next step (Enter or Alt+N)"));
    button(QWizard::BackButton)->setToolTip(tr("Previous step (Alt+B); nothing typed is lost"));
    button(QWizard::CommitButton)
        ->setToolTip(tr("Submit the application, after one more question (Alt+S)"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Every application saved on this computer (Alt+L)"));
    button(QWizard::CustomButton2)->setToolTip(tr("Switch the language of the application"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("languageButton"));
    // A click switches the language and leaves the keyboard in the field
    // being typed in (carried into the rebuilt wizard); Tab still reaches it.
    button(QWizard::CustomButton2)->setFocusPolicy(Qt::TabFocus);
    // Enter means Next in a wizard. Tab from the last field of an incomplete
    // page (Next disabled) lands on these two: Enter there switched the
    // language or opened the list instead of saying what is missing. Space
    // and their keys (Alt+L) still press them.
    for (QWizard::WizardButton which : {QWizard::CustomButton1, QWizard::CustomButton2})
        if (auto push = qobject_cast<QPushButton *>(button(which)))
            push->setAutoDefault(false);
    // GNOME's theme would have them (and the rows' group boxes, the check
    // boxes) press on Enter anyway.
    new EnterPassThrough(this);
    setButtonLayout({QWizard::CustomButton2, QWizard::CustomButton1, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                     QWizard::FinishButton});
    // Texts and layout first, options last and in one call: each of these
    // lays the buttons out again, measuring every text.
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButton |
               QWizard::HaveCustomButton1 | QWizard::HaveCustomButton2);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton3) {
            returnToReview();
            return;
        }
        saveDraft();
        if (which == QWizard::CustomButton1)
            emit queueListRequested();
        else
            emit languageSwitchRequested();
    });
}

void ApplicationWizard::showReturnToReview(bool shown)
{
    // Made the first time it is wanted: one button less to lay out at start.
    if (shown && !m_returnButtonMade) {
        setButtonText(QWizard::CustomButton3, tr("Back to the &review"));
        QAbstractButton *b = button(QWizard::CustomButton3);
        b->setObjectName(QStringLiteral("returnToReview"));
        b->setToolTip(tr("Straight back to the review through the steps after this one (Alt+R); "
                         "it stops where one still needs something"));
        if (auto push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false); // Enter stays Next
        setButtonLayout({QWizard::CustomButton2, QWizard::CustomButton1, QWizard::Stretch,
                         QWizard::CustomButton3, QWizard::BackButton, QWizard::NextButton,
                         QWizard::CommitButton, QWizard::FinishButton});
        m_returnButtonMade = true;
    }
    if (m_returnButtonMade && testOption(QWizard::HaveCustomButton3) != shown) {
        setOption(QWizard::HaveCustomButton3, shown);
        // Taken out of the layout, QWizard leaves it on screen.
        button(QWizard::CustomButton3)->setVisible(shown);
    }
}

void ApplicationWizard::tabToButtonsAfter(QWidget *last)
{
    QWidget *previous = last;
    for (QWizard::WizardButton which :
         {QWizard::CustomButton2, QWizard::CustomButton1, QWizard::CustomButton3,
          QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        if (which == QWizard::CustomButton3 && !m_returnButtonMade)
            continue; // not made before it is wanted
        QWidget *b = button(which);
        QWidget::setTabOrder(previous, b);
        previous = b;
    }
}

void ApplicationWizard::returnToReview()
{
    // As Next would go, step by step, stopping at a step that still wants
    // something (with its messages shown).
    while (currentId() != ReviewPageId) {
        StepPage *p = stepPage(currentId());
        if (!p || !p->isComplete()) {
            if (p)
                p->revealErrors();
            return;
        }
        const int before = currentId();
        next();
        if (currentId() == before)
            return;
    }
    // Where Enter submits (after its question), as on arriving by Next.
    button(QWizard::CommitButton)->setFocus(Qt::OtherFocusReason);
}

void ApplicationWizard::addPages()
{
    auto additional = new AdditionalInfoPage;
    additional->setSchema(m_schema);
    auto review = new ReviewPage;
    review->setSubmitter([this] { return submit(); });
    connect(review, &ReviewPage::editRequested, this, [this](WizardPageId step, int row) {
        // The group's own row, not the step's first: the customer said
        // which destination is wrong.
        m_arrivalRow = row;
        m_correcting = std::pair(step, row);
        goToStep(step);
    });
    auto done = new DonePage;
    connect(done, &DonePage::newApplicationRequested, this,
            &ApplicationWizard::newApplicationRequested);
    connect(done, &DonePage::settingsRequested, this, &ApplicationWizard::settingsRequested);
    connect(done, &DonePage::correctionRequested, this, [this, done] {
        // A refused application is out of the queue already: nothing to
        // take back, nothing to ask.
        if (done->isRejected())
            emit rejectedCorrectionRequested(m_id);
        else if (CorrectionQuestion::confirmed(this, application().customer.companyName))
            emit correctionRequested(m_id);
    });
    setPage(CustomerPageId, new CustomerPage);
    setPage(DestinationsPageId, new DestinationsPage);
    setPage(AdditionalInfoPageId, additional);
    setPage(LoginUsersPageId, new LoginUsersPage);
    setPage(ReviewPageId, review);
    setPage(DonePageId, done);
    for (int id : pageIds())
        connect(stepPage(id), &StepPage::contentChanged, this, &ApplicationWizard::onChanged);
}

void ApplicationWizard::setUpShortcuts()
{
    // Ctrl+Q ends the application from the keyboard, also where no window
    // manager gives Alt+F4.
    auto quit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this);
    connect(quit, &QShortcut::activated, this, &ApplicationWizard::quitRequested);
    // The connection settings, with the keys the applications list has for them.
    auto settings = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma), this);
    connect(settings, &QShortcut::activated, this, &ApplicationWizard::settingsRequested);
    auto help = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(help, &QShortcut::activated, this, [this] { KeyboardHelp::showOver(this); });

    // Alt+N is the Next button's mnemonic; while the button is disabled the
    // same keys show what is missing instead of doing nothing.
    auto tryNext = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_N), this);
    tryNext->setEnabled(false);
    connect(tryNext, &QShortcut::activated, this, &ApplicationWizard::tryNextOnIncompletePage);
    // Never both at once: two shortcuts on the same keys are ambiguous and
    // neither acts. So the state follows the button at once (QWizard updates
    // it before these signals reach us), not a turn of the event loop later,
    // when an Alt+N typed right after arriving on a page did nothing.
    // The button itself, not QWizard::button(): a page still signals while
    // the wizard is being destroyed, when it is no QWizard any more.
    QPointer<QAbstractButton> next = button(QWizard::NextButton);
    auto updateTryNext = [tryNext, next] {
        if (next)
            tryNext->setEnabled(!next->isEnabled() && !next->isHidden());
    };
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, tryNext, updateTryNext);
    connect(this, &QWizard::currentIdChanged, tryNext, updateTryNext);
    // A click on the disabled button did nothing at all: the mouse gets what
    // Enter and Alt+N get (a disabled widget ignores the click, a filter on
    // it still sees it).
    m_nextButton = next;
    m_nextButton->installEventFilter(this);
}

void ApplicationWizard::setUpArrivalFocus()
{
    // After QWizard has set up the page: the first field at fault, or the first.
    // Only the last page change acts: several can come before events are
    // handled (Change… on the review goes back step by step).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        const quint64 arrival = ++m_arrivals;
        QTimer::singleShot(0, this, [this, id, arrival] {
            if (StepPage *p = stepPage(id);
                p && arrival == m_arrivals && currentId() == id && !m_loading) {
                const int row = std::exchange(m_arrivalRow, -1);
                if (row < 0 || !p->focusRow(row))
                    p->focusOnArrival();
            }
        });
    });
}

void ApplicationWizard::setUpReturnToReview()
{
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Back on the review (by 確認に戻る or by Next): the corrected group
        // in view, to be read out again.
        if (id >= ReviewPageId && m_correcting) {
            if (id == ReviewPageId)
                static_cast<ReviewPage *>(page(ReviewPageId))
                    ->showGroup(m_correcting->first, m_correcting->second);
            m_correcting.reset();
        }
        showReturnToReview(m_correcting && id < ReviewPageId);
    });
}

void ApplicationWizard::setUpDraftSaving()
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ApplicationWizard::saveDraft);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == DonePageId || m_loading || m_submitted)
            return;
        // The step is part of the draft: an application left on the review
        // (nothing typed since step 4) comes back on the review. The first
        // page shown is no step taken: an untouched window leaves no draft.
        if (visitedIds().size() > 1)
            m_dirty = true;
        saveDraft();
    });
}

ApplicationWizard::~ApplicationWizard()
{
    // The pages are destroyed after this class is gone and may still move
    // the focus and signal on their way out.
    for (int id : pageIds())
        disconnect(page(id), nullptr, this, nullptr);
}

StepPage *ApplicationWizard::stepPage(int id) const
{
    return qobject_cast<StepPage *>(page(id));
}

QString ApplicationWizard::customerFieldName(const FieldSpec &spec)
{
    return QLatin1StringView(FieldTable::CustomerKey) + u'.' + spec.wireName();
}

Application ApplicationWizard::application() const
{
    Application a;
    a.id = m_id;
    a.createdAt = m_createdAt;
    if (hasAdditionalInfo())
        a.formVersion = m_schema.version();
    for (const RecordField<Customer> &f : FieldTable::customer())
        a.customer.*f.text = field(customerFieldName(f.spec)).toString();
    a.destinations = field(listFieldName(FieldTable::DestinationsKey)).value<DestinationList>();
    if (hasAdditionalInfo())
        a.additionalInfo = field(listFieldName(FieldTable::AdditionalInfoKey)).toMap();
    a.loginUsers = field(listFieldName(FieldTable::LoginUsersKey)).value<LoginUserList>();
    return a;
}

void ApplicationWizard::load(const Application &opened, int step)
{
    // A name said whole into 氏名(姓) is parted when the field is left (and a
    // 御中 after a company name taken off); one in a draft saved before that
    // (the app ended mid-word) as it opens.
    Application a = opened;
    NameSplitter::part(a.customer.lastName, a.customer.firstName);
    CompanyNameTidy::tidy(a.customer.companyName);
    for (Destination &d : a.destinations) {
        NameSplitter::part(d.lastName, d.firstName);
        CompanyNameTidy::tidy(d.companyName);
    }
    for (LoginUser &u : a.loginUsers)
        NameSplitter::part(u.lastName, u.firstName);
    m_loading = true;
    m_correcting.reset();
    m_id = a.id;
    m_createdAt = a.createdAt;
    for (const RecordField<Customer> &f : FieldTable::customer())
        setField(customerFieldName(f.spec), a.customer.*f.text);
    setField(listFieldName(FieldTable::DestinationsKey), QVariant::fromValue(a.destinations));
    if (hasAdditionalInfo())
        setField(listFieldName(FieldTable::AdditionalInfoKey), a.additionalInfo);
    setField(listFieldName(FieldTable::LoginUsersKey), QVariant::fromValue(a.loginUsers));
    showTitleOf(a);
    static_cast<DestinationsPage *>(page(DestinationsPageId))->openedWith(a.customer);
    static_cast<LoginUsersPage *>(page(LoginUsersPageId))->openedWith(a.customer);
    // Walk forward so that each page on the way is set up as if visited.
    restart();
    const int target = qBound(int(CustomerPageId), step, int(ReviewPageId));
    while (currentId() != target && currentId() != -1) {
        // Not past a step that still wants something (QWizard::next() would
        // go on): a form changed since, a required field it added.
        if (StepPage *p = stepPage(currentId()); p && !p->isComplete())
            break;
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    if (StepPage *p = stepPage(currentId()))
        p->focusOnArrival();
    m_loading = false;
    m_dirty = false;
    // A name parted or an honorific taken off as it opened is saved, so that
    // the list names the draft as the window does.
    if (a != opened)
        onChanged();
}

bool ApplicationWizard::offerSchema(const AdditionalInfoSchema &schema)
{
    if (m_submitted || visitedIds().contains(AdditionalInfoPageId) ||
        currentId() > AdditionalInfoPageId)
        return false;
    if (schema.version() == m_schema.version() && schema.isEmpty() == m_schema.isEmpty())
        return true;
    // Step 3 filled in and then left with Back: what was typed there stays
    // (an unticked checkbox is no typing).
    const QVariantMap typed = field(listFieldName(FieldTable::AdditionalInfoKey)).toMap();
    for (const QVariant &value : typed) {
        if (value.typeId() != QMetaType::Bool || value.toBool())
            return false;
    }
    m_schema = schema;
    static_cast<AdditionalInfoPage *>(page(AdditionalInfoPageId))->setSchema(m_schema);
    for (int id : pageIds()) {
        if (StepPage *p = stepPage(id))
            p->showWhetherStep3IsSkipped();
    }
    qCInfo(lcWizard) << "step 3 now follows the service's schema" << m_schema.version();
    return true;
}

QString ApplicationWizard::inputKey(const QWidget *input) const
{
    QStringList names;
    for (const QWidget *w = input; w && w != this; w = w->parentWidget()) {
        if (const auto page = qobject_cast<const QWizardPage *>(w)) {
            for (const int id : pageIds()) {
                if (QWizard::page(id) == page)
                    return QString::number(id) + u'/' + names.join(u'/');
            }
            return {};
        }
        // Qt's own parts (a spin box's line edit) are named by Qt, the same
        // in every wizard; unnamed widgets say nothing of where they are.
        if (!w->objectName().isEmpty())
            names.prepend(w->objectName());
    }
    return {};
}

QHash<QString, QWidget *> ApplicationWizard::inputsByKey() const
{
    QHash<QString, QWidget *> inputs;
    // Depth first: a named widget comes before the unnamed parts inside it,
    // which share its key.
    for (QWidget *w : findChildren<QWidget *>()) {
        if (const QString key = inputKey(w); !key.isEmpty() && !inputs.contains(key))
            inputs.insert(key, w);
    }
    return inputs;
}

namespace {
// Step 3's editor an input is in (inside a cell of its form).
AdditionalInfoEditor *editorOf(QWidget *input)
{
    for (QWidget *w = input; w; w = w->parentWidget()) {
        if (auto editor = qobject_cast<AdditionalInfoEditor *>(w))
            return editor;
    }
    return nullptr;
}
} // namespace

ApplicationWizard::ViewState ApplicationWizard::viewState() const
{
    ViewState s;
    for (const QWidget *w : findChildren<QWidget *>()) {
        if (const auto f = qobject_cast<const ValidatedField *>(w)) {
            if (f->isRevealed())
                s.revealed.append(inputKey(f->lineEdit()));
            if (!f->serviceMessage().isEmpty())
                s.serviceMessages.insert(inputKey(f->lineEdit()), f->serviceMessage());
        } else if (const auto p = qobject_cast<const PrefectureField *>(w)) {
            if (p->isRevealed())
                s.revealed.append(inputKey(p->comboBox()));
        } else if (const auto e = qobject_cast<const AdditionalInfoEditor *>(w)) {
            for (const QWidget *input : e->revealedInputs())
                s.revealed.append(inputKey(input));
        }
    }
    if (const QScrollArea *area =
            currentPage() ? currentPage()->findChild<QScrollArea *>() : nullptr;
        area && area->verticalScrollBar()->maximum() > 0 && area->verticalScrollBar()->value() > 0)
        s.readDown =
            double(area->verticalScrollBar()->value()) / area->verticalScrollBar()->maximum();
    if (currentId() < ReviewPageId)
        s.correcting = m_correcting;
    const QWidget *f = focusWidget();
    if (f && f == button(QWizard::CustomButton2)) {
        s.focused = f->objectName(); // reached by Tab and pressed: there again
    } else if (f && currentPage() && currentPage()->isAncestorOf(f)) {
        s.focused = inputKey(f);
        if (const auto edit = qobject_cast<const QLineEdit *>(f))
            s.cursor = edit->cursorPosition();
    }
    return s;
}

void ApplicationWizard::restoreViewState(const ViewState &state)
{
    const QHash<QString, QWidget *> inputs = inputsByKey();
    for (const QString &key : state.revealed) {
        QWidget *input = inputs.value(key);
        QWidget *holder = input ? input->parentWidget() : nullptr;
        if (const auto f = qobject_cast<ValidatedField *>(holder))
            f->reveal();
        else if (const auto p = qobject_cast<PrefectureField *>(holder))
            p->reveal();
        else if (AdditionalInfoEditor *e = editorOf(input))
            e->reveal(input);
    }
    for (auto it = state.serviceMessages.cbegin(); it != state.serviceMessages.cend(); ++it) {
        QWidget *input = inputs.value(it.key());
        if (const auto f = qobject_cast<ValidatedField *>(input ? input->parentWidget() : nullptr))
            f->setServiceMessage(it.value());
    }
    if (state.correcting && currentId() < ReviewPageId) {
        m_correcting = state.correcting;
        showReturnToReview(true);
    }
    if (state.readDown >= 0) {
        // Once the page is laid out in the new language; after the focus,
        // which scrolls to the field it lands in: the place read to wins, as
        // it was on the screen.
        QTimer::singleShot(0, this, [this, page = currentPage(), readDown = state.readDown] {
            if (currentPage() != page)
                return;
            if (QScrollArea *area = page->findChild<QScrollArea *>())
                area->verticalScrollBar()->setValue(
                    qRound(readDown * area->verticalScrollBar()->maximum()));
        });
    }
    // Where the focus was wins over the page's arrival focus, still to come.
    if (state.focused == button(QWizard::CustomButton2)->objectName()) {
        ++m_arrivals;
        button(QWizard::CustomButton2)->setFocus(Qt::OtherFocusReason);
        return;
    }
    QWidget *focus = inputs.value(state.focused);
    if (!focus || !currentPage() || !currentPage()->isAncestorOf(focus) ||
        !focus->isVisibleTo(currentPage()) || !focus->isEnabled() ||
        (focus->focusPolicy() == Qt::NoFocus && !focus->focusProxy()))
        return;
    ++m_arrivals;
    focus->setFocus(Qt::OtherFocusReason);
    auto edit = qobject_cast<QLineEdit *>(focus);
    if (const auto combo = qobject_cast<QComboBox *>(focus))
        edit = combo->lineEdit();
    if (edit && state.cursor >= 0) {
        const auto placeCursor = [edit, cursor = state.cursor] {
            edit->deselect();
            edit->setCursorPosition(cursor);
        };
        placeCursor();
        // Once more after the window is shown: restored before it comes up
        // (so that no other field takes the focus meanwhile), the field is
        // given the focus as by Tab then, which selects all of it, and the
        // next key would replace what was typed.
        QTimer::singleShot(0, edit, placeCursor);
    }
}

bool ApplicationWizard::showSubmitted(const Application &application)
{
    load(application, ReviewPageId);
    if (currentId() != ReviewPageId)
        return false;
    m_loading = true;
    m_submitted = true; // the review lets it by without asking again
    next();
    m_loading = false;
    m_dirty = false;
    m_draftTimer.stop();
    // Where its sending stands now, as step 6 said it before the switch.
    if (const std::optional<LocalQueue::Summary> s = m_queue->summary(m_id)) {
        using S = LocalQueue::State;
        if (s->state == S::Queued || s->state == S::Sending || s->state == S::Rejected)
            followSending(m_id);
        else if (s->state != S::Draft)
            applicationSent(m_id);
    }
    return currentId() == DonePageId;
}

void ApplicationWizard::goToStep(WizardPageId step)
{
    while (currentId() > step && !visitedIds().isEmpty() &&
           visitedIds().constFirst() != currentId())
        back();
}

QStringList
ApplicationWizard::showServiceErrors(const QList<std::pair<QString, QString>> &pathsAndMessages)
{
    QStringList unplaced;
    std::optional<WizardPageId> firstStep;
    for (const auto &[path, message] : pathsAndMessages) {
        // customer.email → the line edit named so; destinations[1].units →
        // the field of that name in the second destination row.
        QWidget *scope = this;
        QString name = path;
        const std::optional<WirePath> p = splitPath(path);
        const bool destination = p && p->group == QLatin1StringView(FieldTable::DestinationsKey);
        const bool user = p && p->group == QLatin1StringView(FieldTable::LoginUsersKey);
        if ((destination || user) && p->index >= 0 && !p->name.isEmpty()) {
            scope = findChild<QWidget *>(
                (destination ? QStringLiteral("destination%1") : QStringLiteral("user%1"))
                    .arg(p->index + 1));
            name = p->name;
        }
        auto edit = scope ? scope->findChild<QLineEdit *>(name) : nullptr;
        auto field = edit ? qobject_cast<ValidatedField *>(edit->parentWidget()) : nullptr;
        if (!field) {
            unplaced << path;
            continue;
        }
        field->setServiceMessage(message);
        const WizardPageId step = stepOf(path);
        if (!firstStep || step < *firstStep)
            firstStep = step;
    }
    if (firstStep)
        goToStep(*firstStep);
    return unplaced;
}

void ApplicationWizard::showTitleOf(const Application &a)
{
    m_titleNamesCompany = true;
    // A draft opened again (or the language switched) before a company name
    // was typed is still the new application it was.
    const QString company = a.customer.companyName.trimmed();
    setWindowTitle(company.isEmpty() ? tr("Moshikomi — new application")
                                     : tr("Moshikomi — application %1").arg(company));
}

WizardPageId ApplicationWizard::stepOf(const QString &path)
{
    const QString group = splitPath(path).value_or(WirePath{}).group;
    if (group == QLatin1StringView(FieldTable::DestinationsKey))
        return DestinationsPageId;
    if (group == QLatin1StringView(FieldTable::AdditionalInfoKey) ||
        group == QLatin1StringView(FieldTable::FormVersionKey))
        return AdditionalInfoPageId;
    if (group == QLatin1StringView(FieldTable::LoginUsersKey))
        return LoginUsersPageId;
    return CustomerPageId;
}

QString ApplicationWizard::pathInWords(const QString &path) const
{
    const std::optional<WirePath> p = splitPath(path);
    if (!p)
        return path;
    const QString &name = p->name;
    const int number = p->index + 1; // 0: not a row
    const auto labelIn = [&name](const auto &table) {
        for (const auto &f : table) {
            if (f.spec.wireName() == name)
                return FieldTexts::label(f.spec);
        }
        return name;
    };
    const auto in = [](WizardPageId step, const QString &what) {
        return what.isEmpty() ? StepHeader::stepName(step)
                              : tr("%1 > %2").arg(StepHeader::stepName(step), what);
    };
    const auto inRow = [&name, &in](WizardPageId step, const QString &row, const QString &label) {
        if (row.isEmpty())
            return in(step, {});
        return name.isEmpty() ? row : tr("%1 > %2").arg(row, label);
    };
    if (p->group == QLatin1StringView(FieldTable::CustomerKey))
        return in(CustomerPageId, labelIn(FieldTable::customer()));
    if (p->group == QLatin1StringView(FieldTable::DestinationsKey))
        return inRow(DestinationsPageId, number ? tr("Destination %1").arg(number) : QString(),
                     labelIn(FieldTable::destination()));
    if (p->group == QLatin1StringView(FieldTable::LoginUsersKey))
        return inRow(LoginUsersPageId, number ? tr("Login user %1").arg(number) : QString(),
                     labelIn(FieldTable::loginUser()));
    if (p->group == QLatin1StringView(FieldTable::AdditionalInfoKey)) {
        const AdditionalInfoSchema::Field *f = m_schema.field(name);
        return in(AdditionalInfoPageId, f ? f->label(UiLanguage::isJapanese()) : name);
    }
    if (p->group == QLatin1StringView(FieldTable::FormVersionKey))
        return tr("The version of the additional information form");
    return path;
}

QString ApplicationWizard::faultInWords(const QString &path, const QString &message) const
{
    // The service no longer knows the step-3 form this application was
    // entered with; its words ("not a published version") leave staff
    // guessing. The wizard already shows the form the service publishes
    // now, so the application needs another look and another submit.
    if (splitPath(path).value_or(WirePath{}).group == QLatin1StringView(FieldTable::FormVersionKey))
        return currentId() == AdditionalInfoPageId
                   ? tr("The additional information form has changed since this application "
                        "was entered. Fill in step 3 as it asks now, then submit again.")
                   : tr("The additional information form has changed since this application "
                        "was entered. Check the review, then submit again.");
    return pathInWords(path) + QStringLiteral(": ") + message;
}

void ApplicationWizard::setServiceConfigured(bool configured)
{
    static_cast<DonePage *>(page(DonePageId))->setServiceConfigured(configured);
}

void ApplicationWizard::setTokenRefused(bool refused)
{
    static_cast<DonePage *>(page(DonePageId))->setTokenRefused(refused);
}

void ApplicationWizard::applicationSent(const QUuid &id)
{
    if (id != m_id || !m_submitted)
        return;
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    static_cast<DonePage *>(page(DonePageId))->setSent(true, s ? s->deadline : QDateTime());
}

QList<LocalQueue::Summary> ApplicationWizard::earlierApplicationsTo(const QString &email,
                                                                    int limit) const
{
    QList<LocalQueue::Summary> earlier;
    // Compared as sent: what was queued holds the address normalised.
    const QString address = Normalizer::email(email);
    if (address.isEmpty())
        return earlier;
    using S = LocalQueue::State;
    LocalQueue::Filter filter;
    filter.states = {S::Queued,
                     S::Sending,
                     S::AwaitingConfirmation,
                     S::Confirmed,
                     S::ProvisionallyRegistered,
                     S::Expired,
                     S::ProblemReported,
                     S::Rejected};
    filter.text = address;
    // The search finds the address inside longer ones too (taro@… in
    // mtaro@…): each found is opened and its address compared whole.
    for (const LocalQueue::Summary &s : m_queue->page(0, 20, filter)) {
        if (s.id == m_id)
            continue;
        const std::optional<LocalQueue::Entry> e = m_queue->entry(s.id);
        if (!e || Normalizer::email(e->application.customer.email)
                          .compare(address, Qt::CaseInsensitive) != 0)
            continue;
        earlier.append(s);
        if (earlier.size() == limit)
            break;
    }
    return earlier;
}

QString ApplicationWizard::earlierApplicationInWords(const LocalQueue::Summary &summary)
{
    return tr("%1 — %2 (%3)")
        .arg(QueueTableModel::companyText(summary), QueueTableModel::stateLabel(summary.state),
             DateTimeText::format(summary.updatedAt.toLocalTime()));
}

void ApplicationWizard::followSending(const QUuid &id)
{
    if (id != m_id || !m_submitted)
        return;
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    if (!s)
        return;
    auto done = static_cast<DonePage *>(page(DonePageId));
    if (s->state == LocalQueue::State::Rejected) {
        // The list says it too, but the staff member is looking at step 6
        // (the customer perhaps still on the line).
        done->setRejected(true, QueueTableModel::lastErrorText(s->lastError));
        return;
    }
    if (s->state != LocalQueue::State::Sending && s->state != LocalQueue::State::Queued)
        return;
    done->setSending(s->state == LocalQueue::State::Sending,
                     QueueTableModel::lastErrorText(s->lastError));
    done->setCorrectable(s->state == LocalQueue::State::Queued &&
                         !m_queue->mayHaveReachedService(id));
}

void ApplicationWizard::onChanged()
{
    if (m_loading || m_submitted)
        return;
    m_dirty = true;
    // Not restarted by every keystroke: a save comes at most DraftDelayMs
    // after the first unsaved change, so that even someone who never pauses
    // loses at most that much when the process dies.
    if (!m_draftTimer.isActive())
        m_draftTimer.start();
}

bool ApplicationWizard::saveDraft()
{
    m_draftTimer.stop();
    if (!m_dirty || m_submitted)
        return true;
    // A correction in step 1 reaches the rows still as step 1 gave them now,
    // not only when their step is shown again: a draft saved in between (the
    // app then ended) would keep them stale, and opened again they would look
    // changed by hand and follow no more.
    static_cast<DestinationsPage *>(page(DestinationsPageId))->followStep1();
    static_cast<LoginUsersPage *>(page(LoginUsersPageId))->followStep1();
    const int step = qBound(int(CustomerPageId), currentId(), int(ReviewPageId));
    const Application a = application();
    if (!m_queue->saveDraft(a, step)) {
        reportSaveError();
        return false;
    }
    m_dirty = false;
    m_lastReportedError = 0;
    // A company name corrected in an application opened again: the window
    // (and the task bar) names it as it is now, not as it was opened.
    if (m_titleNamesCompany)
        showTitleOf(a);
    return true;
}

void ApplicationWizard::reportSaveError()
{
    // Said once per kind of trouble: a message on every pause in typing
    // would make the trouble worse. The draft stays dirty and is retried.
    const int kind = int(m_queue->lastError().kind);
    qCWarning(lcWizard) << "draft not saved:" << m_queue->lastError().detail;
    if (kind == m_lastReportedError)
        return;
    m_lastReportedError = kind;
    // In a pause of the typing: a box that came mid-word took the keys that
    // followed (the wizard behind it takes none), and what is typed stays on
    // the screen until then anyway.
    const QString text = QueueErrorText::message(m_queue->lastError(), m_queue->databasePath());
    TypingPause::instance()->whenQuiet(TypingPause::QuietBeforeAskingMs, this, [this, text] {
        auto box =
            new QMessageBox(QMessageBox::Warning, tr("Not saved"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("draftSaveError"));
        // What is typed on meanwhile stays on the screen and is saved once
        // there is room.
        TypingPause::showAside(box);
    });
}

bool ApplicationWizard::submit()
{
    // The whole application, against the same rules as the service: every
    // step was complete when left, but not necessarily still (a draft or a
    // rejected application opened again with a form changed since).
    const Application a = application();
    const FieldErrors faults = ApplicationRules::validate(
        a, ApplicationRules::Confirmation::Check, hasAdditionalInfo() ? &m_schema : nullptr);
    if (!faults.isEmpty()) {
        goToStep(stepOf(faults.first().path));
        if (StepPage *p = stepPage(currentId()))
            p->revealErrors();
        return false;
    }
    m_dirty = true;
    if (!m_queue->enqueue(a, ReviewPageId)) {
        QMessageBox::critical(
            this, tr("Not submitted"),
            tr("The application could not be saved for sending, so it was not "
               "submitted. Nothing you entered is lost.\n\n%1")
                .arg(QueueErrorText::message(m_queue->lastError(), m_queue->databasePath())));
        return false;
    }
    m_submitted = true;
    m_dirty = false;
    m_draftTimer.stop();
    followSending(m_id); // waiting, and still to be corrected
    // No longer a new application: the window says whose it is, as when one
    // is opened again.
    showTitleOf(a);
    emit submitted(m_id);
    return true;
}

void ApplicationWizard::keyPressEvent(QKeyEvent *event)
{
    // Enter on an incomplete page "tries Next": every message is shown and the
    // focus goes to the first field at fault.
    // Escape would close the dialog, and with it the application being
    // typed: a slip of the finger, not a wish to stop.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    // The keypad's Enter too, as typed after digits on the keypad.
    if (EnterPassThrough::isPlainEnter(event) && tryNextOnIncompletePage()) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

bool ApplicationWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nextButton && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton &&
        !static_cast<QWidget *>(watched)->isEnabled())
        tryNextOnIncompletePage();
    return QWizard::eventFilter(watched, event);
}

bool ApplicationWizard::tryNextOnIncompletePage()
{
    StepPage *p = stepPage(currentId());
    if (!p || p->isComplete())
        return false;
    p->revealErrors();
    return true;
}

void ApplicationWizard::closeEvent(QCloseEvent *event)
{
    saveDraft();
    QWizard::closeEvent(event);
}

void ApplicationWizard::done(int result)
{
    saveDraft();
    QWizard::done(result);
}
