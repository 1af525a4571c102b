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
        <source>Data location</source>
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
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;).</extracomment>
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
        <extracomment>Replaceable question asked before discarding unsaved input.</extracomment>
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
    <name>CaseView</name>
    <message>
        <source>No case is open. Double-click a case in the register, or press Enter, to open it here.</source>
        <extracomment>A new version of the case was saved here (a document added): the register refreshes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting State</source>
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
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
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
        <source>Document not recorded</source>
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
    <name>FieldMessages</name>
    <message>
        <source>enter the applicant&apos;s name</source>
        <extracomment>Dynamic property set on a widget whose value was refused; ``ERROR_STYLE`` draws it red.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the applicant&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the final importing State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the exporting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date received cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a transit State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the party&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the party&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity may have at most 3 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value may have at most 3 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the value&apos;s currency as a three-letter code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose either an ATT category or a reason it is not reportable, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the ATT category, or say why the item is not reportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the item is withheld from the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the application is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ATT category</source>
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
        <source>e.g. ML1</source>
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
        <extracomment>Register column widths, in average character widths of the table&apos;s font. Emitted after the register was re-queried (tests wait on it).</extracomment>
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
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
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
        <source>Main toolbar</source>
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
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
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
        <source>Database: %1</source>
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
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address. Used to move rows and to tell whether anything changed.</extracomment>
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
        <source>Party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the party</source>
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
        <source>Reference</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
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
</context>
</TS>
