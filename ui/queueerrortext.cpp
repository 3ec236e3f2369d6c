#include "ui/queueerrortext.h"

#include <QDir>

QString QueueErrorText::message(const LocalQueue::Error &error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    using K = LocalQueue::ErrorKind;
    switch (error.kind) {
    case K::DiskFull:
        return tr("The disk is full: the application could not be saved. Free some space; "
                  "what you typed is still on screen.");
    case K::ReadOnly:
        return tr("The local database %1 is read-only: nothing can be saved.").arg(file);
    case K::Locked:
        return tr("The local database is in use by another program. Close the other "
                  "Moshikomi window and try again.");
    case K::Corrupt:
        return tr("The local database %1 is damaged.").arg(file);
    case K::Io:
        return tr("The local database %1 could not be read or written.").arg(file);
    case K::TooNew:
        return tr("The local database was written by a newer version of Moshikomi. "
                  "Update Moshikomi to open it.");
    case K::NotFound:
        return tr("This application is not in the local database.");
    case K::InvalidTransition:
        return tr("This application cannot change to that state now.");
    case K::NotEditable:
        return tr("This application has already been queued and can no longer be edited.");
    case K::NotOwned:
        return tr("The data folder %1 belongs to another user. Moshikomi keeps customers' "
                  "data only in a folder of your own: choose another with --data-dir.")
            .arg(QDir::toNativeSeparators(error.detail));
    case K::SymbolicLink:
        return tr("The local database %1 is a symbolic link, which Moshikomi does not follow. "
                  "Move the link away or choose another folder with --data-dir.")
            .arg(file);
    case K::KeyMissing:
        return tr("The key to the applications saved in %1 is not in this computer's keychain "
                  "(the keychain was reset, or the file belongs to another user account). "
                  "Nothing has been changed: sign in as the user who entered them, or restore "
                  "the keychain.")
            .arg(file);
    case K::KeyRefused:
        return tr("The key in this computer's keychain does not open the applications saved in "
                  "%1. Nothing has been changed: sign in as the user who entered them.")
            .arg(file);
    case K::KeyUnavailable:
        return tr("The applications saved in %1 are locked with a key kept in the keychain, and "
                  "the keychain is not available now. Nothing has been changed: unlock the "
                  "keychain (sign in to the desktop) and start Moshikomi again.")
            .arg(file);
    case K::KeyCancelled:
        return tr("No passphrase was given: the saved applications stay locked and unchanged.");
    case K::Other:
    case K::None:
        break;
    }
    return tr("The local database reported an error.");
}
