#pragma once

#include "client/localqueue.h"

#include <QCoreApplication>

// What the local queue's errors mean for the staff member, in the UI language.
class QueueErrorText
{
    Q_DECLARE_TR_FUNCTIONS(QueueErrorText)
public:
    // `path` is the database file the error is about.
    static QString message(const LocalQueue::Error &error, const QString &path);
};
