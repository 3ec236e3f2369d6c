#pragma once

#include "ui/steppage_p.h"

#include <QDateTime>

class QLabel;
class QPushButton;

// Step 6: the application is in the local queue; says so, and whether it has
// been sent or waits for the network.
class DonePage : public StepPage
{
    Q_OBJECT
public:
    explicit DonePage(QWidget *parent = nullptr);

    void initializePage() override;
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

Q_SIGNALS:
    void newApplicationRequested();
    void settingsRequested();

private:
    void updateText();
    void copyNumber();

    bool m_sent = false;
    QDateTime m_deadline;
    bool m_configured = true;
    bool m_tokenRefused = false;
    QLabel *m_text;
    QPushButton *m_new;
    QPushButton *m_copy;
    QPushButton *m_settings;
};
