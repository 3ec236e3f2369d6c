#include "core/applicationstate.h"

#include "core/enumnames.h"

namespace {

constexpr EnumName<ApplicationState> kStates[] = {
    {ApplicationState::Draft, "draft"},
    {ApplicationState::Queued, "queued"},
    {ApplicationState::Sending, "sending"},
    {ApplicationState::AwaitingConfirmation, "awaiting_confirmation"},
    {ApplicationState::Confirmed, "confirmed"},
    {ApplicationState::ProvisionallyRegistered, "provisionally_registered"},
    {ApplicationState::Expired, "expired"},
    {ApplicationState::ProblemReported, "problem_reported"},
    {ApplicationState::Rejected, "rejected"},
};

} // namespace

QString ApplicationStates::name(ApplicationState state)
{
    return nameOf(kStates, state);
}

std::optional<ApplicationState> ApplicationStates::fromName(QStringView name)
{
    return valueOf(kStates, name);
}

bool ApplicationStates::isTransitionAllowed(ApplicationState from, ApplicationState to)
{
    using S = ApplicationState;
    switch (from) {
    case S::Draft:
        return to == S::Queued;
    case S::Queued:
        // Back to the editor: a correction before it was ever sent (the
        // local queue refuses it once a send was tried: the service may
        // have the first bytes under its id).
        return to == S::Sending || to == S::Draft;
    case S::Sending:
        // Back to queued when the network failed; the service decides the rest.
        return to == S::Queued || to == S::AwaitingConfirmation || to == S::Rejected;
    case S::AwaitingConfirmation:
        return to == S::Confirmed || to == S::Expired || to == S::ProblemReported;
    case S::Expired:
        // A fresh confirmation link was sent.
        return to == S::AwaitingConfirmation || to == S::ProblemReported;
    case S::Confirmed:
        return to == S::ProvisionallyRegistered || to == S::ProblemReported;
    case S::ProvisionallyRegistered:
        return to == S::ProblemReported;
    case S::ProblemReported:
        return false;
    case S::Rejected:
        return to == S::Draft;
    }
    return false;
}

bool ApplicationStates::isServiceStatus(ApplicationState state)
{
    using S = ApplicationState;
    return state == S::AwaitingConfirmation || state == S::Confirmed || state == S::Expired ||
           state == S::ProvisionallyRegistered || state == S::ProblemReported;
}

bool ApplicationStates::isFinal(ApplicationState state)
{
    using S = ApplicationState;
    return state == S::ProvisionallyRegistered || state == S::ProblemReported;
}
