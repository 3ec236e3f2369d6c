#pragma once

#include "core/customer.h"

#include <QStringList>

#include <optional>

// A customer's contact block as a mail signature or a web page gives it, a
// value a line (company, department and title, name, postal code and
// address, phone, email), parted into step 1's fields by what each line is.
// Lines that fit no field (a fax number, a web address, a second phone
// number) are kept apart, as they were.
struct ContactBlock
{
    Customer customer; // the fields recognised, the others empty
    QStringList unplaced;

    // Nothing unless the text holds at least `partsNeeded` of the block's
    // parts (company, department or title, name, address, phone, email) on
    // lines of their own: an address copied on two lines is an address, not
    // a block.
    // Nor when it is longer than a signature is.
    static std::optional<ContactBlock> parse(const QString &text, int partsNeeded = 3);

    // The block's mobile number (070/080/090 …), for a login user's 携帯番号:
    // taken out of the phone, or else out of the lines kept apart (携帯：…).
    // Empty when it has none.
    QString takeMobile();

    static constexpr qsizetype MaxLines = 30;
    static constexpr qsizetype MaxCharacters = 3000;
};
