#pragma once

#include <QString>

#include <optional>

// The life of an application (spec: "Life of an application"), as the client
// follows it; the service's statuses are the states from awaiting
// confirmation on. Names are as stored and on the wire.
enum class ApplicationState {
    Draft,
    Queued,
    Sending,
    AwaitingConfirmation,
    Confirmed,
    ProvisionallyRegistered,
    Expired,
    ProblemReported,
    Rejected,
};

namespace ApplicationStates {
QString name(ApplicationState state);
std::optional<ApplicationState> fromName(QStringView name);
// Whether an application may go from one state to the other.
bool isTransitionAllowed(ApplicationState from, ApplicationState to);
// The states the service reports (api.md "Statuses").
bool isServiceStatus(ApplicationState state);
// No further change is expected (the service may purge personal data).
bool isFinal(ApplicationState state);
} // namespace ApplicationStates
