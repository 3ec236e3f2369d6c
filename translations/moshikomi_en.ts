<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessibleComboBox</name>
    <message>
        <source>Opens the list to choose from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdditionalInfoEditor</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the expected form: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdditionalInfoPage</name>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details this service needs for the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationContentView</name>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (total %2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(postal code %1 is in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>a date read back, Qt&apos;s format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(perhaps %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDetailDialog</name>
    <message>
        <source>confirmation request (申込み確認)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application completed (申込み完了)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional registration (仮登録完了通知)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem notice (問題通知)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of this application was removed from this computer after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail sent: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail could not be delivered: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh confirmation link was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again after an interrupted send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was entered was removed from this computer after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was entered cannot be read on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem reported by the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s operator reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;use as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new application with what this one holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deadline %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <source>Moshikomi — new application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Enter or Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Alt+B); nothing typed is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every application saved on this computer (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the language of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moshikomi — application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be saved for sending, so it was not submitted. Nothing you entered is lost.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the application, after one more question (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the additional information form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight back to the review through the steps after this one (Alt+R); it stops where one still needs something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional information form has changed since this application was entered. Fill in step 3 as it asks now, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional information form has changed since this application was entered. Check the review, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applications &amp;list (%n to correct)</source>
        <translation>
            <numerusform>Applications &amp;list (%n to correct)</numerusform>
            <numerusform>Applications &amp;list (%n to correct)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every application saved on this computer (Alt+L); the service refused %n of them, which wait for a correction</source>
        <translation>
            <numerusform>Every application saved on this computer (Alt+L); the service refused %n of them, which waits for a correction</numerusform>
            <numerusform>Every application saved on this computer (Alt+L); the service refused %n of them, which wait for a correction</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local queue and settings in DIR (also MOSHIKOMI_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI language: ja or en (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the step-3 schema in FILE (JSON) and keep it as the cached schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new application without offering drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moshikomi: enter applications for the cyber security monitoring service on behalf of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only this CA certificate (PEM) for the service (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service-url %1: give an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the applications waiting in the queue and fetch what the service says, without a window; exit code 0 when nothing is left waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service: give --service-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local queue %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 rejected, %3 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the staff token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff token: set one in the app&apos;s connection settings, or set MOSHIKOMI_STAFF_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service to send applications to (remembered); the staff token is the one the connection settings keep in the keychain, or MOSHIKOMI_STAFF_TOKEN for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: choose a passphrase for the local queue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the local queue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 must be yours and readable by you alone (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase in MOSHIKOMI_QUEUE_PASSPHRASE_FILE does not open the local queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service-url %1: give an https:// address (http:// only for a service on this computer: the token must not travel unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file %1: this file holds no certificate that can be read (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no display to show the window on (DISPLAY is not set). Without a window, --sync sends the queued applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain to give the staff token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional information schema %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional information schema %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional information schema %1 is larger than 1 MiB and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;fields&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 has no &quot;key&quot;, or one that another field has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 has a &quot;type&quot; this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;pattern&quot; of field %1 cannot be applied to a whole value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;pattern&quot; of field %1 is not a valid regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is a choice without &quot;options&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume &quot;%1&quot;: this is not an application number (it reads like 3f0c9a2e-8b1d-4c5e-9a7f-2b6d1e0c4a93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new and --resume ask for different starts: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 has an invalid &quot;min&quot;, &quot;max&quot; or &quot;maxLength&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 has a &quot;min&quot; above its &quot;max&quot;: no value could be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 has an option without a &quot;value&quot;, or two options with the same &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the draft with this id without asking (or one the service refused, to correct it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionOutcome</name>
    <message>
        <source>Connected: the service accepted the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service cannot be reached: check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time: the network or the service is slow or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not signed by an authority this computer trusts: check the CA certificate file, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s certificate is for another name than the address: check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s certificate cannot be trusted (expired or invalid): ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s key matches none of the public-key pins: nothing was sent. Check the pins with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no certificate that can be read (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the staff token: check that it was copied whole, or ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff token may not send applications: ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address redirects elsewhere; the token is not sent after a redirect. Enter the service&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the Moshikomi service (a network login page?). Check the address, or log in to the network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has a problem right now; applications wait in the queue until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy and asked to wait; what is left is sent by itself when the wait is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After several wrong staff tokens from this network, the service takes no requests from it for a while (usually about ten minutes). Check the token; what is left is sent by itself once the service takes requests again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactBlockPaste</name>
    <message numerus="yes">
        <source>The pasted lines went into %n fields here: check them.</source>
        <translation>
            <numerusform>The pasted lines went into %n field here: check it.</numerusform>
            <numerusform>The pasted lines went into %n fields here: check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (the field holds something else, or there is no such field here): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the pasted lines went into a field here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionQuestion</name>
    <message>
        <source>Correct the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application for %1 has not been sent yet. To correct it, it is taken out of the applications waiting to be sent and opened again; when it is right, submit it again on the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer company and its contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already holds an application to this address: %1. To send the customer a fresh confirmation link, use the applications list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>%1 (Japan time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <source>Copy the previous destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this destination with the one above (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this destination (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationsEditor</name>
    <message>
        <source>&amp;Add a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a destination, filled in from step 1 (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 / %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove destination %1? What was typed in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what destination %1 holds with destination %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>UTM destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the UTM appliances are sent: up to 10 destinations and 10 units in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fresh application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn&amp;ect to the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can confirm it until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has 24 hours to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application has been sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service has mailed the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is saved and waiting to be sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This computer is not connected to the service yet: set up the connection, and it is sent at once; the service then mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the application stands, and what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is saved and waiting to be sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It is sent to the service automatically as soon as the network allows; the service then mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;&lt;p&gt;If Moshikomi is closed before then, it is sent at its next start.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the application number to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number co&amp;pied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is saved and waiting to be sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service refused the staff token: enter a valid one in the connection settings, and it is sent at once; the service then mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is being sent…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It is saved on this computer. The service is taking a while to answer; once it has the application, it mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Last attempt: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the application back from the queue and correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Application number: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The service did not accept the application.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was sent to the customer. Press Correct to change it where the service says, and submit it again; nothing entered is lost.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unfinished applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These applications were not finished. Resume one where it was left, or start a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (last change %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address (again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the confirmation mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address once more to make sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 digits, with or without a hyphen, e.g. 733-0001. Fills in prefecture and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address after the prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, 10 or 11, starting with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For SMS authentication at the portal: 11 digits starting with 070, 080 or 090. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 10; at most 10 over all destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s address, not where the UTM is installed. 7 digits, with or without a hyphen, e.g. 733-0001. Fills in prefecture and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the 7 digits of the postal code (and one hyphen) go here; the address goes in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the digits of the phone number go here (10 or 11, starting with 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the 11 digits of the mobile number go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 perhaps %2? Read the address back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step; on an incomplete step, every message and the first field at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (nothing typed is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a destination (step 2) or a login user (step 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the destination or user with the focus (asked first if it holds something typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the previous destination into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the review, wherever the focus is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the review after a Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (on the review, after an OK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After submitting: a new application; copy the application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft or a rejected application; the story of any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a draft (asked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s actions, and the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the application (what was typed is kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a postal code, list its towns (the one chosen fills in prefecture and address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginUserRow</name>
    <message>
        <source>Remove this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this user (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginUsersEditor</name>
    <message>
        <source>&amp;Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a login user (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove login user %1? What was typed for them is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginUsersPage</name>
    <message>
        <source>Login users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may log in to the service portal: up to 3 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>leads to step 5, the review</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossQuestion</name>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCatalog</name>
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
        <source>Enter %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 or an earlier date.</source>
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
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a character that cannot be used here (a tab, a line break or an invisible control character). Retype the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number without its extension; note the extension elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be checked: the form&apos;s rule for this field is faulty. Nothing you typed is wrong; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address begins with another prefecture than the one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid staff token is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs an operator&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is here. The API&apos;s paths begin with /api/v1/ and do not end with a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency-Key must be the body&apos;s id in canonical lower-case form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This id was already used for a different application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is still being processed; send it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tokens; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 new links an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the application&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unconfirmed or expired application gets a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a confirmed application can be provisionally registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem is reported once per application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service cannot reach its database; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be stored; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive whole in time; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address begins with a postal code other than the one entered above; keep only one, in the postal code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changedSince must be a cursor this service gave, or a time such as 2026-11-25T08:15:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date that exists, as YYYY-MM-DD (e.g. 2026-12-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A phone number has 10 or 11 digits, starting with 0; this has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits, starting with 070, 080 or 090; this has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A postal code has 7 digits (e.g. 733-0001); this has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters; this has %1.</source>
        <translation>
            <numerusform>Too long: at most %n character; this has %1.</numerusform>
            <numerusform>Too long: at most %n characters; this has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two email addresses differ in capital and small letters before the @; write them the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not in UTF-8; send JSON in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body as application/json in UTF-8 (charset=utf-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 to 10 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, in digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a space in it; an address has none (a dot, a hyphen or an underscore may have been meant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no @ (as in name@example.co.jp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a comma in it; a dot (.) may have been meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the @ comes a domain with a dot, as in example.co.jp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one address only; this holds more than one.</source>
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
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unfinished application %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is read-only: unfinished applications can be opened and read, but nothing you type can be saved. Copy the folder somewhere writable and start with --data-dir to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not accept this application:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the staff token is kept only until the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the applications saved on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the unencrypted copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set the file aside and start with an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be moved aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked file was kept as %1. It opens again if its key comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating how the applications are stored on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moshikomi is already open with this data folder: its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moshikomi is already open with the data folder %1 (%2) and does not answer. Close it and start again, or start with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the system keychain… If it asks for its password, its window may be behind this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is already being sent, or was sent, and can no longer be corrected here. If something in it is wrong, ask an operator to report a problem with it, and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 was submitted already and is no longer edited here (%2). The applications list (Alt+L) shows where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for the applications on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key to the applications you enter. Choose a passphrase instead: it will be asked each time Moshikomi starts. Without it nobody — not even support — can read the saved applications, so keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications saved on this computer are locked with a passphrase. Enter it to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the applications. Check the keyboard&apos;s input mode and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalAutofill</name>
    <message>
        <source>Addresses for postal code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code %1 is in %2. Check the prefecture and the postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several towns have postal code %1: press ↓ here to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code %1 is for %2 %3. To use that for prefecture and address, press ↓ here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several towns have postal code %1. To use one for prefecture and address, press ↓ here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code %1 is not in the postal directory; the prefecture and address are still those filled in for %2. Check the code and the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrefectureField</name>
    <message>
        <source>Type to search, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyLoginDialog</name>
    <message>
        <source>Proxy login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s proxy %1 asks for a user name and password before applications can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueErrorText</name>
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
    <message>
        <source>The data folder %1 belongs to another user. Moshikomi keeps customers&apos; data only in a folder of your own: choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is a symbolic link, which Moshikomi does not follow. Move the link away or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to the applications saved in %1 is not in this computer&apos;s keychain (the keychain was reset, or the file belongs to another user account). Nothing has been changed: sign in as the user who entered them, or restore the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keychain does not open the applications saved in %1. Nothing has been changed: sign in as the user who entered them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications saved in %1 are locked with a key kept in the keychain, and the keychain is not available now. Nothing has been changed: unlock the keychain (sign in to the desktop) and start Moshikomi again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given: the saved applications stay locked and unchanged.</source>
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
        <source>Confirmation time is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left to confirm</source>
        <translation>
            <numerusform>%n minute left to confirm</numerusform>
            <numerusform>%n minutes left to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left to register</source>
        <translation>
            <numerusform>%n minute left to register</numerusform>
            <numerusform>%n minutes left to register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left to confirm</source>
        <translation>
            <numerusform>%n hour left to confirm</numerusform>
            <numerusform>%n hours left to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left to register</source>
        <translation>
            <numerusform>%n hour left to register</numerusform>
            <numerusform>%n hours left to register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left to confirm</source>
        <translation>
            <numerusform>%n day left to confirm</numerusform>
            <numerusform>%n days left to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left to register</source>
        <translation>
            <numerusform>%n day left to register</numerusform>
            <numerusform>%n days left to register</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (personal data removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column; click again for the other direction, a third time for newest first</source>
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
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what waits and fetch what the service says, now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s address and the staff token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
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
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a draft, or correct a rejected application or one not sent yet (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, time left and the whole history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft, after asking (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft for %1? What was typed in it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the service for a fresh confirmation link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fresh link could be sent for %1: the service cannot be reached. Try again when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fresh link could be sent for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a service: applications wait on this computer. Set up the connection with Connection… (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fresh links were sent for it in the last hour. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an application waiting for confirmation, or one whose link expired, gets a fresh link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service does not know this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh confirmation link to the customer; the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh confirmation link was sent for %1; it is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh confirmation link was sent for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Start one with New application (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;use as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new application with what this one holds: after a problem, or for another site of the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ascending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (descending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a fresh confirmation link?
To: %1 (%2)
The link sent before stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed for %1 is kept as a draft: open it here to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company, name, email, phone, postal code, address or application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>too many fresh links were sent for it in the last hour. The next can be sent in %n minute(s).</source>
        <translation>
            <numerusform>too many fresh links were sent for it in the last hour. The next can be sent in %n minute.</numerusform>
            <numerusform>too many fresh links were sent for it in the last hour. The next can be sent in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the draft for %1? It is the application open in the application window, which then starts a new one. What was typed in it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a fresh confirmation link?
To: %1 (%2)
The link sent before has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the application back to the customer. Characters that are easily confused are marked like this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit this application? It is saved at once and sent to the service as soon as the network allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already holds an application to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the customer is waiting for the confirmation mail, a fresh link can be sent from the applications list instead: a second application sends a second mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation mail goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications are sent to the central service at this address. Enter the address and the staff token your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the system&apos;s certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-key pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the staff token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the token is kept only until the app is closed and must be entered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with a private certificate authority: one pin per line, as curl&apos;s --pinnedpubkey writes them. Leave empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-key &amp;pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a pin: write sha256// and the key&apos;s SHA-256 in base64 (44 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address such as https://moshikomi.example.co.jp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (http:// only for a service on this computer): the token must not travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff token your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff token has only letters, digits and punctuation, without spaces: check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the message at “%1” says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 6, current: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
