#pragma once

#include "client/localqueue.h"
#include "ui/applicationwizard.h"

#include <QPushButton>
#include <QTemporaryDir>

#include <memory>

class DestinationsEditor;
class LoginUsersEditor;
class QComboBox;
class QLineEdit;
class QMessageBox;

// Drives the real wizard the way a person does: keys into fields, Tab, Enter.
class WizardDriver
{
public:
    explicit WizardDriver(const QByteArray &schemaJson = QByteArray(),
                          const QString &dir = QString());
    // Drives a wizard someone else made (the app's own, with its queue).
    explicit WizardDriver(ApplicationWizard *existing);
    ~WizardDriver();

    ApplicationWizard *wizard() const { return m_view; }
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
    // On the review: Submit, and OK to its question; true when step 6 shows.
    bool submit();
    void fillValidCustomer();
    // Saves the wizard's draft and opens it in a new wizard, shown with the
    // keyboard in place of the first (hidden), as after a restart or a
    // language switch, with what the first showed (`view`) restored; null
    // when the draft cannot be saved or read back.
    std::unique_ptr<ApplicationWizard> reopenedFromDraft(const ApplicationWizard::ViewState &view);
    // Fills step 1 with valid values and presses Next until `step` shows;
    // false when a Next does not move on or another step comes instead.
    bool reach(int step);
    // Answers the next modal message box with `button` (from the event loop).
    static void answerNextDialog(int button, QString *text = nullptr);
    // Presses the button whose text holds `button` in the message box that
    // comes up (modal), or Enter (its default) when `button` is empty; the
    // box's question goes to `question`.
    static void answerWhenAsked(const QString &button, QString *question, int attempts = 200);
    // Tab from the first of `chain` as many times as it is long, and Shift+Tab
    // from its last: the widgets that had the focus, the second list reversed
    // (so that both equal `chain` when the two directions mirror each other).
    static std::pair<QList<QWidget *>, QList<QWidget *>> walkTab(const QList<QWidget *> &chain);
    // What Tab should visit in a rows editor: every row's shown, enabled fields
    // in order, then the add button while rows can still be added.
    template<typename Editor> static QList<QWidget *> tabOrder(const Editor *editor)
    {
        QList<QWidget *> order;
        for (int r = 0; r < editor->count(); ++r) {
            for (QWidget *w : editor->row(r)->tabChain()) {
                if (w->isVisible() && w->isEnabled())
                    order << w;
            }
        }
        if (editor->addButton()->isEnabled())
            order << editor->addButton();
        return order;
    }
    // The message shown under a field, or empty.
    QString messageFor(const QString &objectName, int row = -1) const;

private:
    static void answerDialog(int button, QString *text, int attempts);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    std::unique_ptr<LocalQueue> m_queue;
    std::unique_ptr<ApplicationWizard> m_wizard;
    ApplicationWizard *m_view = nullptr;
};

// The prefecture box of step 1 (row -1) or of a destination row.
QComboBox *prefectureBox(ApplicationWizard *w, int row = -1);
DestinationsEditor *destinations(ApplicationWizard *w);
LoginUsersEditor *users(ApplicationWizard *w);
