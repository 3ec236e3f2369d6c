#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMultiMap>
#include <QSet>
#include <QShortcut>
#include <QStringList>
#include <QToolButton>
#include <QWidget>

// Every key combination that does something in `window` now, with what
// does it: buttons' and labels' underlined letters, shortcuts and actions
// that are on and belong to something shown. Qt treats two on the same keys
// as ambiguous and neither acts, so each key should have one owner.
inline QMultiMap<QString, QString> shortcutOwners(QWidget *window)
{
    QMultiMap<QString, QString> owners;
    auto add = [&owners](const QKeySequence &keys, const QString &owner) {
        if (!keys.isEmpty())
            owners.insert(keys.toString(), owner);
    };
    auto shown = [](QObject *object) {
        auto *widget = qobject_cast<QWidget *>(object);
        return widget && widget->isVisible() && widget->isEnabled();
    };
    QSet<QAction *> actions; // one action on two widgets is one shortcut
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!shown(widget))
            continue;
        const QString name = widget->objectName() + u' ' + widget->property("text").toString();
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && !(qobject_cast<QToolButton *>(widget) &&
                        qobject_cast<QToolButton *>(widget)->defaultAction()))
            add(button->shortcut(), name);
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(QKeySequence::mnemonic(label->text()), name);
        for (QAction *action : widget->actions()) {
            if (action->isEnabled() && action->isVisible() && !actions.contains(action)) {
                actions.insert(action);
                for (const QKeySequence &keys : action->shortcuts())
                    add(keys, QStringLiteral("action ") + action->text());
            }
        }
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->isEnabled() && shown(shortcut->parent()))
            add(shortcut->key(),
                QStringLiteral("QShortcut of ") +
                    QString::fromLatin1(shortcut->parent()->metaObject()->className()));
    }
    return owners;
}

// The keys of `owners` that more than one thing claims, each with its owners.
inline QStringList keysWithTwoOwners(const QMultiMap<QString, QString> &owners)
{
    QStringList shared;
    for (const QString &keys : owners.uniqueKeys()) {
        if (owners.count(keys) > 1)
            shared << keys + QStringLiteral(": ") + owners.values(keys).join(u" | ");
    }
    return shared;
}
