#pragma once

#include "core/postaldirectory.h"

#include <QMenu>
#include <QObject>
#include <QPointer>

#include <functional>

class PrefectureField;
class ValidatedField;

// Fills prefecture and address from a complete postal code: at once when
// the directory has one candidate, from a picker when it has several. What
// the staff member typed into the address is never replaced unasked: the
// field offers the code's town instead, and ↓ in it puts it in place.
// A postal code pasted with its address after it ("〒733-0001 広島県広島市
// …") is parted into the two fields while the address is still free.
// An address typed as customers dictate it, prefecture first ("広島県広島市
// …"), gives its prefecture to the prefecture field when that is empty;
// one that names another prefecture than the one chosen is said at the
// address.
class PostalAutofill : public QObject
{
    Q_OBJECT
public:
    PostalAutofill(ValidatedField *postalCode, PrefectureField *prefecture, ValidatedField *address,
                   QObject *parent = nullptr);

    // Whether a prefecture and address stand elsewhere in the application
    // too (a destination prefilled from step 1 or copied from the one above):
    // replacing such a copy loses nothing typed, so it is not asked about.
    using HeldElsewhere = std::function<bool(const QString &prefecture, const QString &address)>;
    void setHeldElsewhere(HeldElsewhere heldElsewhere)
    {
        m_heldElsewhere = std::move(heldElsewhere);
    }

Q_SIGNALS:
    void filled();

protected:
    // Tells typing in 郵便番号 (a key with a character, an input method's
    // commit) from a paste.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lookUp();
    // A postal code of another prefecture than the one chosen: said at the
    // prefecture, without stopping the page (a code can be newer than this
    // computer's directory).
    void noteMismatch();
    // Fills prefecture and address from the candidate when nothing typed is
    // in the way; false when what was typed is kept.
    bool fillIfFree(const PostalCandidate &candidate);
    void fill(const PostalCandidate &candidate);
    // Empty, filled in by this class, or a copy (see setHeldElsewhere).
    bool addressIsFree() const;
    bool addressIsACopy() const;
    void showPicker(const QString &code, const QList<PostalCandidate> &candidates);
    // When the address begins with the prefecture chosen already, Keep
    // leaves it as the person typed it.
    enum class PrefectureAlreadyChosen { Keep, Drop };
    // True when the address began with a postal code that went to 郵便番号.
    bool takePostalCodeFromAddress();
    void takePrefectureFromAddress(PrefectureAlreadyChosen chosen = PrefectureAlreadyChosen::Keep);
    void partPastedAddress();
    void takeWholeAddressAfterTheTown(const QString &text);
    static QString describe(const PostalCandidate &candidate);

    ValidatedField *m_postalCode;
    // Its line edit, to know its events by (only compared: it may be half
    // gone when the last of them arrive).
    QPointer<QObject> m_postalCodeEdit;
    PrefectureField *m_prefecture;
    ValidatedField *m_address;
    QString m_lastCode;
    // The address was begun in 郵便番号 (parted from it while typing there)
    // and goes on in 住所 until it is left.
    bool m_typedOnFromPostalCode = false;
    // The change of 郵便番号 under way comes from a key or an input method,
    // not from a paste.
    bool m_typingInPostalCode = false;
    QString m_lastFilledAddress;
    // The prefecture that came with it, and the code it was filled in for.
    QString m_lastFilledPrefecture;
    QString m_lastFilledCode;
    QPointer<QMenu> m_picker;
    HeldElsewhere m_heldElsewhere;
};
