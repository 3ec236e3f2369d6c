<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationRules</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an address like name@example.co.jp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two email addresses are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 7 digits, with or without a hyphen (e.g. 733-0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prefecture from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 10 or 11 digits starting with 0, without hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 11 digits starting with 070, 080 or 090, without hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 1 to 10 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most 10 units in total; these destinations add up to %n.</source>
        <translation>
            <numerusform>At most 10 units in total; these destinations add up to %n.</numerusform>
            <numerusform>At most 10 units in total; these destinations add up to %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one login user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 3 login users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another login user already has this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application id must be a version 4 UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time in RFC 3339 form (e.g. 2026-11-25T08:15:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not well-formed JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is below the minimum of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is above the maximum of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not part of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the additional information form is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalQueue</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting customer confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisionally registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: needs correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the application could not be saved. Free some space; what you typed is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is read-only: nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is in use by another program. Close the other Moshikomi window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Moshikomi. Update Moshikomi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is not in the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application cannot change to that state now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has already been queued and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoshikomiApp</name>
    <message>
        <source>Moshikomi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was damaged. It has been moved aside to %1 and a new, empty one was created. Nothing was deleted; ask support to recover the old file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>(no company name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message>
        <source>Moshikomi — applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications in the local queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new application (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
