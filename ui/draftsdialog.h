#pragma once

#include "client/localqueue.h"

#include <QDialog>

class QListWidget;

// Offered at start when unfinished applications are in the local queue:
// resume one (at the step where it was left) or start a new one.
class DraftsDialog : public QDialog
{
    Q_OBJECT
public:
    DraftsDialog(const QList<LocalQueue::Summary> &drafts, QWidget *parent = nullptr);

    // The draft chosen to resume; null for a new application.
    QUuid chosen() const { return m_chosen; }

private:
    QListWidget *m_list;
    QUuid m_chosen;
};
