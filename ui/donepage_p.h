#pragma once

#include "ui/steppage_p.h"

#include <QDateTime>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

// Step 6: the application is in the local queue; says so, and whether it has
// been sent or waits for the network.
class DonePage : public StepPage
{
    Q_OBJECT
public:
    explicit DonePage(QWidget *parent = nullptr);

    void initializePage() override;
    // Left for the next application: what was said of this one's sending goes.
    void cleanupPage() override;
    void focusOnArrival() override {} // "New application" has it
    // The service took it: the confirmation mail is on its way, its link
    // valid until `deadline` (the service's answer; invalid: not known).
    void setSent(bool sent, const QDateTime &deadline = QDateTime());
    // No service is set up on this computer yet: says so, and offers the
    // connection settings.
    void setServiceConfigured(bool configured);
    // The service refused the staff token: nothing goes until a valid one is
    // set up; says so, and offers the connection settings.
    void setTokenRefused(bool refused);
    // Where the sending stands while it is not sent: on its way now (said
    // once it takes longer than a blink), or waiting after `lastFailure`
    // (the words of why the last attempt failed; empty: none failed yet).
    void setSending(bool sending, const QString &lastFailure);
    // Offers to take it back and correct it (never able to have reached the
    // service yet).
    void setCorrectable(bool correctable);
    // The service refused it (422, or its id taken by other content): says
    // so with the service's words `why`, and offers to correct it. Nothing
    // is sent again until it is corrected. An empty `why` with false: not
    // refused (it was taken back and submitted anew).
    void setRejected(bool rejected, const QString &why = QString());
    bool isRejected() const { return m_rejected; }

Q_SIGNALS:
    void newApplicationRequested();
    void settingsRequested();
    void correctionRequested();

private:
    void updateText();
    void copyNumber();

    bool m_sent = false;
    QDateTime m_deadline;
    bool m_configured = true;
    bool m_tokenRefused = false;
    bool m_rejected = false;
    QString m_rejectedWhy;
    bool m_sendingShown = false;
    QString m_lastFailure;
    QTimer m_sendingTakesLong;
    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_new;
    QPushButton *m_copy;
    QPushButton *m_settings;
    QPushButton *m_correct;
};
