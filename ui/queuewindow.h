#pragma once

#include <QMainWindow>

class LocalQueue;
class QueueTableModel;
class QTableView;

// The list of every application in the local queue, newest first.
class QueueWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit QueueWindow(LocalQueue *queue, QWidget *parent = nullptr);

Q_SIGNALS:
    void newApplicationRequested();
    void draftOpenRequested(const QUuid &id);
    // A rejected application, to correct and queue again.
    void rejectedOpenRequested(const QUuid &id);
    // "今すぐ同期": send what waits and fetch what the service says, now.
    void syncRequested();
    void settingsRequested();

private:
    QueueTableModel *m_model;
    QTableView *m_view;
};
