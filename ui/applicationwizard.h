#pragma once

#include "additionalinfoschema.h"
#include "application.h"

#include <QTimer>
#include <QWizard>

class LocalQueue;
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
    bool hasAdditionalInfo() const { return !m_schema.isEmpty(); }
    bool isSubmitted() const { return m_submitted; }

    // Saves the draft now; false (and a message) when the queue refused.
    bool saveDraft();
    // Goes back to an earlier step (from the review page).
    void goToStep(int step);
    StepPage *stepPage(int id) const;

Q_SIGNALS:
    void newApplicationRequested();
    void queueListRequested();
    void languageSwitchRequested();
    void submitted(const QUuid &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;

private:
    bool submit();
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
    bool m_dirty = false;
    bool m_loading = false;
    bool m_submitted = false;
    int m_lastReportedError = 0;
};
