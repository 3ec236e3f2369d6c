#pragma once

// The wizard's pages, in order; also the step stored with a draft.
enum WizardPageId {
    CustomerPageId,
    DestinationsPageId,
    AdditionalInfoPageId,
    LoginUsersPageId,
    ReviewPageId,
    DonePageId,
    WizardPageCount,
};
