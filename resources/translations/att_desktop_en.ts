<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms Trade Treaty licensing for national authorities: the case register, applications, assessments, decisions and the annual report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountMessages</name>
    <message numerus="yes">
        <source>This account is locked after repeated failed sign-ins. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>This account is locked after repeated failed sign-ins. Try again in %n minute, or ask an administrator to reset the password.</numerusform>
            <numerusform>This account is locked after repeated failed sign-ins. Try again in %n minutes, or ask an administrator to reset the password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Licensing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, and not your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you still need access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Users and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation and committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name on the licences and letters they sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainin&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Director of Export Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user receives a one-time password, shown here once, and chooses their own at the first sign-in. Committee members need an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mandate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a majority of the agencies asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the workstation after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;quorum (agencies that must answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password for %1: %2
Hand it over in person; it must be changed at the first sign-in. It is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title, printed under the name on what they sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job title of %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their name stays on everything they did. Reason (for the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated; their work was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Reasoning: why this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;). Who is signed in; it outlives a window rebuilt for a language change. The database, settings and signed-in person every window reads (made by ``show``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Discard changes?</source>
        <extracomment>Asked before unsaved input is thrown away; returns True to discard. Tests pass their own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this application without saving. Close it and lose your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <extracomment>Who saves: the signed-in person (the services check their role). Replaceable question asked before discarding unsaved input.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties and transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; recorded in the case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for c&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the registered case is corrected (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for import, transit and trans-shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Equipment of the national army</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of transfer *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination (final importing State) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended &amp;end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a known organisation or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant (exporter, importer or broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone the items pass through or end with: the end user, consignees, intermediate consignees and brokers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit and trans-shipment States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States the items cross on their way, in route order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference number is given when the application is first saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing %1 · status: %2 · registered %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case after you opened it (%1). Your input is still here. Copy what you need, close this dialog, reopen the case to see the new version, then apply your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type of transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Article6Page</name>
    <message>
        <source>Article 6 is checked first and is absolute: if the transfer would violate a UN Security Council arms embargo (6(1)), another international obligation (6(2)), or the State knows the items would be used for atrocity crimes (6(3)), it shall not be authorised. Ammunition and parts are screened too (Articles 3 and 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(1) — arms embargo screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run embargo screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is made as at the date of the decision, not against today&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(2) — would the transfer violate another international obligation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it would violate one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(3) — does the State know the items would be used in genocide, crimes against humanity or war crimes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the State knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen has not been run yet. Choose the decision date and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened as at %1: no embargo in force matches this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened as at %1: %2 embargo match(es), listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer (%1). The assessment ends here: the only possible decision is a denial citing that paragraph. Articles 7 and 11 are not assessed and no mitigation is offered, because no mitigation measure can lift an Article 6 prohibition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Article7Page</name>
    <message>
        <source>Assess objectively and without discrimination, taking into account information from the importing State (Art. 8(1)), the potential that the items would contribute to or undermine peace and security, or could be used to commit or facilitate the acts below. Record the risk before mitigation here: mitigation is considered on its own page, and the conclusion (7(3)) is drawn after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(a) — would the export contribute to peace and security? (Weighed against the risks under 7(3); it never lowers a risk by itself.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentVocabulary</name>
    <message>
        <source>None identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding before mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(a) Peace and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(i) Serious violation of international humanitarian law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Serious violation of international human rights law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Offence under the terrorism conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Offence under the transnational organised crime conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(4) Serious gender-based violence or violence against women and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 Diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(i) IHL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Human rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Terrorism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Organised crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7(4) GBV/VAWC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 11 Diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human-rights report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer&apos;s Art. 8(1) documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation with GBV experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence-building measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly developed and agreed programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-use / end-user assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No re-export without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery verification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-shipment on-site verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockpile security assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of the end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before transfer (point of loading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-delivery storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual or unexplained routing or trans-shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or unregistered brokers or intermediaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items or quantities do not match the end user&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vague or inconsistent end-use information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past diversion involving the end user or route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak stockpile security at the end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited unless approval obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not prohibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-State actors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed persons and entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee approval obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee approval not obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevalent types of GBV / VAWC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are they serious?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective preventive action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation reliably reduces the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council arms embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resolution %1 (%2))</source>
        <comment>after an arms embargo&apos;s name: its UN resolution and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — </source>
        <comment>embargo name separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1(%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Unsaved answers</source>
        <extracomment>&quot;save&quot;, &quot;discard&quot; or &quot;cancel&quot;: asked when the wizard closes with unsaved answers. A path to save a file to (title, suggested name, filter), or None if cancelled. The pages closed when Article 6 prohibits the transfer. Closed when Article 7 does not apply (an import, transit, trans-shipment or brokering case the authority&apos;s policy does not assess under Article 7): only Article 6 is asked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your answers to the assessment draft before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <extracomment>The case after a decision was recorded: the register and case view refresh. The case after its assessment was completed or sent to the committee.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ complete   • still incomplete
* required to complete the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment record PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save licence/denial PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to the committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Article 6 prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Article 7(1) risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Article 7(4) GBV flowchart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Article 11 diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Article 7(2) mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Article 7(3) conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · end user: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: Article 6 prohibits the transfer, so it is not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision has been recorded on this case; the assessment is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Record the decision, or start a new revision to change a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Submit it to the committee, or start a new revision to change a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer. The Article 7, GBV, diversion and mitigation pages are closed: the only possible decision is a denial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7 not applicable: %1. Article 7 binds the exporting State and the authority&apos;s policy does not apply it to this transfer type; Article 6 applies to every transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7 assessed under national policy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo screen failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”: choose the kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not completed: choose the kind of each source listed under the steps (a source without a kind is not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not completed: %1 answer(s) are still missing. They are listed under the steps: click one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to the committee: the agencies chosen are asked for their opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of each source listed under the steps before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case reassessed? The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment record PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save licence/denial PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>Authority</source>
        <extracomment>The letterhead preview&apos;s box: wide and low, like the banner on the page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard &amp;provisos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;7 policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every licence proposes these conditions to the decider, beside the committee&apos;s conditions and the mitigation measures the assessment relied on. One condition per line; an empty list is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mitigation measure lowers only the risks its kind can address: confidence-building measures and jointly developed programmes (Article 7(2)) any risk; assurances, re-export clauses and verification (Article 11(2)) diversion. If your national policy allows it, an officer may state why a measure of another kind addresses a risk; the reason is then required and printed in the assessment record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let an officer&apos;s stated reason count (national policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 applies to every transfer. Article 7 is the exporting State&apos;s obligation: for the transfer types ticked here, national policy asks it too, and the assessment record says so. Unticked types are assessed under Article 6 only, and the record says Article 7 was not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Export Control Agency, Ministry of Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most %1 KB, printed across the top of the first page of every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national point of contact (Article 5(6)): given on the denial letters so that applicants know whom to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. For the Minister, by delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and within what time an applicant may ask for a review of a denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences and denial letters are signed by the person who decided, with their name and job title (File → Users and agencies), under this wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory &amp;wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppeal information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents &amp;written in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the authority&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the authority&apos;s name: every document prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an email address such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three capital letters (ISO 4217), e.g. EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image of at most %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letterhead image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: see the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New documents use this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Licence</source>
        <extracomment>In menu order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF documents</source>
        <extracomment>Where &quot;Save…&quot; starts; shared with the assessment wizard for the whole session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, save or print the licence, denial letter or assessment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the PDF in your PDF viewer: print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents appear here once the case has an assessment or a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened %1. Save the document and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Transfer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <extracomment>Longer texts, each on a row of its own so that nothing is cut off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open. Select a case in the register to see it here.</source>
        <extracomment>The officer asked to assess the open case: the window opens the assessment wizard. A new version of the case was saved here (a document added): the register refreshes. The database and the person acting are read from here when the view acts. The open case&apos;s recorded decision, if any (shown under the header).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add d&amp;ocument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld from report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-export, re-transfer, or change of end user, end use or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change request(s) awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawn case has nothing to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was decided without an assessment recorded in ATT Desktop (imported or demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the assessment and the decision (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the application: Article 6, Article 7, then the decision (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence %1, valid %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1, %2, by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1 by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>historical: decided outside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, acting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions list hits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with a one-time password: choose your own before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>Re-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-transfer within the importing State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importing State&apos;s authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change requests: %1</source>
        <extracomment>A request was recorded or decided: the case view shows the case again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to re-export, re-transfer, or change the end user, end use or location of what a licence covers. An officer records each request; the deciding authority consents or refuses it, as for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent letter of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licensing officer or the focal point records requests on a valid licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request awaiting a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the consent letter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeIntegration</name>
    <message>
        <source>Committee</source>
        <extracomment>Open this case (from My work). Open a year&apos;s annual report submission (a report&apos;s item in My work). A committee step changed this case: show it again and refresh the register.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases waiting for you (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeSessionWindow</name>
    <message>
        <source>Committee sessions</source>
        <extracomment>A case&apos;s committee record changed (an outcome): the window may refresh it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Monthly inter-agency committee</source>
        <extracomment>The database and the person acting, read at each service call.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case now in committee goes on its agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sittings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present at the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the table concluded, e.g. &apos;Recommend approval with end-use check&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record o&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next case →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this sitting? Its attendance and outcomes can no longer be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered (quorum %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeVocabulary</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency&apos;s opinion is awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opinion is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request awaits a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advice on gender-based violence is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence to reassess (Article 7(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report awaits your sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence %1, incident %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionPage</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by the application from your findings: if, after mitigation, an overriding risk remains on any criterion, the State shall not authorise (Article 7(3)). Change a finding on its page to change this conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) are still missing before this assessment can be completed. They are listed under the steps: click one to go to its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions the assessment requires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Condition</source>
        <extracomment>The decider&apos;s own additions, after the proposed groups. The text as proposed: a row the decider has not edited can be withdrawn by a new proposal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another condition of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation measures the assessment&apos;s findings relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the assessment (cannot be removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s standard provisos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the decider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relied on for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Consistency: like cases</source>
        <extracomment>The officer asked to record a denial notified by another State.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a denial from another State…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denials notified by other States are matched against this case&apos;s parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial notices matching the parties (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) ~ %4, denied by %5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching denial notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion and breach incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident with these parties or destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with transit or trans-shipment States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a serious GBV finding (Art. 7(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an Article 6 concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the risk %1 at %2 or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mandate recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for departing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent: shorter due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case urgent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it not consulted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it consulted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions will be due by %1 (%2 working days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>Record the answer</source>
        <extracomment>Asks &quot;record this answer? it cannot be changed&quot;: True to go ahead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation or expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer as gender adviser</source>
        <extracomment>An answer was recorded: the case view shows the case again (its history changed). Asked before an answer is recorded (tests replace it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation or e&amp;xpert consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender adviser has not been asked about this case. The officer asks from the assessment&apos;s Article 7(4) page once GBV steps 1 and 2 are yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV consultation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this answer for %1? An answer is part of the record and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search…</source>
        <extracomment>Item data: the ISO 3166-1 alpha-2 code. Item data: every spelling the completer matches against (local name, English name, codes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryListEditor</name>
    <message>
        <source>&amp;Add State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Add State to include &apos;%1&apos;, or clear the box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomsImportDialog</name>
    <message>
        <source>Import shipments from a customs file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Reading or importing the file runs on a worker thread; this shows it is under way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows understood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (nothing is imported until they are fixed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (recorded with each shipment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs exports (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) ready to import.</source>
        <translation>
            <numerusform>%n shipment ready to import.</numerusform>
            <numerusform>%n shipments ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again.</source>
        <translation>
            <numerusform>%n error: correct the file and choose it again.</numerusform>
            <numerusform>%n errors: correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) imported.</source>
        <translation>
            <numerusform>%n shipment imported.</numerusform>
            <numerusform>%n shipments imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <extracomment>Answers &quot;which file?&quot; (the window passes its prompter&apos;s open_file); None = cancelled. Checks a target and returns what opening it would do; raises DatabaseError.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. att-desktop.sqlite3</source>
        <extracomment>Busy while the connection is tried (on a worker thread: a server may be slow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to use your password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used for this session only and is never saved. The database must exist and be empty the first time; ATT Desktop sets it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <source>Deactivate %1: hand over their work</source>
        <extracomment>The account was deactivated (its user id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds the work below. Choose who carries each item on and write what they need to know: the summary is kept in each case&apos;s history and shown in the successors&apos; My work. A case goes to a licensing officer or the deciding authority; an agency&apos;s opinion to a member of the same agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one per case below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor for &amp;every case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover &amp;summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (for the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over and deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency has nobody else who can answer: leave its opinion unanswered and record that in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each case stands, what is awaited from whom, what to watch for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. retired, moved to another ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; hand over and deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of %1, which only they can still give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a summary of at least %1 characters and tick the confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>Decide: %1 on licence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, asked by %2 on %3. Justification: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One condition per line (consent only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the request; the decision is signed and cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>The reasoning for the decision, as it will appear in the record</source>
        <extracomment>Grounds a decider may cite for a denial the engine did not ground itself. The start the service suggested, while the decider has not changed it. The rows of the lines table behind ``licence_terms().lines``, for the service&apos;s errors (&quot;licence.lines[1].quantity&quot;) to find their row. The decision date&apos;s problems (in the future, before receipt), from the form&apos;s own check or the service&apos;s refusal (field ``decided_on``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for departing from the &amp;majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the decision goes against the committee&apos;s majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorise: issue a licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorise up to what was applied for; 0 leaves a line off the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a condition to leave it off, double-click to edit it, or add your own. Every ticked condition is printed on the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds for denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grounds found by the assessment are always cited. You may deny an authorisable case for reasons of your own: then cite the ground below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the grounds the assessment found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this ground applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria the denial rests on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority allows a licence at most %1 years: here until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot start before the decision date, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation is not possible: Article 6 prohibits the transfer. The only decision is a denial citing the paragraph; no mitigation can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation is not possible: after mitigation an overriding risk remains (Article 7(3)). The State shall not authorise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether to authorise or deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasoning for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one criterion the denial rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 years: until %2 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence cannot start before the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the %1 applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorise at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date: %1 (the date of the Article 6 screen; change it on page 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment&apos;s recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incomplete assessment cannot be decided. Still missing (see the conclusion page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: %1 on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenialNoticesDialog</name>
    <message>
        <source>Denials notified by other States</source>
        <extracomment>The notice just recorded (a ``DenialNoticeView``): the consistency panel refreshes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a denial that another State notified (or one your authority issued outside this application). Every new application&apos;s parties are matched against these notices, by exact and by similar names, so that like cases are treated alike (Article 7(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New denial notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notifying State&apos;s reference, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the end user, consignee or broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. assault rifles, ML1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EU Common Position criterion 7; Art. 7(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifying State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied &amp;party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party&apos;s &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record denial notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifying State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices on record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice on the form is not recorded yet. Record it, or close again to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was not recorded. Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 (%2), denied by %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationFiles</name>
    <message>
        <source>Prevalent GBV types and prevention measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human rights situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHL situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrorism and organised crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 was last assessed %3, %4 months ago; the authority asks for material under %5 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file, %1: %2 updated (assessed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file, %1: %2 recorded (assessed %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationFilesWindow</name>
    <message>
        <source>Destination files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States with a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States with a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add or update finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;reassessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 topics, newest %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a State to see its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding on this topic yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. These valid licences concern %1 and are now listed for reassessment (Article 7(7)): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. No valid licence was put up for reassessment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <source>Destination file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use destination file on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the file&apos;s sources to this page&apos;s sources and its findings to the reasoning, marked with their date; nothing you typed is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the destination file (%1, assessed %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into this page&apos;s answers (%1): review them and make them yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page already has what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationSettingsTab</name>
    <message>
        <source>Each destination State&apos;s file holds standing findings (GBV, human rights, IHL, diversion...) that new assessments start from. A finding older than this is shown with a warning, in the file and beside the assessment, so someone refreshes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination material needs &amp;refreshing after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiversionPage</name>
    <message>
        <source>Assess the risk that the items are diverted to unauthorised end users or end uses, stage by stage along the supply chain. The overall diversion risk is the highest stage risk. Red flags, the end-user certificate and post-shipment arrangements are recorded below and reported with the conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate and assurances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC number, issuer, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authenticated with the issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance: no re-export without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance on stockpile security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-shipment cooperation and verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery verification certificate agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-shipment cooperation agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add document to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. End-user certificate signed by the MoD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s own number, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file is kept (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbargoDataDialog</name>
    <message>
        <source>Embargo reference data</source>
        <extracomment>An update was loaded or the applied sets changed: reassessment lists refresh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Article 6 screen checks every destination, end user, consignee and transit State against these sets, as at the decision date. UN Security Council embargoes (Article 6(1)) always apply. Regional and other sets (Article 6(2)) apply only if the obligation is your State&apos;s own: tick them to apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the ticked sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load updated embargo data from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN embargoes always apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load embargo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo data (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo file was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1, verified as of %2 (was %3): %4 added, %5 changed, %6 removed. Open the Article 7(7) reassessment to see the licences it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older embargo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

To load it anyway, say why (for example: corrections to the entries).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Destination file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the material shows about the State, for the officers who come after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the finding changes (a new report, the situation changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the valid licences concerning this State up for reassessment (Article 7(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of source for “%1”, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Please correct this problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Please correct these %1 problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EuReportDialog</name>
    <message>
        <source>EU annual report on arms exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load a criteria set from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a &amp;draft despite errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria cited (times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: denials cite only the treaty&apos;s grounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a denial criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set %1 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before export.</source>
        <translation>
            <numerusform>%n error to fix before export.</numerusform>
            <numerusform>%n errors to fix before export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the EU report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EucChecksPanel</name>
    <message>
        <source>Number</source>
        <extracomment>A check was recorded: the case view shows the case again (its history changed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted (who, how), on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the certificate was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Col. Souza, MoD legal office, by telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacted (who, how)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a dot for decimals in the %1, not a comma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Reasoning: what the information shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers, committee members, deciding authority and focal point, but cannot decide cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name and the administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpVocabulary</name>
    <message>
        <source>Delivery verification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-use assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREACH FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After every shipment under every licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the licence&apos;s conditions or its assessment call for delivery verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never automatically (added by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for shipment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the shipment of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up obligation added</source>
        <extracomment>The history&apos;s actions for obligations, in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification visit planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification visit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up obligation waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Licence follow-up</source>
        <extracomment>Rows per page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When delivery verification certificates are owed, and how soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No obligation matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3 obligations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GbvConsultationBox</name>
    <message>
        <source>What should the gender adviser look at? e.g. the prevalence of conflict-related sexual violence by the receiving unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask the gender adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation of the gender adviser (Article 7(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps 1 and 2 are answered yes: serious GBV/VAWC is prevalent in the importing State. The authority asks the gender adviser, who may consult women&apos;s organisations and GBV experts, before the assessment is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender adviser has not been asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any gender adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender adviser was not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GbvFlowchart</name>
    <message>
        <source>Where the case stands: the highlighted step (you are here).</source>
        <extracomment>Fill, border and text colours per status. The legend&apos;s entries, in reading order. Step 4 when the engine found an overriding risk after mitigation: where the case stands. The outcome line under the chart: overriding (red) or not (green).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: an overriding risk remains after mitigation (step 4): Article 7(3) forbids authorising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: no overriding risk of serious GBV/VAWC after mitigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you are here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GbvForms</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GbvPage</name>
    <message>
        <source>The flowchart numbers its steps 1 to 5 with mitigation last. Under Article 7(1)-(3), however, an overriding risk is determined only after mitigation has been considered (footnote 7 of the flowchart). The steps are therefore taken in the order 1, 2, 3, 5, 4: mitigation (step 5) before the overriding-risk determination (step 4). The numbers stay those of the published flowchart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 — are there prevalent types of GBV / VAWC in the importing State?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with semicolons, e.g. conflict-related sexual violence; femicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevalent types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 — are these prevalent violations serious?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 — does the importing State take effective preventive action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk that the items would be used to commit or facilitate the GBV / VAWC identified (before mitigation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 (taken before step 4) — does mitigation reliably reduce the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record mitigation measures for 7(4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures are recorded on the Article 7(2) mitigation page: tick “7(4) GBV/VAWC” for each measure that addresses this risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 (taken last) — is there an overriding risk after mitigation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the overriding-risk determination for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation was considered and no measure addresses this risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the page to see where the case stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case stands at step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowchart finished. Risk after mitigation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation order 1 → 2 → 3 → 5 → 4:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GbvStepText</name>
    <message>
        <source>Step 3: the importing State takes effective preventive action, weighed in step 4 (it does not lower the risk by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: the importing State does not take effective preventive action, which weighs towards an overriding risk in step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the flowchart ended earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the risk before mitigation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC: no 7(4) risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prevalent violations are not serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prevalent violations are serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(4) concerns serious acts; the prevalent violations are not serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importing State takes effective preventive action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importing State does not take effective preventive action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mitigation measure addresses this risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider mitigation: link a measure to this risk, or record that none addresses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flowchart is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After mitigation an overriding risk remains (Article 7(4), 7(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After mitigation no overriding risk remains (Article 7(4), 7(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevalent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably reduced by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures %1 do not reliably reduce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 before mitigation; decide on the measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: an overriding risk remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: no overriding risk remains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GbvWords</name>
    <message>
        <source>Women&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms Trade Treaty basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export control law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT authentic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any gender adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1 on %2, of %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the gender adviser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (same end user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (different end user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority says the certificate is NOT authentic. Do not rely on it; consider the diversion risk and whether to deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority has not replied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender adviser asked (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender adviser answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(consulted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate %1 checked with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Is any party or State under an arms embargo on the decision date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. The screen checks every destination, end user, consignee, broker and transit State, for all items including ammunition and parts (Articles 3 and 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s parties and States; the embargo data&apos;s legal basis and dates; the UN Consolidated List for named persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this embargo match apply, and has any required approval or notification been made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some embargoes cover only part of a country, only non-State actors, or allow supplies with a sanctions committee&apos;s approval or notification. Approval must be obtained before authorising; without it the transfer stays prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution&apos;s text, the committee&apos;s exemption page, the committee&apos;s reply letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the transfer violate another international obligation of your State (6(2))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition bans and other treaties your State has joined are absolute too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your State&apos;s treaty list and enabled regional embargo sets; legal adviser&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you know the items would be used for genocide, crimes against humanity or war crimes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the State knows, it must refuse. Risk short of knowledge is weighed under Article 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: What types of GBV and violence against women and children are prevalent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify which forms are common in the importing State (e.g. conflict-related sexual violence, domestic violence, femicide) before asking how the items relate to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN and treaty-body reports (CEDAW, CRC), national statistics, women&apos;s organisations, consultation with GBV experts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: Are these prevalent violations &apos;serious&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or tolerated, and whether security forces are involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: Does the importing State take effective preventive action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at laws, prosecutions, protection services and vetting and training of forces, and whether they work in practice, not only on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecution data, UN country reviews, NGO monitoring, the importer&apos;s own information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely is it that these items would be used to commit or facilitate the GBV found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the link between the items, the end user and the violations before mitigation: the type of items (e.g. small arms used in intimidation), and the end user&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user record, item type and use, reports naming the unit or force concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5: Do mitigation measures reliably and significantly reduce the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken before step 4 (footnote 7): the overriding-risk decision is made after mitigation. A measure counts only if it is credible and verifiable for this end user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures proposed and the importer&apos;s track record of honouring similar commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4: Is there an overriding risk after mitigation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application computes this from the risk before mitigation and step 5; explain the determination in your own words for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your findings in steps 1-3 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there diversion red flags?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs that the declared end user or end use may not be the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing, brokers&apos; registration, payment terms, the fit between items and the end user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there an authenticated end-user certificate with adequate assurances?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EUC names the end user and end use; assurances can cover no re-export without consent and secure storage. Authenticate it with the issuing authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EUC, its verification with the importing State, stockpile-security assurances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are delivery verification or post-shipment checks agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery verification certificates and on-site checks let you confirm the items reached the end user and remain there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer&apos;s agreement; past cooperation on verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence-building measures and jointly developed programmes can lower a risk. Link each measure to the risks it addresses; say honestly whether it works reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft agreements, the importer&apos;s record of compliance, verification arrangements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(3): after mitigation, is there an overriding risk on any criterion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, the State shall not authorise. The application computes the recommendation from your findings and will not let a decision contradict it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the items contribute to or undermine peace and security?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of fuelling conflict, regional tension or an arms build-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council reports, regional security analyses, embassy reporting, the importer&apos;s stated need (Art. 8(1) documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of IHL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the end user&apos;s conduct in armed conflict: attacks on civilians, indiscriminate weapons use, and whether violations are investigated and punished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of human rights law?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider repression, torture, extrajudicial killings, excessive force by the end user; how closely the items fit such uses; and accountability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the terrorism conventions you are party to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider links between the parties or the route and terrorist groups, and leakage risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the organised-crime conventions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider trafficking networks, corruption, and criminal access to the end user&apos;s stocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNODC reports, police and customs information, Firearms Protocol reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items leak during production, e.g. from an unlicensed or poorly secured plant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the diversion risk at this stage of the supply chain (Article 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer licence and security audits; industry due-diligence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items go missing before shipment, at the warehouse or point of loading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight forwarder details, packing lists, export-control inspections at loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items be diverted en route, before the authorised end user takes delivery?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing and transit States, carriers, trans-shipment points, intermediate consignees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items be stolen, sold or lost from the recipient&apos;s stockpiles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the end user pass the items on, or use them other than as declared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate, the end user&apos;s record, re-export history, embassy reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when the items are retired: destroyed, stored, sold or re-exported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal commitments, destruction certificates, the importer&apos;s surplus policies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Dynamic property naming the guidance id of a question&apos;s widgets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click into a question to see its guidance here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — %1</source>
        <extracomment>The section shown when nothing more specific is known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this chapter (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAuthorisationDialog</name>
    <message>
        <source>Imports: authorisations and actual imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the next IL/&lt;year&gt;/&lt;number&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer&apos;s c&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporting State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End user t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an &amp;actual import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import authorisations (&amp;list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded import authorisation %1 (case %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an import authorisation in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an actual import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New diversion or breach incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences and parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States i&amp;nformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. note verbale, seizure record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kn&amp;own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date l&amp;earned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pa&amp;rty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove respon&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country where it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number, case reference or destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (as the source gives it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove part&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences involved (by number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties involved: valid licences of cases with a matching party (similar name, same country) are put up for reassessment too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT category (e.g. VIII.SA.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to (Art. 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add r&amp;esponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove St&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident was closed on %1 and can no longer be edited. Record what has been learned since as a new incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification visit (%1): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change licence %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving will make licence %1 %2 at once (Article 7(7)); the licence&apos;s history keeps it. Say why to go ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorised re-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-use breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of licence conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another State&apos;s notification (Art. 11(4)–(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN panel of experts report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-shipment verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement referral (Art. 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parties match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concerns this case&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 (%2) concerns licence %3: to be reassessed (Art. 7(7))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States informed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsCasePanel</name>
    <message>
        <source>Diversion and breach incidents involving this case&apos;s parties (similar names, same country), its destination or its licences. Weigh them in the assessment (Article 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident concerns this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsWindow</name>
    <message>
        <source>Diversion and breach incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversions and breaches learned of (Article 11(4)–(5)), how they were answered (Article 14) and which States were informed. Each puts the valid licences it touches up for reassessment (Article 7(7)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a licensing officer, a committee member or the deciding authority records incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Article 7(7) &amp;reassessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences this incident touches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed incident can no longer be edited: record new facts as a new incident. Double-click it to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named by the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party matches: %1</source>
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
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened on %1, learned on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These valid licences are now listed for Article 7(7) reassessment:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid licence is touched by this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was it settled? Its licences stay listed for reassessment until each is reassessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>e.g. Assault rifle, 5.56 mm</source>
        <extracomment>Currencies offered first; any three-letter ISO 4217 code may be typed. Units offered; any other unit may be typed. A card&apos;s fields as typed, in a fixed order, for moving cards and noticing changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer&apos;s model or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold from the published annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, e.g. commercially sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. temporary export for demonstration, to be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the annual report&apos;s column “Comments on the transfer” for this item&apos;s row; never printed when the item is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT category, or why it is not reportable *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ML10.a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT categories (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reportable, because it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the current list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: model / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: control-list rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: ATT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: State of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: reason for withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: comment for the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Add line &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each item its ATT category, or say why it is not reportable (ammunition, parts and components, dual-use, national list only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line items yet. Press “Add line item”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case by its reference (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the assessment of the selected case (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a database &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database file or a shared PostgreSQL server, after testing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(7) &amp;reassessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embargo reference data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Denials notified by other States…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the national focal point builds the national and Wassenaar reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery verification certificates, verification visits and assurances of every licence (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UN sanctions list and hits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion and breach &amp;incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wassenaar Arrangement report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EU annual report on arms exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s name, letterhead and signatory on every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide, at the section for where you are (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omplete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit to the committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;tional report on licence decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;N Register of Conventional Arms report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;shipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import shipments from a c&amp;ustoms file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imports: authorisations and actual imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the national focal point builds the annual report.</source>
        <extracomment>The window attribute that holds it (``window.action_new``). Dotted path from the window to a callable taking no argument, looked up when triggered (``&quot;committee.open_sessions&quot;``, ``&quot;sessions.switch_user&quot;``). Offered to whoever holds any one of these permissions; () offers it to everyone. The tooltip of a greyed-out action: who may use it. Hidden (rather than greyed out) from those who are not offered it. Shown only once a sign-in is installed (the account actions). Enabled only while someone is signed in (not while the workstation is locked). The translation context holding ``text`` and ``tooltip``. Window attribute: a mapping of its actions, in order. A separator line in a menu or the toolbar. The window attribute that holds the menu, if the window needs it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a licensing officer or the national focal point records shipments and imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor). Tests pass their own, with scripted answers to the wizard&apos;s questions. Emitted after the register was re-queried (tests wait on it). The database, paths, settings, signed-in person, language and prompter. Open assessment wizards by case id: one per case, non-modal. Sign-in, switch user and the idle lock (the application installs them). Help → User guide and F1 (ui/help.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference (for example EXP/2026/00042):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of %1 is open. Save and close it before you edit the application, then open the assessment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language was changed to %1. It applies the next time you start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Mandate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions it answers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>Party screened</source>
        <extracomment>The follow-ups an officer can record, per effect the screen could not settle alone. The follow-ups that need the committee&apos;s evidence (reference, date) to clear a match. Runs the service&apos;s screen as at a date and merges it into the given answers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the committee&apos;s reply, the end use, the region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sanctions committee&apos;s reference, e.g. S/AC.47/2026/OC.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the embargo entry: record when no objection had been received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s) after the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of approval or notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objection received by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is agreed, with whom, and how it is verified</source>
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
        <source>Why it does or does not reduce this risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a measure of this kind can address this risk (authority policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably reduces this risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the measure works and is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks addressed, judged one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure of this kind is not one the treaty names against this risk (Article 7(2), 11(2)). Your authority allows it to count on your stated reason: give it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure of this kind cannot lower this risk (Article 7(2), 11(2)): it will not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from one judgement for the whole measure: confirm it for this risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Article 6(1) embargo screen</source>
        <extracomment>The domain catalogue&apos;s English words, marked for lupdate (a test checks they agree).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(2) other international obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(3) knowledge of atrocity crimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(1) embargo {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(1)(a) peace and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(1)(b)(i) international humanitarian law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(1)(b)(ii) international human rights law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iii) terrorism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iv) transnational organised crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV flowchart step 1, prevalent GBV/VAWC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV flowchart step 2, seriousness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV flowchart step 3, preventive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV flowchart, risk before mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV flowchart step 5, mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV flowchart step 4, overriding risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 diversion, manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 diversion, before transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 diversion, in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 diversion, post-delivery storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 diversion, end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 diversion, disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: unusual routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: unknown broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: items do not match the end user&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: vague end-use information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: unusual payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: past diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: weak stockpile security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag: other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 11 end-user certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation measure {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the screen as at the decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning and at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prevalent types identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk level before mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning for the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources for the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm whether it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the linked measures reliably reduce the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning for the overriding-risk determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risks it addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it reliably reduces the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure with the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Wizard step index of each catalogue page (the wizard&apos;s ARTICLE6 … MITIGATION).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>Still missing before this assessment can be completed:</source>
        <extracomment>The target of the link followed: a ``MissingAnswer`` or the widget to go to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MitigationPage</name>
    <message>
        <source>Consider measures that could mitigate the risks found (Article 7(2)): confidence-building measures, programmes jointly developed and agreed with the importing State, end-use assurances, re-export clauses, delivery verification. Link each measure to the risks it addresses and judge each risk on its own: does it reliably reduce this risk, and why? A measure judged unreliable changes nothing, and only the kinds the treaty names against a risk can lower it: 7(2) confidence-building measures and joint programmes for any risk, Article 11(2) assurances and verification for diversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered: Article 6 prohibits this transfer (%1), and no mitigation measure can lift an Article 6 prohibition. Measures recorded here are not considered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkDock</name>
    <message>
        <source>My work</source>
        <extracomment>A report&apos;s item (application id 0): open that year&apos;s report submission.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the cases waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) waiting</source>
        <translation>
            <numerusform>%1: %n case waiting</numerusform>
            <numerusform>%1: %n cases waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>National report on licence decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one dimension for the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dimension cannot be both a row and a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report: no licence decisions in the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note; @username puts the case in that colleague&apos;s work queue</source>
        <extracomment>The database and the person acting, read when a button is pressed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Licence %1 (%2): %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence (reference):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is it waived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due (or planned) on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is to &amp;visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification visit: result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive a follow-up obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record v&amp;isit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record c&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;aive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no licence to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Due</source>
        <extracomment>Columns and the service&apos;s sort key for each (&quot;&quot; when the column cannot be sorted on).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationsPanel</name>
    <message>
        <source>Certificate &amp;received…</source>
        <extracomment>Something was recorded on the obligations of this case (its id). Double click in the register: open this case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance c&amp;hecked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add obligation or visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new diversion or breach incident for this licence, with the visit&apos;s findings: it puts the licence up for reassessment (Article 7(7)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up obligations yet. A delivery verification certificate is added with each shipment when the licence calls for one; add others below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a licensing officer or the focal point records this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives the opinion of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the facts and sources your agency relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions, one per line (e.g. post-shipment verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment under review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an opinion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something unexpected went wrong, and this action was not completed. The details were written to the log; please tell your administrator.</source>
        <extracomment>What the op disables while it runs (and gives back its previous state afterwards). Ops that have not delivered yet. Ops until their thread has ended: a worker must outlive the window that started it (a QThread destroyed while it runs aborts the program).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address, and the number of the row it acts for (&quot;&quot; if none). Used to move rows and to tell whether anything changed. The row of the government this consignee acts for (followed when rows move).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1: role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1: type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1: address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1: acts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a commercial consignee importing for a government end user of this case: the Article 6 screen then treats it as that government.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassessmentDialog</name>
    <message>
        <source>Article 7(7) reassessment of valid licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an embargo is imposed or new information about a destination is recorded, every valid licence it concerns is listed here. Reassess each one, possibly after consulting the importing State, and record what you decided: the licence stands, or is suspended, revoked or amended. Every step is kept in the licence&apos;s history. A licence that an embargo now prohibits cannot stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embargo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassess the selected licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conclusion and its reasons (what the new information changes, whom you consulted). It is kept as the reason of the step you record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion and reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence &amp;stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm the revocation: a revoked licence cannot be reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record new information about a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UN report of abuses by the receiving unit, or a coup d&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: title, date, reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conclusion or information is not recorded yet. Record it, or close again to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMBARGO — suspend or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 valid licence(s) to reassess as at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid licence needs reassessing as at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a licence in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 (%2), version %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embargo now prohibits this transfer (Article 6): it cannot stand and no mitigation lifts it. Suspend or revoke it and stop further shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your conclusion and its reasons first: they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 is %2 and no longer needs reassessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: licence %1 stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the confirmation first: a revocation cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: licence %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: licence %1 amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information recorded; %1 valid licence(s) concern that State.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. officer transferred to another post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colleague who takes the case over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <source>Record a change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new end use or location, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One document per line (title or reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;end user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end use or l&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(licensed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each quantity as a number, e.g. 10 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Search reference, exporter, end user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the application was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT category of any line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter or applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transfer types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Could not read this case: %1</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). Pages that could not be read, with the reason (kept until the next reset). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line items are valued in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Category / sub-category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values of this row are left out: no value recorded, or no exchange rate into the report currency. See the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (%1), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports (%1), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report on exports: nothing to report for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report on imports: nothing to report for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report will include a nil report (Annex 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* value incomplete (see findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see this table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilderDialog</name>
    <message>
        <source>Annual report (Article 13(3))</source>
        <extracomment>Builds the report (``services.reporting.collect``); run on a worker thread. The application (case) id of a record to fix; the main window opens it. A file was written: its path. A preview was built (tests and the main window may listen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised (licences issued in the year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (shipments made in the year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include small arms for &amp;civilian end users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add voluntary &amp;national categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the settings, e.g. SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the charts annex to the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports form may be made &amp;public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports form may be made pu&amp;blic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates into the report currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (1 unit =)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Central bank annual average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in other currencies are added to no total until their rate for the year is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 2: national definitions of categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your national definition is wider than the UN Register&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defini&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written, but the contact point and definitions were not kept for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <extracomment>The preview being built or the file being written, if any.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported items per year, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported items per year, by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xports table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mports table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmission…</source>
        <extracomment>The report as submitted: contributions, approval, the frozen copy (issue 14).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <extracomment>Stops a preview being built (shown only meanwhile; files are written to the end).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) left.</source>
        <translation>
            <numerusform>Due to the ATT Secretariat by %1: %n day left.</numerusform>
            <numerusform>Due to the ATT Secretariat by %1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) overdue.</source>
        <translation>
            <numerusform>Due to the ATT Secretariat by %1: %n day overdue.</numerusform>
            <numerusform>Due to the ATT Secretariat by %1: %n days overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; write the rate like 0.92</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 for %4. Preview again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Information withheld: the title page declares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Preview ready: %n error to fix before export.</numerusform>
            <numerusform>Preview ready: %n errors to fix before export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open the record to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported in these years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 rate into %2 for %3, then save it and preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>``(parent, title, suggested path, filter) -&gt; chosen path or None``: tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file could not be written: %2
The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <source>Reporting calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-agency check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to the ATT Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect data by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inter-agency check by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn-off by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report was submitted (due %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to submit the %1 report (due %2).</source>
        <translation>
            <numerusform>%n day left to submit the %1 report (due %2).</numerusform>
            <numerusform>%n days left to submit the %1 report (due %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 report is %n day(s) overdue (due %2).</source>
        <translation>
            <numerusform>The %1 report is %n day overdue (due %2).</numerusform>
            <numerusform>The %1 report is %n days overdue (due %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Urgent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>The case changed here (submitted, decided): the window refreshes register and case. The database and the person acting, read when a button is pressed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &amp;opinion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has not been submitted to the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the majority approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the majority refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered; %3 needed (%4); %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Delivery verification certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to shipments recorded from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit or trans-shipment States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serious GBV finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk at a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Article 6 concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret&amp;ire rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency code, e.g. CUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any transfer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; or codes, e.g. BR, AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: the mandate or decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve due days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions due in (working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such agency yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a consultation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this rule no longer apply? (It is kept, retired.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due days saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionsHitsPanel</name>
    <message>
        <source>Party</source>
        <extracomment>A hit was reviewed or new hits were found: the case id (or 0 for every case).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected hit is, or is not, the listed party (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm: same party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject: someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen parties now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No UN Consolidated List has been imported: parties are not screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened against the UN Consolidated List generated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a licensing officer reviews sanctions list hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening parties against the UN Consolidated List…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionsListDialog</name>
    <message>
        <source>UN Security Council Consolidated List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party of every case is screened against the Council&apos;s list of individuals and entities. Import the consolidated XML file downloaded from the Security Council&apos;s website; a new list re-screens valid licences and open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator imports the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the UN Consolidated List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated List (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the UN Consolidated List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list and screening parties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 parties screened, %3 new hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid licences to reassess under Article 7(7) (Assessment → Article 7(7) reassessment): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <extracomment>Events that count as someone using the workstation (they postpone the idle lock). The full history verification waits this long after the start-up check. The signed-in session after a sign-in, or None after a lock or sign-out. The start-up history check has its ``AuditReport`` (it runs on a worker thread). The background full verification (every event since the first) has its report. The application context this manager sets the signed-in person on. The history check under way, if any. How long after the start-up check the full verification starts (tests: 0). Whose session the lock screen is covering (they may unlock it). Signed in with a one-time password; not usable until it is changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window and let someone else sign in (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the event history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the event history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole event history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history has been tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event history of this database was changed outside ATT Desktop (problems at event %1). Keep the file as evidence, tell your administrator and run &apos;att-desktop audit verify&apos; for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Record a shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number or case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs declaration, e.g. MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the warnings; record the shipment as it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustoms reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities and values shipped (&amp;this shipment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1 (case %2), %3, valid %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the licence first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: quantity and value must be numbers, e.g. 12 or 1500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity shipped on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: the shipment is within the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: read the warnings, tick that you have read them, then record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipment recorded (%n warning(s) acknowledged).</source>
        <translation>
            <numerusform>Shipment recorded (%n warning acknowledged).</numerusform>
            <numerusform>Shipment recorded (%n warnings acknowledged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <extracomment>The form&apos;s height may have changed (an error appeared): the lock screen refits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is locked; %1 is signed in. Enter the password to continue, or sign in as yourself (the open windows of %1 are then closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is shared: sign in so your work is recorded in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the report or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL, file or document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: choose the kind of source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Annual report as submitted</source>
        <extracomment>The submission was changed (opened, signed off, approved...): the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open for preparation</source>
        <extracomment>The newest files shown with &quot;Show as submitted&quot; (tests read them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approval and submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;larifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k this agency to contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency&apos;s notes on its data (e.g. actual exports confirmed by customs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off my agency&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s choices as recorded when it was opened, with who made each and why. Opening it again records the choices that changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name as approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove and freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the &amp;register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the report and appro&amp;ve it for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ent to the ATT Secretariat on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the a&amp;nswer to the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat&apos;s reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer sent today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report for preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these choices (recorded with them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building and freezing the report&apos;s files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the correction correct? The report as the register now stands is frozen as the next version; earlier versions stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No viewer opened the PDF; it is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register gives the same rows and totals as the report as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the request the answer is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports reported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports reported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items and/or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small arms for civilian use included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National categories included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports form may be made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports form may be made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National definitions (Annex 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out as not reportable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment printed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of items and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld (commercially sensitive or national security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 definition(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report for %1 is in preparation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In preparation (opened by %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-off of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agency asked has signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 versions (corrections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 row(s) in the report as sent, %4 in the register now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report opened for preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices recorded again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution asked of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed off its contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 named as approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; version %1 frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction frozen as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification requested on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification answered on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitReviewDialog</name>
    <message>
        <source>Submit %1 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the completed assessment to these agencies for their opinion. The authority&apos;s rules tick the agencies this case needs; leaving one out, or adding another, needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) withheld</source>
        <translation>
            <numerusform>%n line withheld</numerusform>
            <numerusform>%n lines withheld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is append-only and hash-chained: nothing in it can be changed or removed without &apos;att-desktop audit verify&apos; noticing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>You have no recorded training on gender-based violence; the authority asks for it. Consider asking the gender adviser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the course does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBV training recorded and valid today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid training on gender-based violence recorded: the GBV page of the assessment warns this person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnrocaBackgroundDialog</name>
    <message>
        <source>Background information %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional background information for the UN Register, entered by hand: it is not in the licence register. Leave a row empty to report nothing for it.</source>
        <extracomment>(kind, category) of each row, and its three fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnrocaBuilderDialog</name>
    <message>
        <source>UN Register of Conventional Arms report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Register counts actual transfers: the shipments recorded in the calendar year (not the licences issued), in numbers of items, without values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xports I-VII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mports I-VII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALW exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALW imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter background information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year changed since the preview: press Preview again to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Preview ready: %n error to fix before export.</numerusform>
            <numerusform>Preview ready: %n errors to fix before export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil: nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the UN Register report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Export</source>
        <extracomment>Kinds of document an officer records; stored as these keys, shown translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans-shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-State armed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee review requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee position noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial notice recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened against the UN sanctions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN sanctions list hit confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN sanctions list hit rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request consented to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to the licence consented to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency has nobody to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record rows vouched for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row digests begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident concerns this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation rule added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation rule retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender adviser consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender adviser answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid training on gender-based violence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final importing State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-user certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-user certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-user certificate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, not consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consulted, not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorise</source>
        <extracomment>A stored key or value: two or more lower-case words joined by &quot;_&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
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
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>agency: opinion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the committee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parties screened against the UN Consolidated List: %2 new hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s opinion: from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s opinion: %2 left, nobody else can answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinions due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not consulted although required: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consulted although no rule requires it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>event: what it did</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WassenaarReportDialog</name>
    <message>
        <source>Wassenaar Arrangement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January–June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July–December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nil report: nothing to report for the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <extracomment>QDateEdit cannot be empty: its minimum date stands for &quot;no date&quot; and shows as blank.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview ready. Errors to fix before export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the %1 rate into %2 for %3 in the annual report builder, then preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
