#pragma once

#include "client/localqueue.h"
#include "ui/applicationwizard.h"

#include <QTemporaryDir>

#include <memory>

class QLineEdit;
class QMessageBox;

// Drives the real wizard the way a person does: keys into fields, Tab, Enter.
class WizardDriver
{
public:
    explicit WizardDriver(const QByteArray &schemaJson = QByteArray(),
                          const QString &dir = QString());
    ~WizardDriver();

    ApplicationWizard *wizard() const { return m_wizard.get(); }
    LocalQueue *queue() const { return m_queue.get(); }
    QString dataDir() const { return m_dir; }

    // The line edit named objectName on the current page (row: 0-based row of an editor).
    QLineEdit *edit(const QString &objectName, int row = -1) const;
    // Focuses the field, selects what is in it and types text as keystrokes.
    void type(const QString &objectName, const QString &text, int row = -1);
    void typeInto(QWidget *widget, const QString &text);
    // Types text into the widget as it has the focus now.
    static void keys(QWidget *widget, const QString &text);
    // Leaves the current field as Tab does.
    void tab();
    bool nextEnabled() const;
    bool next(); // clicks Next; true when the page changed
    void fillValidCustomer();
    // Answers the next modal message box with `button` (from the event loop).
    static void answerNextDialog(int button, QString *text = nullptr);
    // The message shown under a field, or empty.
    QString messageFor(const QString &objectName, int row = -1) const;

private:
    static void answerDialog(int button, QString *text, int attempts);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    std::unique_ptr<LocalQueue> m_queue;
    std::unique_ptr<ApplicationWizard> m_wizard;
};
