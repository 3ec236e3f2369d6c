#pragma once

#include "client/localqueue.h"
#include "core/additionalinfoschema.h"
#include "core/application.h"
#include "core/fieldtable.h"
#include "ui/wizardpageid.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWizard>

#include <optional>
#include <utility>

class QAbstractButton;

class StepPage;

// The application wizard: one application from the first keystroke to the
// local queue. Every change is saved as a draft (at most DraftDelayMs after
// it, at each page change and at close), so that nothing typed is lost.
class ApplicationWizard : public QWizard
{
    Q_OBJECT
public:
    static constexpr int DraftDelayMs = 400;

    ApplicationWizard(LocalQueue *queue, const AdditionalInfoSchema &schema,
                      QWidget *parent = nullptr);
    ~ApplicationWizard() override;

    // Fills the wizard from a draft and shows the step it was left at.
    void load(const Application &application, int step);
    Application application() const;
    QUuid applicationId() const { return m_id; }
    bool hasAdditionalInfo() const { return !m_schema.isEmpty(); }
    const AdditionalInfoSchema &schema() const { return m_schema; }
    // Applications this computer already holds for the same step-1 address
    // (submitted, in any state after it; newest first, at most `limit`): the
    // same customer entered twice gets a second confirmation mail.
    QList<LocalQueue::Summary> earlierApplicationsTo(const QString &email, int limit = 3) const;
    // One of them as staff read it: company, state, last update.
    static QString earlierApplicationInWords(const LocalQueue::Summary &summary);

    // The wizard fields the pages register: one per step-1 field
    // ("customer.email"), one per list (the keys of the field table).
    static QString customerFieldName(const FieldSpec &spec);
    static QString listFieldName(const char *key) { return QLatin1StringView(key); }
    bool isSubmitted() const { return m_submitted; }
    // What the service refused in this application, each at its field (a
    // rejected application opened again for correction); goes to the step
    // of the first. Paths the wizard has no field for are returned.
    QStringList showServiceErrors(const QList<std::pair<QString, QString>> &pathsAndMessages);
    // A path of the wire form as staff read it: "destinations[1].units" →
    // "Destination 2 > Units", "formVersion" → the form's version.
    QString pathInWords(const QString &path) const;
    // One line of what the service refused, for a path with no field:
    // where it is and what the service said, or, for the form's version,
    // what staff do about it.
    QString faultInWords(const QString &path, const QString &message) const;
    // The step where the field at this path is entered.
    static WizardPageId stepOf(const QString &path);
    // The service took this application (the sync engine says so).
    void applicationSent(const QUuid &id);
    // A step-3 schema that came from the service while this application is
    // open. Taken while step 3 has not been shown yet (the first application
    // after installing is entered while the first schema arrives); an
    // application already past step 2 keeps the schema it was entered with.
    // Returns whether it was taken.
    bool offerSchema(const AdditionalInfoSchema &schema);
    // Whether a service is set up: step 6 offers the settings when not.
    void setServiceConfigured(bool configured);
    // Whether the service refused the staff token: step 6 says so when it is.
    void setTokenRefused(bool refused);

    // What the person sees beyond the values a draft holds: the messages
    // shown at fields (the service's words among them) and the field being
    // typed in, each field named by the page it is on and the names of the
    // widgets it is in ("1/destination2/postalCode"). Carried into the wizard
    // that replaces this one when the language is switched.
    struct ViewState
    {
        QStringList revealed;
        QHash<QString, QString> serviceMessages;
        QString focused;
        int cursor = -1;
        // How far down the page had been read (0 top … 1 bottom; the other
        // language's texts are longer or shorter); negative: not scrolled.
        double readDown = -1;
        // Sent back from the review to change one group (step, row): the
        // way straight back to the review stays offered.
        std::optional<std::pair<WizardPageId, int>> correcting;
    };
    ViewState viewState() const;
    void restoreViewState(const ViewState &state);
    // An application just submitted, shown at step 6 as it stands in the
    // queue (the language was switched there). False, and nothing shown,
    // when its review cannot be reached (the form asks for more now).
    bool showSubmitted(const Application &application);

    // Saves the draft now; false (and a message) when the queue refused.
    bool saveDraft();
    // Goes back to an earlier step (from the review page).
    void goToStep(WizardPageId step);
    StepPage *stepPage(int id) const;
    // Tab goes from `last`, a page's last widget, to the wizard's buttons,
    // as on every step: a page that makes its widgets when shown (the
    // review) gets them where Qt puts new widgets, among the buttons.
    void tabToButtonsAfter(QWidget *last);

    // The list's button names the applications the service refused that
    // wait for a correction: a refusal that came while another application
    // was typed (or while the app was closed) is seen without opening the
    // list. Follows the queue by itself once it is open.
    void updateListButton();

Q_SIGNALS:
    void newApplicationRequested();
    void queueListRequested();
    void languageSwitchRequested();
    void settingsRequested();
    // Ctrl+Q: end the application (what is typed is saved as on any close).
    void quitRequested();
    void submitted(const QUuid &id);
    // Step 6's Correct…: the application just submitted, still waiting and
    // never able to have reached the service, asked back (the app takes it
    // out of the queue and opens it again).
    void correctionRequested(const QUuid &id);
    // Step 6's Correct for an application the service refused.
    void rejectedCorrectionRequested(const QUuid &id);
    // The draft on screen was deleted (from the list): nothing of it is kept
    // any more, and this window has nothing left to save.
    void openDraftDiscarded();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    void setUpButtons();

    void addPages();
    // Alt+N on an incomplete page shows what is missing.
    void setUpShortcuts();
    void setUpArrivalFocus();
    void setUpDraftSaving();
    // Step 6 follows the submitted application in the queue: on its way,
    // waiting after a failed attempt (and why).
    void followSending(const QUuid &id);
    // Change… on the review and the way back to it.
    void setUpReturnToReview();
    // "Back to the review" after Change…: offered on the steps before it.
    void showReturnToReview(bool shown);
    // Next, step after step, to the review; stops at a step that still
    // wants something and shows what.
    void returnToReview();
    bool submit();
    // The window's title for an application that is no longer new.
    void showTitleOf(const Application &application);
    QString inputKey(const QWidget *input) const;
    // Every widget on the pages by its key, made once for a restore.
    QHash<QString, QWidget *> inputsByKey() const;
    // Shows every message of an incomplete page and focuses the first field
    // at fault ("trying Next"); false when the page is complete.
    bool tryNextOnIncompletePage();
    void onChanged();
    void reportSaveError();

    LocalQueue *m_queue;
    AdditionalInfoSchema m_schema;
    QUuid m_id;
    QDateTime m_createdAt;
    QTimer m_draftTimer;
    QTimer m_listButtonUpdate;
    QAbstractButton *m_nextButton = nullptr; // watched for clicks while disabled
    bool m_dirty = false;
    bool m_loading = false;
    int m_arrivalRow = -1; // the row "Change…" on the review asked for
    // The group Change… on the review was pressed for (its step and row),
    // until the review is back: "Back to the review" is offered meanwhile.
    std::optional<std::pair<WizardPageId, int>> m_correcting;
    int m_refusedShown = 0;
    bool m_returnButtonMade = false;
    quint64 m_arrivals = 0; // page changes so far: the focus follows the last
    bool m_submitted = false;
    // The window's title names the company (an application opened again, or
    // submitted), rather than saying it is a new one.
    bool m_titleNamesCompany = false;
    int m_lastReportedError = 0;
};
