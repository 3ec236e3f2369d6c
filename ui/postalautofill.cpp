#include "ui/postalautofill.h"

#include "client/uilanguage.h"
#include "core/errorcodes.h"
#include "core/normalizer.h"
#include "core/prefectures.h"
#include "ui/fieldtexts.h"
#include "ui/prefecturefield.h"
#include "ui/validatedfield.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>

#include <utility>

PostalAutofill::PostalAutofill(ValidatedField *postalCode, PrefectureField *prefecture,
                               ValidatedField *address, QObject *parent)
    : QObject(parent)
    , m_postalCode(postalCode)
    , m_prefecture(prefecture)
    , m_address(address)
{
    connect(postalCode->lineEdit(), &QLineEdit::textChanged, this,
            &PostalAutofill::partPastedAddress);
    m_postalCodeEdit = postalCode->lineEdit();
    m_postalCodeEdit->installEventFilter(this);
    // Looked up when the person changes the code (typed, pasted) or this
    // class puts one there for them; not when an application is opened: a
    // draft's address stays as it was left, without a list or a question.
    connect(postalCode->lineEdit(), &QLineEdit::textEdited, this, &PostalAutofill::lookUp);
    connect(address->lineEdit(), &QLineEdit::textEdited, this,
            &PostalAutofill::takeWholeAddressAfterTheTown);
    // The code's note (its town offered, a town still to choose) is about
    // the address as it was: an edit of the address ends it.
    connect(address->lineEdit(), &QLineEdit::textEdited, this,
            [this] { m_postalCode->setNotice({}); });
    connect(address, &ValidatedField::editingFinished, this, [this] {
        // An address begun in 郵便番号 and typed on here is treated as the
        // paste it would have been: its prefecture's name leaves it.
        const PrefectureAlreadyChosen chosen =
            m_typedOnFromPostalCode ? PrefectureAlreadyChosen::Drop : PrefectureAlreadyChosen::Keep;
        m_typedOnFromPostalCode = false;
        if (!takePostalCodeFromAddress())
            takePrefectureFromAddress(chosen);
    });
    connect(prefecture, &PrefectureField::codeChanged, address, &ValidatedField::recheck);
    connect(prefecture, &PrefectureField::codeChanged, this, &PostalAutofill::noteMismatch);
    connect(postalCode, &ValidatedField::valueChanged, this, &PostalAutofill::noteMismatch);
    connect(postalCode, &ValidatedField::valueChanged, address, &ValidatedField::recheck);
    address->setExtraCheck([prefecture, postalCode](const QString &value) {
        // A code left at the start (the one above is another): which is right
        // is the person's call.
        if (const std::optional<Normalizer::PostalCodeAndAddress> pasted =
                Normalizer::postalCodeAndAddress(value);
            pasted && pasted->postalCode != postalCode->value())
            return QString(ErrorCode::PostalCodeInAddress);
        const QString named = Prefectures::codeAtStart(value);
        return !named.isEmpty() && !prefecture->code().isEmpty() && named != prefecture->code()
                   ? QString(ErrorCode::AddressInAnotherPrefecture)
                   : QString();
    });
}

bool PostalAutofill::eventFilter(QObject *watched, QEvent *event)
{
    // The kind of event first: the last ones reach these objects while they
    // are half gone, when they must not be looked at as menus or line edits.
    if (event->type() == QEvent::KeyPress && watched == m_picker) {
        const auto key = static_cast<QKeyEvent *>(event);
        const bool passesOn = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab ||
                              (!key->text().isEmpty() && key->text().front().isPrint());
        if (passesOn) {
            QKeyEvent again(key->type(), key->key(), key->modifiers(), key->text(),
                            key->isAutoRepeat(), ushort(key->count()));
            m_picker->close();
            m_postalCode->lineEdit()->setFocus(Qt::PopupFocusReason);
            QCoreApplication::sendEvent(m_postalCode->lineEdit(), &again);
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && watched == m_postalCodeEdit.data()) {
        const auto key = static_cast<QKeyEvent *>(event);
        // ↓ lists the code's towns whenever asked: to choose among several,
        // or to put the one town in place of an address typed.
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier &&
            m_postalCode->isAcceptable() && (!m_picker || !m_picker->isVisible())) {
            const QString code = m_postalCode->value();
            const QList<PostalCandidate> candidates = PostalDirectory::instance().lookup(code);
            if (!candidates.isEmpty()) {
                showPicker(code, candidates);
                return true;
            }
        }
        m_typingInPostalCode = !key->matches(QKeySequence::Paste) && !key->text().isEmpty() &&
                               key->text().front().isPrint();
    } else if (event->type() == QEvent::InputMethod && watched == m_postalCodeEdit.data()) {
        m_typingInPostalCode = !static_cast<QInputMethodEvent *>(event)->commitString().isEmpty();
    }
    return QObject::eventFilter(watched, event);
}

void PostalAutofill::partPastedAddress()
{
    const bool typing = std::exchange(m_typingInPostalCode, false);
    const std::optional<Normalizer::PostalCodeAndAddress> pasted =
        Normalizer::postalCodeAndAddress(m_postalCode->lineEdit()->text());
    if (!pasted)
        return;
    const QString typed = m_address->value();
    // An address typed already stays: the paste stays whole in the postal
    // code, where its message says what to do.
    if (!typed.isEmpty() && typed != m_lastFilledAddress && typed != pasted->address)
        return;
    m_address->setValue(pasted->address);
    // Pasted, not typed there: the prefecture's name leaves it either way.
    takePrefectureFromAddress(PrefectureAlreadyChosen::Drop);
    m_address->setFilledForContinuation();
    m_lastFilledAddress.clear();
    m_lastFilledPrefecture.clear();
    // Looked up as if typed: the address pasted is kept as the more precise.
    m_postalCode->setValue(pasted->postalCode);
    lookUp();
    // Typed on after the code, the Tab forgotten: the keys that follow
    // belong to the address too, and go there. (After a paste the cursor
    // stays where the person put it.)
    if (typing && m_postalCode->lineEdit()->hasFocus()) {
        m_typedOnFromPostalCode = true;
        // Not as a Tab would (which selects all): the next key adds to it.
        m_address->setFocus(Qt::OtherFocusReason);
    }
}

void PostalAutofill::takeWholeAddressAfterTheTown(const QString &text)
{
    // The town filled in from the postal code waits with the cursor after it;
    // the whole address pasted there (copied from a mail: the town again, or
    // an address with its prefecture or its postal code in front) is the
    // address, not what follows the town.
    const QString town = m_lastFilledAddress;
    if (town.isEmpty() || !text.startsWith(town))
        return;
    const QString added = Normalizer::text(text.mid(town.size()));
    qsizetype nameLength = 0;
    const bool named = !Prefectures::codeAtStart(added, &nameLength).isEmpty();
    // A prefecture's name alone (being typed) is not an address yet.
    const bool anAddress = Normalizer::postalCodeAndAddress(added) ||
                           (named && nameLength < added.size()) || added.startsWith(town);
    if (!anAddress)
        return;
    m_address->setValue(added);
    // Its code and its prefecture's name leave it as from a paste into an
    // empty field; another code or prefecture stays, and the field says so.
    if (!takePostalCodeFromAddress())
        takePrefectureFromAddress(PrefectureAlreadyChosen::Drop);
}

bool PostalAutofill::takePostalCodeFromAddress()
{
    // The whole line pasted into 住所 (〒733-0001 広島県広島市…): its code goes
    // to 郵便番号 when that is empty or holds the same code; two different
    // codes stay as typed, for the person to say which is right.
    const std::optional<Normalizer::PostalCodeAndAddress> pasted =
        Normalizer::postalCodeAndAddress(m_address->value());
    if (!pasted)
        return false;
    const QString code = m_postalCode->value();
    if (!code.isEmpty() && code != pasted->postalCode)
        return false;
    m_address->setValue(pasted->address);
    // The prefecture's name leaves it before the look-up, which then finds
    // the address already more precise than the town and asks nothing.
    takePrefectureFromAddress(PrefectureAlreadyChosen::Drop);
    if (code.isEmpty()) {
        m_lastFilledAddress.clear();
        m_lastFilledPrefecture.clear();
        m_postalCode->setValue(pasted->postalCode);
        lookUp();
    }
    return true;
}

void PostalAutofill::takePrefectureFromAddress(PrefectureAlreadyChosen chosen)
{
    const QString typed = m_address->value();
    qsizetype length = 0;
    const QString named = Prefectures::codeAtStart(typed, &length);
    if (named.isEmpty() ||
        (m_prefecture->code() == named && chosen == PrefectureAlreadyChosen::Keep))
        return; // what was typed stays as typed
    if (!m_prefecture->code().isEmpty() && m_prefecture->code() != named)
        return; // said at the address: which one is right is the person's call
    m_prefecture->setCode(named);
    m_address->setValue(typed.mid(length).trimmed());
}

void PostalAutofill::noteMismatch()
{
    const QString code = m_postalCode->value();
    const QStringList others =
        m_postalCode->isAcceptable()
            ? PostalDirectory::instance().otherPrefectures(code, m_prefecture->code())
            : QStringList();
    m_prefecture->setNotice(
        others.isEmpty() ? QString()
                         : tr("Postal code %1 is in %2. Check the prefecture and the postal code.")
                               .arg(code, FieldTexts::prefectureNames(others)));
}

QString PostalAutofill::describe(const PostalCandidate &c)
{
    QString text = Prefectures::name(c.prefecture) + c.city + c.town + c.street;
    if (!c.business.isEmpty())
        text += QStringLiteral("（%1）").arg(c.business);
    return text;
}

void PostalAutofill::lookUp()
{
    const QString code = m_postalCode->value();
    if (!m_postalCode->isAcceptable() || code == m_lastCode)
        return;
    m_lastCode = code;
    m_postalCode->setNotice({});
    const QList<PostalCandidate> candidates = PostalDirectory::instance().lookup(code);
    if (candidates.isEmpty()) {
        // A code corrected to one the directory does not know (a digit off,
        // or newer than the directory) leaves the town the code before
        // filled in: said, not taken away, as it may still be right.
        if (!m_lastFilledAddress.isEmpty() && m_address->value().startsWith(m_lastFilledAddress))
            m_postalCode->setNotice(
                tr("Postal code %1 is not in the postal directory; the prefecture and address are "
                   "still those filled in for %2. Check the code and the address.")
                    .arg(code, m_lastFilledCode));
        return;
    }
    if (candidates.size() == 1 && fillIfFree(candidates.first()))
        return;
    if (candidates.size() >= 2 && addressIsFree()) {
        m_postalCode->setNotice(
            tr("Several towns have postal code %1: press ↓ here to choose one.").arg(code));
        showPicker(code, candidates);
        return;
    }
    // An address the person typed stays: no question pops up at the code's
    // last digit, in the middle of their typing (a modal one took the keys
    // typed on). The field offers the code's town instead, for ↓.
    m_postalCode->setNotice(
        candidates.size() == 1
            ? tr("Postal code %1 is for %2 %3. To use that for prefecture and address, press ↓ "
                 "here.")
                  .arg(code,
                       Prefectures::displayName(candidates.first().prefecture,
                                                UiLanguage::isJapanese()),
                       candidates.first().address())
            : tr("Several towns have postal code %1. To use one for prefecture and address, "
                 "press ↓ here.")
                  .arg(code));
}

bool PostalAutofill::addressIsACopy() const
{
    const QString typed = m_address->value();
    return !typed.isEmpty() && m_heldElsewhere && m_heldElsewhere(m_prefecture->code(), typed);
}

bool PostalAutofill::addressIsFree() const
{
    const QString typed = m_address->value();
    return typed.isEmpty() || typed == m_lastFilledAddress || addressIsACopy();
}

void PostalAutofill::showPicker(const QString &code, const QList<PostalCandidate> &candidates)
{
    // The code's towns: the staff member picks one (arrow keys and Return,
    // or Escape to fill nothing), which goes in place of prefecture and
    // address.
    if (m_picker)
        m_picker->deleteLater();
    m_picker = new QMenu(m_postalCode);
    // Keys that are not the list's own (Tab, what is typed on) are not lost
    // to it: it closes and they go on to the field, as if it had not opened.
    m_picker->installEventFilter(this);
    m_picker->setObjectName(QStringLiteral("postalPicker"));
    m_picker->setAccessibleName(tr("Addresses for postal code %1").arg(code));
    m_picker->setToolTipsVisible(true);
    for (const PostalCandidate &c : candidates) {
        QAction *action = m_picker->addAction(describe(c));
        connect(action, &QAction::triggered, this, [this, c] { fill(c); });
    }
    connect(m_picker, &QMenu::aboutToHide, m_picker, &QObject::deleteLater);
    // Beneath the field and its note, which the list would otherwise hide:
    // the note's line is laid out first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_picker->popup(m_postalCode->mapToGlobal(QPoint(0, m_postalCode->height())));
    m_picker->setActiveAction(m_picker->actions().constFirst());
}

bool PostalAutofill::fillIfFree(const PostalCandidate &candidate)
{
    const QString address = candidate.address();
    const QString typed = m_address->value();
    const bool addressFree = addressIsFree() || typed == address;
    // A prefecture this class chose, with the town it gave still as it was:
    // the pair of a code typed before, misheard or a digit off, which the
    // code typed now corrects.
    const bool pairFilledHere = addressFree && !m_lastFilledPrefecture.isEmpty() &&
                                m_prefecture->code() == m_lastFilledPrefecture;
    const bool prefectureFree = addressIsACopy() || m_prefecture->code().isEmpty() ||
                                m_prefecture->code() == candidate.prefecture || pairFilledHere;
    // The town given already, with the rest of the address after it: that is
    // the address, and only the prefecture may be missing.
    if (!addressFree && prefectureFree &&
        (typed.startsWith(address) ||
         typed.startsWith(Prefectures::name(candidate.prefecture) + address))) {
        m_prefecture->setCode(candidate.prefecture);
        emit filled();
        return true;
    }
    if (!addressFree || !prefectureFree) {
        // The address typed stays; a prefecture not chosen yet still takes
        // the code's, which loses nothing.
        if (m_prefecture->code().isEmpty())
            m_prefecture->setCode(candidate.prefecture);
        return false;
    }
    fill(candidate);
    return true;
}

void PostalAutofill::fill(const PostalCandidate &candidate)
{
    m_postalCode->setNotice({});
    const QString address = candidate.address();
    m_prefecture->setCode(candidate.prefecture);
    m_address->setValue(address);
    m_address->setFilledForContinuation();
    m_lastFilledAddress = address;
    m_lastFilledPrefecture = candidate.prefecture;
    m_lastFilledCode = m_postalCode->value();
    emit filled();
}
