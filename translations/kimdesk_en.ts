<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name />
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="34" />
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="36" />
        <source>Büro</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="44" />
        <source>gebucht</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="44" />
        <source>noch nicht gebucht</source>
        <translation>not yet booked</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="58" />
        <source>Dolmetschen: </source>
        <translation>Interpreting: </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="62" />
        <source>Status: </source>
        <translation>Status: </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="67" />
        <source>Überschneidet sich mit einem anderen Termin.</source>
        <translation>Overlaps with another appointment.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="74" />
        <source>Der Tag ist in NRW ein Feiertag: {name}.</source>
        <translation>This day is a public holiday in NRW: {name}.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="80" />
        <source>Sie haben zur selben Zeit schon einen Termin: {when} ({who}).</source>
        <translation>You already have an appointment at the same time: {when} ({who}).</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_style.py" line="82" />
        <source>Die Klient*in hat zur selben Zeit schon einen Termin: {when}.</source>
        <translation>The client already has an appointment at the same time: {when}.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="49" />
        <source>nur Geburtsjahr bekannt, Datum laut Eintrag 01.01.</source>
        <translation>only year of birth known, date as entered: 01.01.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="58" />
        <source>überfällig seit {n} Tagen</source>
        <translation>overdue for {n} days</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="60" />
        <source>überfällig seit gestern</source>
        <translation>overdue since yesterday</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="62" />
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="64" />
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="65" />
        <source>in {n} Tagen</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_note.py" line="29" />
        <source>{kind} am {day}, {time}: </source>
        <translation>{kind} on {day}, {time}: </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_note.py" line="71" />
        <source>Fallnotiz</source>
        <translation>Case note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_note.py" line="78" />
        <source>Termin absagen</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_note.py" line="78" />
        <source>Grund der Absage:</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="40" />
        <source>Formular drucken</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="41" />
        <source>Der Formulardruck ist in dieser Version noch nicht eingebaut. Bitte verwenden Sie vorerst die Papiervorlage Ihres Trägers; die erteilte Entbindung können Sie hier mit „Entbindung erfassen…“ eintragen.</source>
        <translation>Printing forms is not built into this version yet. Please use your organisation's paper form for now; you can record the signed release here with “Record release…”.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/about.py" line="15" />
        <source>Über KIMdesk</source>
        <translation>About KIMdesk</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/about.py" line="16" />
        <source>&lt;h3&gt;KIMdesk {version}&lt;/h3&gt;&lt;p&gt;Fallmanagement für das Kommunale Integrationsmanagement NRW – offline und verschlüsselt.&lt;/p&gt;&lt;p&gt;Alle Daten liegen nur in Ihrem Tresor (SQLCipher, AES-256; Schlüssel aus Ihrer Passphrase mit Argon2id). Passphrase und Schlüssel werden nie gespeichert.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KIMdesk {version}&lt;/h3&gt;&lt;p&gt;Case management for Kommunales Integrationsmanagement NRW – offline and encrypted.&lt;/p&gt;&lt;p&gt;All data lives only in your vault (SQLCipher, AES-256; key from your passphrase with Argon2id). Passphrase and keys are never stored.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="49" />
        <source>Bereich</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="49" />
        <source>Datensätze</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="60" />
        <source>Als JSON speichern …</source>
        <translation>Save as JSON …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="62" />
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="64" />
        <source>Auf Antrag löschen (Art. 17) …</source>
        <translation>Erase on request (Art. 17) …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="70" />
        <source>Auskunft nach Art. 15 DSGVO: alle gespeicherten Datensätze der Person mit Zwecken, Empfängern, Speicherdauer und Herkunft. JSON ist die vollständige, maschinenlesbare Fassung; das PDF ist das Auskunftsschreiben (Deutsch neben der gewählten Sprache).</source>
        <translation>Access report under Art. 15 GDPR: all stored records of the person with purposes, recipients, storage period and source. JSON is the complete, machine-readable version; the PDF is the access report letter (German alongside the chosen language).</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="82" />
        <source>Sprache des PDF:</source>
        <translation>PDF language:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="148" />
        <source>Das Auskunftsschreiben als PDF ist in dieser Version noch nicht verfügbar.</source>
        <translation>The access report letter as PDF is not yet available in this version.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="151" />
        <source>Links eine Klient*in wählen.</source>
        <translation>Choose a client on the left.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="156" />
        <source>{records} Datensätze, {events} Protokolleinträge, {recipients} Empfänger. Speicherdauer: {state}</source>
        <translation>{records} records, {events} audit log entries, {recipients} recipients. Storage period: {state}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="180" />
        <source>Auskunft speichern</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="187" />
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_access_tab.py" line="211" />
        <source>Die Klient*in wurde gelöscht.</source>
        <translation>The client has been deleted.</translation>
    </message>
</context>
<context>
    <name>AgenciesView</name>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="40" />
        <source>Suchen: Name, Art, Ort, Ansprechperson, Sprache…</source>
        <translation>Search: name, type, town, contact person, language…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="60" />
        <source>Neue Stelle…</source>
        <translation>New agency…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="61" />
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="62" />
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="63" />
        <source>CSV importieren…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="64" />
        <source>CSV exportieren…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="116" />
        <source>{n} Stellen im Verzeichnis</source>
        <translation>{n} agencies in the directory</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="147" />
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="148" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="148" />
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="181" />
        <location filename="../kimdesk/ui/views/agencies_view.py" line="188" />
        <source>Stelle löschen</source>
        <translation>Delete agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="182" />
        <source>„{name}“ aus dem Verzeichnis löschen?</source>
        <translation>Delete “{name}” from the directory?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="196" />
        <source>Stellenverzeichnis importieren</source>
        <translation>Import agency directory</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="197" />
        <source>CSV-Dateien (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="203" />
        <source>Zeile {n}: {why}</source>
        <translation>Row {n}: {why}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="205" />
        <source>
… und {n} weitere</source>
        <translation>
… and {n} more</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="207" />
        <location filename="../kimdesk/ui/views/agencies_view.py" line="212" />
        <source>Nichts importiert</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="208" />
        <source>Die Datei wurde nicht importiert, weil sie Fehler enthält. Bitte korrigieren und erneut importieren:

</source>
        <translation>The file was not imported because it contains errors. Please correct them and import again:

</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="214" />
        <source>Import abgeschlossen</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="215" />
        <source>{added} Stellen neu aufgenommen, {updated} aktualisiert.</source>
        <translation>{added} agencies added, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="224" />
        <source>Stellenverzeichnis exportieren</source>
        <translation>Export agency directory</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="226" />
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="232" />
        <source>Export fehlgeschlagen</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="234" />
        <source>Export abgeschlossen</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_view.py" line="235" />
        <source>{n} Stellen exportiert nach {path}.</source>
        <translation>{n} agencies exported to {path}.</translation>
    </message>
</context>
<context>
    <name>AgencyEditor</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="31" />
        <source>Stelle bearbeiten</source>
        <translation>Edit agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="31" />
        <source>Neue Stelle</source>
        <translation>New agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="38" />
        <source>– keiner –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="45" />
        <source>Sprachcodes, z. B. de, en, ar, fa_AF, ti</source>
        <translation>Language codes, e.g. de, en, ar, fa_AF, ti</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="61" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="62" />
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="63" />
        <source>Rechtskreis:</source>
        <translation>Legal area:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="64" />
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="65" />
        <source>PLZ, Ort:</source>
        <translation>Postcode, town:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="66" />
        <source>Ansprechperson:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="67" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="68" />
        <source>E-Mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="69" />
        <source>Öffnungszeiten:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="70" />
        <source>Sprachen:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/agency_editor.py" line="72" />
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>AgencyStatsModel</name>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="30" />
        <source>Stelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="31" />
        <source>Rechtskreis</source>
        <translation>Legal area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="32" />
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="33" />
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="34" />
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="35" />
        <source>abgelehnt</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="36" />
        <source>zurückgezogen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="37" />
        <source>Erfolgsquote</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="38" />
        <source>Ø Tage</source>
        <translation>Avg. days</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="39" />
        <source>kürzeste</source>
        <translation>shortest</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="40" />
        <source>längste</source>
        <translation>longest</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="41" />
        <source>mit Dauer</source>
        <translation>with duration</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="79" />
        <source>Alle Stellen</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="102" />
        <source>abgeschlossen ÷ (abgeschlossen + abgelehnt)</source>
        <translation>completed ÷ (completed + declined)</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="25" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="26" />
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="27" />
        <source>Rechtskreis</source>
        <translation>Legal area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="28" />
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="29" />
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="30" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="31" />
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/agencies_table_model.py" line="32" />
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="31" />
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="32" />
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="33" />
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="34" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="35" />
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="36" />
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="37" />
        <source>Dolmetschen</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/calendar_agenda.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="69" />
        <source>Willkommen bei KIMdesk</source>
        <translation>Welcome to KIMdesk</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="70" />
        <source>Ihre Daten liegen verschlüsselt in einem Tresor. Legen Sie einen neuen an oder öffnen Sie einen vorhandenen.</source>
        <translation>Your data is kept encrypted in a vault. Create a new one or open an existing one.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="72" />
        <source>Neuen Tresor anlegen…</source>
        <translation>Create new vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="73" />
        <source>Vorhandenen Tresor öffnen…</source>
        <translation>Open existing vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="75" />
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="120" />
        <source>Tresor öffnen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="121" />
        <source>KIMdesk-Tresor (*.kim)</source>
        <translation>KIMdesk vault (*.kim)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="179" />
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="181" />
        <source>KIMdesk-Sicherung (*.kimbackup)</source>
        <translation>KIMdesk backup (*.kimbackup)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="187" />
        <source>Sicherung fehlgeschlagen</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="190" />
        <source>Sicherung erstellt</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/controller.py" line="191" />
        <source>Verschlüsselte Sicherung geschrieben: {path} ({kib} KiB).</source>
        <translation>Encrypted backup written: {path} ({kib} KiB).</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="63" />
        <source>Termin bearbeiten</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="63" />
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="87" />
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="89" />
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="94" />
        <source>Büro</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="95" />
        <source>Unterkunft</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="96" />
        <source>Amt / Stelle</source>
        <translation>Authority / agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="97" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="100" />
        <source>Raum, Adresse</source>
        <translation>Room, address</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="103" />
        <source>Name der Unterkunft</source>
        <translation>Name of the shelter</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="107" />
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="115" />
        <source>kein Dolmetschen</source>
        <translation>no interpreting</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="118" />
        <source>gebucht</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="122" />
        <source>Name der Dolmetscher*in</source>
        <translation>Name of the interpreter</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="130" />
        <source>Anliegen, was mitzubringen ist …</source>
        <translation>Purpose, what to bring …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="134" />
        <source>Grund der Absage</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="140" />
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="141" />
        <source>Datum, Uhrzeit</source>
        <translation>Date, time</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="142" />
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="143" />
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="144" />
        <source>Dolmetschen</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="145" />
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="147" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="171" />
        <source>– Stelle wählen –</source>
        <translation>– choose agency –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="291" />
        <source>Termin trotzdem speichern?</source>
        <translation>Save appointment anyway?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="292" />
        <source>Trotzdem speichern?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="298" />
        <source>Bitte eine Klient*in wählen.</source>
        <translation>Please choose a client.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_editor.py" line="300" />
        <source>Bitte die Stelle wählen, bei der der Termin stattfindet.</source>
        <translation>Please choose the agency where the appointment takes place.</translation>
    </message>
</context>
<context>
    <name>AppointmentsView</name>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="55" />
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="57" />
        <source>Zurück</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="59" />
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="66" />
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="66" />
        <source>Arbeitswoche</source>
        <translation>Work week</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="67" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="74" />
        <source>Nur meine Termine</source>
        <translation>Only my appointments</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="78" />
        <source>Neuer Termin…</source>
        <translation>New appointment…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="80" />
        <source>Exportieren (.ics)…</source>
        <translation>Export (.ics)…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="208" />
        <source>Keine Termine</source>
        <translation>No appointments</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="208" />
        <source>1 Termin</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="209" />
        <source>{n} Termine</source>
        <translation>{n} appointments</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="210" />
        <source>Doppelklick auf freie Zeit: neuer Termin. Ziehen: verschieben. Rechtsklick: Status, Absage. Sprachkürzel grün: Dolmetschen gebucht, orange: noch offen. Rot umrandet: Überschneidung.</source>
        <translation>Double-click on free time: new appointment. Drag: move. Right-click: status, cancellation. Language code green: interpreter booked, orange: still open. Red border: overlap.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="213" />
        <source>Doppelklick oder Eingabetaste öffnet einen Termin.</source>
        <translation>Double-click or Enter opens an appointment.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="221" />
        <source>KW {week}: {span}</source>
        <translation>Week {week}: {span}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="276" />
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="290" />
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="292" />
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="293" />
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="294" />
        <source>Absagen…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="295" />
        <source>Wieder als geplant</source>
        <translation>Back to planned</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="300" />
        <source>Klient*in öffnen</source>
        <translation>Open client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="315" />
        <source>Termine exportiert</source>
        <translation>Appointments exported</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="316" />
        <source>{n} Termine wurden exportiert.</source>
        <translation>{n} appointments were exported.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="320" />
        <source>Termin trotzdem verschieben?</source>
        <translation>Move appointment anyway?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/appointments_view.py" line="321" />
        <source>Trotzdem verschieben?</source>
        <translation>Move anyway?</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="42" />
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="42" />
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="43" />
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="43" />
        <source>erhoben am</source>
        <translation>assessed on</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="46" />
        <source>– nicht erhoben –</source>
        <translation>– not assessed –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="51" />
        <source>Situation, Ressourcen, Bedarf …</source>
        <translation>Situation, resources, need …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="64" />
        <source>Bestandsaufnahme speichern</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="103" />
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="116" />
        <source>Bitte den Bedarf wählen.</source>
        <translation>Please choose the level of need.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_assessment.py" line="148" />
        <source>Bestandsaufnahme ändern</source>
        <translation>Change assessment</translation>
    </message>
</context>
<context>
    <name>AuditLogPanel</name>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="54" />
        <source>Alle Aktionen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="61" />
        <source>Alle Datensatzarten</source>
        <translation>All record types</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="64" />
        <source>ab</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="67" />
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="73" />
        <source>Datensatz-ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="74" />
        <source>Filter zurücksetzen</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="83" />
        <source>Doppelklick: nur Einträge zu dieser Datensatz-ID</source>
        <translation>Double-click: only entries for this record ID</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="89" />
        <source>◀ Neuere</source>
        <translation>◀ Newer</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="91" />
        <source>Ältere ▶</source>
        <translation>Older ▶</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="95" />
        <source>Kette prüfen</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="98" />
        <source>Prüft jeden Eintrag der Hash-Kette: ob Einträge verändert, entfernt oder umsortiert wurden.</source>
        <translation>Checks every entry of the hash chain for entries that were changed, removed or reordered.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="133" />
        <source>Das Protokoll speichert nur Kennungen (IDs), nie Namen oder Inhalte. Zeiten in Ortszeit.</source>
        <translation>The audit log stores only identifiers (IDs), never names or content. Times are local time.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="288" />
        <source>Keine Einträge für diese Filter.</source>
        <translation>No entries for these filters.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="290" />
        <source>Einträge {a}–{b}</source>
        <translation>Entries {a}–{b}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="292" />
        <source>mehr als {n}</source>
        <translation>more than {n}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="295" />
        <source> von {total}</source>
        <translation> of {total}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="306" />
        <source>Die Protokollkette wird geprüft …</source>
        <translation>Verifying the audit log chain …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="315" />
        <source>✔ Protokollkette in Ordnung: {n} Einträge geprüft, nichts verändert, entfernt oder umsortiert.</source>
        <translation>✔ Audit log chain intact: {n} entries checked, nothing changed, removed or reordered.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="321" />
        <source>… und {n} weitere Befunde.</source>
        <translation>… and {n} more findings.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_log_panel.py" line="323" />
        <source>✖ Protokollkette beschädigt: {k} Befund(e) bei {n} Einträgen. Das Protokoll wurde außerhalb von KIMdesk verändert; bitte die*den Datenschutzbeauftragte*n informieren.</source>
        <translation>✖ Audit log chain damaged: {k} finding(s) in {n} entries. The audit log was changed outside KIMdesk; please inform the data protection officer.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../kimdesk/ui/views/audit_table_model.py" line="26" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_table_model.py" line="27" />
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_table_model.py" line="28" />
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_table_model.py" line="29" />
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_table_model.py" line="30" />
        <source>Datensatzart</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/audit_table_model.py" line="31" />
        <source>Datensatz-ID</source>
        <translation>Record ID</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="28" />
        <source>Termine exportieren (.ics)</source>
        <translation>Export appointments (.ics)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="31" />
        <source>Vollständige Namen aufnehmen</source>
        <translation>Include full names</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="34" />
        <source>Die Datei ist für den Kalender Ihres Diensttelefons gedacht. Ohne Häkchen enthält sie von den Klient*innen nur Initialen und Aktenzeichen, keine Notizen. Vollständige Namen nur, wenn das Telefon dafür freigegeben ist.</source>
        <translation>The file is meant for the calendar on your work phone. Unticked, it contains only the clients’ initials and file numbers, no notes. Include full names only if the phone is approved for this.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="39" />
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="40" />
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="44" />
        <source>Speichern unter…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="62" />
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="63" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/calendar_export_dialog.py" line="76" />
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
</context>
<context>
    <name>CaseNoteDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_note.py" line="38" />
        <source>Fallnotiz zum Termin</source>
        <translation>Case note on the appointment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_note.py" line="39" />
        <source>Der Termin ist erledigt. Möchten Sie dazu eine Fallnotiz schreiben? Sie wird im offenen Fall der Klient*in gespeichert.</source>
        <translation>The appointment is done. Would you like to write a case note about it? It will be saved in the client’s open case.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/appointment_note.py" line="48" />
        <source>Keine Notiz</source>
        <translation>No note</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="38" />
        <source>Phase und Verlauf</source>
        <translation>Phase and history</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="39" />
        <source>Bestandsaufnahme</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="40" />
        <source>Ziele und Schritte</source>
        <translation>Goals and steps</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="41" />
        <source>Förderliche und hemmende Faktoren</source>
        <translation>Promoting and hindering factors</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="48" />
        <source>Fall eröffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="54" />
        <source>Für diese Person ist noch kein Fall eröffnet. Mit dem Fall beginnt der Zyklus: Zugang, Bestandsaufnahme, Zielvereinbarung, Leistungssteuerung, laufende Begleitung, Abschluss.</source>
        <translation>No case has been opened for this person yet. The case starts the cycle: access, assessment, goal agreement, service steering, monitoring, closure.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="79" />
        <source>Fall eröffnet am {d}</source>
        <translation>Case opened on {d}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="81" />
        <source> · abgeschlossen am {d}</source>
        <translation> · closed on {d}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_case.py" line="95" />
        <source>Fall eröffnet.</source>
        <translation>Case opened.</translation>
    </message>
</context>
<context>
    <name>ChancenPanel</name>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="27" />
        <source>Chancen-Aufenthaltsrecht (§104c AufenthG): 18-Monats-Frist</source>
        <translation>Chancen-Aufenthaltsrecht (§104c AufenthG): 18-month deadline</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="51" />
        <source>&lt;b&gt;Voraussetzung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requirement&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="54" />
        <source>&lt;b&gt;erfüllt seit&lt;/b&gt;</source>
        <translation>&lt;b&gt;met since&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="64" />
        <source>nötig für §{t}</source>
        <translation>required for §{t}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="89" />
        <source>Die 18 Monate enden am &lt;b&gt;{end}&lt;/b&gt;: &lt;span style='color:{c}'&gt;&lt;b&gt;{left}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>The 18 months end on &lt;b&gt;{end}&lt;/b&gt;: &lt;span style='color:{c}'&gt;&lt;b&gt;{left}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="97" />
        <source>§25b (nachhaltige Integration)</source>
        <translation>§25b (sustainable integration)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="99" />
        <source>§25a (gut integrierte junge Menschen)</source>
        <translation>§25a (well-integrated young people)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="103" />
        <source>&lt;span style='color:{c}'&gt;&lt;b&gt;Für {t} noch offen ({n}):&lt;/b&gt; {items}&lt;/span&gt;</source>
        <translation>&lt;span style='color:{c}'&gt;&lt;b&gt;Still open for {t} ({n}):&lt;/b&gt; {items}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="107" />
        <source>&lt;span style='color:{c}'&gt;Für {t} sind alle Voraussetzungen erfasst.&lt;/span&gt;</source>
        <translation>&lt;span style='color:{c}'&gt;All requirements for {t} are recorded.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="116" />
        <source>&lt;span style='color:{c}'&gt;§25a kommt nicht mehr in Frage (27. Geburtstag am {d}); der Weg führt über §25b.&lt;/span&gt;</source>
        <translation>&lt;span style='color:{c}'&gt;§25a is no longer an option (27th birthday on {d}); the route is via §25b.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="120" />
        <source>27. Geburtstag am {d}: der Antrag nach §25a muss davor gestellt werden.</source>
        <translation>27th birthday on {d}: the application under §25a must be filed before then.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/chancen_panel.py" line="135" />
        <source>Voraussetzung „{c}“ ändern</source>
        <translation>Change requirement “{c}”</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/passphrase.py" line="19" />
        <source>Passphrase ändern</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/passphrase.py" line="31" />
        <source>Bisherige Passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/passphrase.py" line="32" />
        <source>Neue Passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/passphrase.py" line="34" />
        <source>Neue wiederholen:</source>
        <translation>Repeat new:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/passphrase.py" line="48" />
        <source>Die neuen Eingaben stimmen nicht überein.</source>
        <translation>The new entries do not match.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/passphrase.py" line="51" />
        <source>Die neue Passphrase ist zu schwach.</source>
        <translation>The new passphrase is too weak.</translation>
    </message>
</context>
<context>
    <name>ClientFilterBar</name>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="22" />
        <source>Alle Phasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="26" />
        <source>Alle Rechtskreise</source>
        <translation>All legal areas</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="31" />
        <source>offene und abgeschlossene Fälle</source>
        <translation>open and closed cases</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="32" />
        <source>nur offene Fälle</source>
        <translation>open cases only</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="33" />
        <source>nur abgeschlossene Fälle</source>
        <translation>closed cases only</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="35" />
        <source>Aufenthaltstitel: alle</source>
        <translation>Residence title: all</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="37" />
        <source>läuft in {n} Wochen ab</source>
        <translation>expires within {n} weeks</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="40" />
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_filters.py" line="51" />
        <source>Alle Berater*innen</source>
        <translation>All counsellors</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../kimdesk/ui/views/reports_client_picker.py" line="44" />
        <source>Klient*in suchen: Name, Geburtsdatum oder Aktenzeichen</source>
        <translation>Search client: name, date of birth or file number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_client_picker.py" line="84" />
        <source>Mindestens zwei Zeichen eingeben.</source>
        <translation>Enter at least two characters.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_client_picker.py" line="96" />
        <location filename="../kimdesk/ui/widgets/client_picker.py" line="127" />
        <source>Keine Treffer.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/widgets/client_picker.py" line="59" />
        <source>Name, Name in Originalschrift oder Aktenzeichen</source>
        <translation>Name, name in original script or file number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/widgets/client_picker.py" line="147" />
        <source>Noch keine Klient*in gewählt.</source>
        <translation>No client chosen yet.</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_client_picker.py" line="23" />
        <source>Klient*in für die Vermittlung wählen</source>
        <translation>Choose client for the referral</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_client_picker.py" line="26" />
        <source>Name, Name in Originalschrift oder Aktenzeichen</source>
        <translation>Name, name in original script or file number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_client_picker.py" line="29" />
        <location filename="../kimdesk/ui/dialogs/referral_client_picker.py" line="52" />
        <source>Mindestens zwei Zeichen eingeben.</source>
        <translation>Enter at least two characters.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_client_picker.py" line="59" />
        <source>Keine Treffer.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_client_picker.py" line="60" />
        <source>Die ersten 50 Treffer – bitte genauer suchen.</source>
        <translation>The first 50 matches – please narrow your search.</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <location filename="../kimdesk/ui/profile/common.py" line="75" />
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/common.py" line="102" />
        <source>Kein gültiges Datum – bitte als TT.MM.JJJJ eingeben.</source>
        <translation>Not a valid date – please enter as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/common.py" line="418" />
        <source>noch {n} Tage</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/common.py" line="420" />
        <source>noch 1 Tag</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/common.py" line="422" />
        <source>heute letzter Tag</source>
        <translation>last day today</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/common.py" line="424" />
        <source>seit 1 Tag abgelaufen</source>
        <translation>expired 1 day ago</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/common.py" line="425" />
        <source>seit {n} Tagen abgelaufen</source>
        <translation>expired {n} days ago</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="51" />
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="52" />
        <source>Die persönlichen Daten wurden geändert. Speichern?</source>
        <translation>The personal data has been changed. Save?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="80" />
        <source>← Zurück</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="82" />
        <source>Zurück zur Liste (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="84" />
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="87" />
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="97" />
        <source>Rückgängig: {t} (Strg+Z)</source>
        <translation>Undo: {t} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="100" />
        <source>Wiederholen: {t} (Strg+Umschalt+Z)</source>
        <translation>Redo: {t} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="106" />
        <source>Formular drucken…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="109" />
        <source>Vermittlung anlegen…</source>
        <translation>Create referral…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="114" />
        <source>Der Formulardruck ist in dieser Version noch nicht verfügbar.</source>
        <translation>Printing forms is not yet available in this version.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="116" />
        <source>Vermittlungen lassen sich in dieser Version noch nicht anlegen.</source>
        <translation>Referrals cannot be created yet in this version.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="144" />
        <source>&amp;Persönliche Daten</source>
        <translation>&amp;Personal data</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="145" />
        <source>A&amp;ufenthalt</source>
        <translation>&amp;Residence</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="146" />
        <source>&amp;Rechtskreise</source>
        <translation>Le&amp;gal areas</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="147" />
        <source>Haushalt &amp;&amp; &amp;Familie</source>
        <translation>Household &amp;&amp; &amp;family</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="148" />
        <source>&amp;Einwilligungen</source>
        <translation>C&amp;onsents</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="149" />
        <source>Fa&amp;ll</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="150" />
        <source>&amp;Notizen</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/profile.py" line="151" />
        <source>A&amp;bschluss</source>
        <translation>Clos&amp;ure</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="31" />
        <source>Nachname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="32" />
        <source>Vorname(n)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="33" />
        <source>Name (Originalschrift)</source>
        <translation>Name (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="34" />
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="35" />
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="36" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="46" />
        <location filename="../kimdesk/ui/views/clients_view.py" line="125" />
        <source>Suchen: Name in jeder Schrift oder Umschrift, Geburtsdatum, Aktenzeichen (Strg+F)</source>
        <translation>Search: name in any script or transliteration, date of birth, file number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="50" />
        <source>Neue*r Klient*in…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="51" />
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="119" />
        <location filename="../kimdesk/ui/views/clients_view.py" line="144" />
        <source>Suchindex wird aufgebaut …</source>
        <translation>Building search index …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="148" />
        <source>{n} Treffer für „{q}“, die besten zuerst</source>
        <translation>{n} matches for “{q}”, best first</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="156" />
        <source>{n} Klient*innen</source>
        <translation>{n} clients</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="158" />
        <source>{n} Klient*innen (gefiltert)</source>
        <translation>{n} clients (filtered)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="160" />
        <source>Keine Treffer.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="161" />
        <source>Noch keine Klient*innen in diesem Tresor. Mit Strg+N legen Sie die erste Person an.</source>
        <translation>No clients in this vault yet. Press Ctrl+N to add the first person.</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="45" />
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="54" />
        <source>z. B. an den Regeldienst übergeben, Kontaktdaten der neuen Stelle</source>
        <translation>e.g. handed over to the regular service, contact details of the new agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="58" />
        <source>Grund des Abschlusses *</source>
        <translation>Reason for closure *</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="59" />
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="60" />
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="63" />
        <source>Ergebnis je Ziel</source>
        <translation>Outcome per goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="66" />
        <source>Für diesen Fall wurden keine Ziele vereinbart.</source>
        <translation>No goals were agreed for this case.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="69" />
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="78" />
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="199" />
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="93" />
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="223" />
        <source>Fall wieder eröffnen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="98" />
        <source>Der Fall ist abgeschlossen</source>
        <translation>The case is closed</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="101" />
        <source>Wieder eröffnet geht der Fall in die laufende Begleitung; Ziele und Ergebnisse bleiben erhalten.</source>
        <translation>When reopened, the case returns to monitoring; goals and outcomes are kept.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="106" />
        <source>Für diese Person ist noch kein Fall eröffnet.</source>
        <translation>No case has been opened for this person yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="145" />
        <source>– Ergebnis wählen –</source>
        <translation>– choose outcome –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="153" />
        <source>Verworfene Ziele brauchen kein Ergebnis.</source>
        <translation>Dropped goals need no outcome.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="166" />
        <source>Abgeschlossen am &lt;b&gt;{d}&lt;/b&gt;, Grund: &lt;b&gt;{r}&lt;/b&gt;</source>
        <translation>Closed on &lt;b&gt;{d}&lt;/b&gt;, reason: &lt;b&gt;{r}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="176" />
        <source>&lt;b&gt;Ergebnisse der Ziele&lt;/b&gt;</source>
        <translation>&lt;b&gt;Goal outcomes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="200" />
        <source>Den Fall mit dem Grund „{r}“ abschließen?</source>
        <translation>Close the case with the reason “{r}”?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="214" />
        <source>Fall abgeschlossen.</source>
        <translation>Case closed.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="224" />
        <source>Den Fall wieder eröffnen? Er geht in die laufende Begleitung.</source>
        <translation>Reopen the case? It will return to monitoring.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_closure.py" line="232" />
        <source>Fall wieder eröffnet.</source>
        <translation>Case reopened.</translation>
    </message>
</context>
<context>
    <name>CodeListField</name>
    <message>
        <location filename="../kimdesk/ui/profile/codelist.py" line="65" />
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/codelist.py" line="67" />
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="41" />
        <source>Schweigepflichtentbindung erfassen</source>
        <translation>Record release from confidentiality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="43" />
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="45" />
        <source>Einwilligung für einen Zweck</source>
        <translation>Consent for a purpose</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="46" />
        <source>Schweigepflichtentbindung für eine Stelle</source>
        <translation>Release from confidentiality for an agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="63" />
        <source>z. B. aufenthaltsrechtliche Angelegenheiten</source>
        <translation>e.g. residence law matters</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="72" />
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="73" />
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="74" />
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="75" />
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="76" />
        <source>Erteilt am</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="77" />
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="78" />
        <source>Sprache des Formulars</source>
        <translation>Form language</translation>
    </message>
</context>
<context>
    <name>ConsentGateDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="129" />
        <source>Schweigepflichtentbindung fehlt</source>
        <translation>Release from confidentiality missing</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="135" />
        <source>&lt;b&gt;Die Vermittlung kann nicht {action} werden.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The referral cannot be {action}.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="141" />
        <source>Bevor Angaben über {client} an eine Stelle gehen, braucht es eine gültige Schweigepflichtentbindung für genau diese Stelle – unterschrieben, nicht abgelaufen und nicht widerrufen.</source>
        <translation>Before any information about {client} goes to an agency, a valid release from confidentiality for exactly this agency is needed – signed, not expired and not revoked.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="145" />
        <source>Formular drucken ({lang}/Deutsch)…</source>
        <translation>Print form ({lang}/German)…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="147" />
        <source>Formular drucken…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="148" />
        <source>Schweigepflichtentbindung für diese Stelle zum Unterschreiben drucken</source>
        <translation>Print the release from confidentiality for this agency for signing</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="151" />
        <source>Entbindung erfassen…</source>
        <translation>Record release…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="152" />
        <source>Die unterschriebene Schweigepflichtentbindung eintragen und dann fortfahren</source>
        <translation>Enter the signed release from confidentiality, then continue</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="156" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="29" />
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="30" />
        <source>widerrufen</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="31" />
        <source>abgelaufen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="32" />
        <source>noch nicht wirksam</source>
        <translation>not yet in effect</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="128" />
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="128" />
        <source>Schweigepflichtentbindung</source>
        <translation>Release from confidentiality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="129" />
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="130" />
        <source>Zweck / Empfänger</source>
        <translation>Purpose / recipient</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="133" />
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="134" />
        <source>erteilt am</source>
        <translation>granted on</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="135" />
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="136" />
        <source>unbefristet</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="137" />
        <source>widerrufen am</source>
        <translation>revoked on</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="138" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="143" />
        <source>Einwilligung erfassen…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="146" />
        <source>Schweigepflichtentbindung erfassen…</source>
        <translation>Record release from confidentiality…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="149" />
        <source>Widerrufen…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="153" />
        <source>Einwilligungen und Schweigepflichtentbindungen</source>
        <translation>Consents and releases from confidentiality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="180" />
        <source>Einwilligung in das Fallmanagement liegt vor; für alle laufenden Vermittlungen gibt es eine gültige Schweigepflichtentbindung.</source>
        <translation>Consent to case management is on file; there is a valid release from confidentiality for all ongoing referrals.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="208" />
        <source>Die Einwilligung wurde inzwischen widerrufen; der Widerruf bleibt dokumentiert.</source>
        <translation>The consent has since been revoked; the revocation remains on record.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="212" />
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="224" />
        <source>Bitte zuerst eine Einwilligung auswählen.</source>
        <translation>Please select a consent first.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="227" />
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>This consent has already been revoked.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="229" />
        <source>Einwilligung widerrufen</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="230" />
        <source>Den Widerruf mit dem heutigen Datum erfassen? Ein Widerruf ist eine Erklärung der Klient*in und lässt sich nicht rückgängig machen; danach ist eine neue Einwilligung nötig.</source>
        <translation>Record the revocation with today’s date? A revocation is a declaration by the client and cannot be undone; a new consent is needed afterwards.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_consents.py" line="239" />
        <source>Widerruf erfasst.</source>
        <translation>Revocation recorded.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="148" />
        <source>Neuen Tresor anlegen</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="155" />
        <source>Tresor anlegen</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="165" />
        <source>Der Tresor wird angelegt und die Verschlüsselung auf diesen Rechner abgestimmt …</source>
        <translation>Creating the vault and tuning the encryption to this computer …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="185" />
        <source>Tresor nicht angelegt</source>
        <translation>Vault not created</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_model.py" line="26" />
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_model.py" line="27" />
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_model.py" line="28" />
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_model.py" line="29" />
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_model.py" line="30" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_model.py" line="31" />
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="13" />
        <source>Ende der 18 Monate §104c</source>
        <translation>End of the 18 months §104c</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="14" />
        <source>Aufenthaltstitel läuft ab</source>
        <translation>Residence title expires</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="15" />
        <source>Letzter Tag für Antrag §25a (unter 27)</source>
        <translation>Last day for §25a application (under 27)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="16" />
        <source>Schweigepflichtentbindung läuft ab</source>
        <translation>Release from confidentiality expires</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="17" />
        <source>Einwilligung läuft ab</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="18" />
        <source>Wiedervorlage Vermittlung</source>
        <translation>Referral follow-up</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="19" />
        <source>Ziel fällig</source>
        <translation>Goal due</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="20" />
        <source>Wird volljährig</source>
        <translation>Comes of age</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="23" />
        <source>18 Monate §104c abgelaufen</source>
        <translation>18 months §104c expired</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="24" />
        <source>Aufenthaltstitel abgelaufen</source>
        <translation>Residence title expired</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="25" />
        <source>Schweigepflichtentbindung abgelaufen</source>
        <translation>Release from confidentiality expired</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="26" />
        <source>Einwilligung abgelaufen</source>
        <translation>Consent expired</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_format.py" line="27" />
        <source>Ziel überfällig</source>
        <translation>Goal overdue</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="45" />
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="50" />
        <source>Überfällige und kommende</source>
        <translation>Overdue and upcoming</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="51" />
        <source>Nur überfällige</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="52" />
        <source>Nur kommende</source>
        <translation>Upcoming only</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="56" />
        <source>Alle Arten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="59" />
        <source>Nur meine Klient*innen</source>
        <translation>Only my clients</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="62" />
        <source>Klient*in öffnen</source>
        <translation>Open client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="88" />
        <source>Vorschau:</source>
        <translation>Look ahead:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="136" />
        <source>Fristen werden berechnet …</source>
        <translation>Calculating deadlines …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="150" />
        <source>Die Fristen konnten nicht berechnet werden: {e}</source>
        <translation>The deadlines could not be calculated: {e}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="165" />
        <source>{over} überfällig · {soon} fällig bis {last}</source>
        <translation>{over} overdue · {soon} due by {last}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="168" />
        <source>sehr viele Fristen: vollständig nur bis {last}. Bitte „Nur überfällige“ oder „Nur kommende“ wählen oder den Zeitraum verkürzen.</source>
        <translation>very many deadlines: complete only up to {last}. Please choose “Overdue only” or “Upcoming only”, or shorten the period.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/deadlines_view.py" line="172" />
        <source>Keine Fristen in diesem Zeitraum.</source>
        <translation>No deadlines in this period.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="315" />
        <source>Löschung auf Antrag (Art. 17 DSGVO)</source>
        <translation>Erasure on request (Art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="318" />
        <source>&lt;b&gt;{name}&lt;/b&gt; und alles, was zu dieser Person gespeichert ist, werden jetzt endgültig gelöscht – unabhängig von der Löschfrist. Das lässt sich nicht rückgängig machen. Besteht für einen Fall eine Aufbewahrungssperre, wird nichts gelöscht.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; and everything stored about this person will now be permanently deleted – regardless of the retention period. This cannot be undone. If any case is under a retention hold, nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="323" />
        <source>Der Antrag liegt vor und wurde geprüft.</source>
        <translation>The request has been received and checked.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="330" />
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
</context>
<context>
    <name>FactorsPanel</name>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="44" />
        <source>Förderliche Faktoren</source>
        <translation>Promoting factors</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="45" />
        <source>Hemmende Faktoren</source>
        <translation>Hindering factors</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="58" />
        <source>Schlagwort, z. B. Fehlender Pass</source>
        <translation>Keyword, e.g. Missing passport</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="63" />
        <source>kurze Erläuterung</source>
        <translation>short explanation</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="68" />
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="71" />
        <source>Ausgewählten entfernen</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="124" />
        <source>Faktor hinzufügen</source>
        <translation>Add factor</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_factors.py" line="142" />
        <source>Faktor entfernen</source>
        <translation>Remove factor</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="164" />
        <source>Wiedervorlage ändern</source>
        <translation>Change follow-up date</translation>
    </message>
</context>
<context>
    <name>FollowUpEdit</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="34" />
        <source>Wiedervorlage am</source>
        <translation>Follow up on</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../kimdesk/ui/profile/form_dialog.py" line="31" />
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/form_dialog.py" line="32" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="33" />
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="33" />
        <source>Ziel bearbeiten</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="38" />
        <source>z. B. Sprachniveau B1 erreichen</source>
        <translation>e.g. reach language level B1</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="39" />
        <source>– kein Lebensbereich –</source>
        <translation>– no life area –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="49" />
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="49" />
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="50" />
        <source>bis</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="50" />
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="61" />
        <source>Schritt hinzufügen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="63" />
        <source>Schritt entfernen</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="74" />
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="75" />
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="76" />
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="77" />
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="79" />
        <source>Schritte</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/goal_dialog.py" line="122" />
        <source>Schritt {n}: {p}</source>
        <translation>Step {n}: {p}</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="42" />
        <source>Ziel / Schritt</source>
        <translation>Goal / step</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="42" />
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="43" />
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="43" />
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="54" />
        <source>Ziel hinzufügen…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="57" />
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="59" />
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="63" />
        <source>Status des ausgewählten Ziels</source>
        <translation>Status of the selected goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="65" />
        <source>Noch keine Ziele vereinbart.</source>
        <translation>No goals agreed yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="68" />
        <source>Status des gewählten Ziels:</source>
        <translation>Status of the selected goal:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="99" />
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="181" />
        <source>Schritt abhaken</source>
        <translation>Tick off step</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="181" />
        <source>Haken entfernen</source>
        <translation>Untick step</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="193" />
        <source>Status des Ziels ändern</source>
        <translation>Change goal status</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="225" />
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="225" />
        <source>Ziel ändern</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="236" />
        <location filename="../kimdesk/ui/profile/case_goals.py" line="245" />
        <source>Ziel löschen</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_goals.py" line="237" />
        <source>Das Ziel „{t}“ mit seinen Schritten löschen?</source>
        <translation>Delete the goal “{t}” and its steps?</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="34" />
        <source>Rechtskreiswechsel erfassen</source>
        <translation>Record change of legal area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="41" />
        <source>Stelle wählen oder eingeben</source>
        <translation>Choose or enter an agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="47" />
        <source>Neuer Rechtskreis</source>
        <translation>New legal area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="48" />
        <source>Zuständige Stelle</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="49" />
        <source>Übergabedatum</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="50" />
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="51" />
        <source>Der bisherige Rechtskreis endet am Tag vor dem Übergabedatum – so bleibt keine Lücke in der Zuständigkeit.</source>
        <translation>The previous legal area ends on the day before the handover date – so there is no gap in responsibility.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="74" />
        <source>Bitte die zuständige Stelle angeben.</source>
        <translation>Please enter the responsible agency.</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="138" />
        <source>Beziehung</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="139" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="140" />
        <source>Originalschrift</source>
        <translation>Original script</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="141" />
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="143" />
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="143" />
        <source>gleicher Haushalt</source>
        <translation>same household</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="144" />
        <source>anderer Haushalt</source>
        <translation>other household</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="145" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="150" />
        <source>Noch keine Angehörigen verknüpft. Angehörige, die selbst beraten werden, lassen sich hier mit ihrem Profil verbinden.</source>
        <translation>No relatives linked yet. Relatives who are counselled themselves can be linked here to their profile.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="152" />
        <source>Angehörige*n verknüpfen…</source>
        <translation>Link relative…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="155" />
        <source>Profil öffnen</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="157" />
        <source>Verknüpfung lösen…</source>
        <translation>Unlink…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="160" />
        <source>Angehörige</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="169" />
        <source>Doppelklick oder Eingabetaste öffnet das Profil der Angehörigen.</source>
        <translation>Double-click or Enter opens the relative’s profile.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="196" />
        <source>Angehörige*n verknüpfen</source>
        <translation>Link relative</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="210" />
        <location filename="../kimdesk/ui/profile/tab_household.py" line="221" />
        <source>Verknüpfung lösen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="211" />
        <source>Die Verknüpfung mit {name} lösen? Beide Profile bleiben erhalten.</source>
        <translation>Remove the link with {name}? Both profiles are kept.</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="65" />
        <source>Klient*innen importieren</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="71" />
        <source>CSV- oder Excel-Datei (.csv, .xlsx) wählen</source>
        <translation>Choose a CSV or Excel file (.csv, .xlsx)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="72" />
        <source>Datei wählen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="74" />
        <source>Tabellenblatt:</source>
        <translation>Worksheet:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="89" />
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="89" />
        <source>Feld in KIMdesk</source>
        <translation>Field in KIMdesk</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="108" />
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="108" />
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="119" />
        <source>Wahrscheinliche Dubletten trotzdem importieren</source>
        <translation>Import likely duplicates anyway</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="127" />
        <source>Probelauf</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="130" />
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="133" />
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="142" />
        <source>Zuordnung der Spalten</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="143" />
        <source>Vorschau der ersten Zeilen</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="144" />
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="189" />
        <source>Nachname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="189" />
        <source>Vorname(n)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="190" />
        <source>Name (Originalschrift)</source>
        <translation>Name (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="191" />
        <source>Nachname (Originalschrift)</source>
        <translation>Family name (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="192" />
        <source>Vorname(n) (Originalschrift)</source>
        <translation>Given name(s) (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="193" />
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="194" />
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="194" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="195" />
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="195" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="203" />
        <source>Liste mit Klient*innen öffnen</source>
        <translation>Open list of clients</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="204" />
        <source>Tabellen (*.csv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="229" />
        <source>Semikolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="229" />
        <source>Komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="229" />
        <source>Tabulator</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="230" />
        <source>senkrechter Strich</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="231" />
        <source>CSV, Zeichenkodierung {0}, getrennt durch {1}</source>
        <translation>CSV, encoding {0}, separated by {1}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="234" />
        <source>Excel, Tabellenblatt „{0}“</source>
        <translation>Excel, worksheet “{0}”</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="239" />
        <source>Die Datei enthält keine Zeilen.</source>
        <translation>The file contains no rows.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="264" />
        <source>Spalte {0}</source>
        <translation>Column {0}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="266" />
        <source>Beispiele: {0}</source>
        <translation>Examples: {0}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="269" />
        <source>– nicht importieren –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="305" />
        <source>nicht importiert</source>
        <translation>not imported</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="368" />
        <source>Der Import ist fehlgeschlagen: {0}</source>
        <translation>The import failed: {0}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="404" />
        <source>Dublette? </source>
        <translation>Duplicate? </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="405" />
        <source>Hinweis: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="419" />
        <source>… und {0} weitere Meldungen</source>
        <translation>… and {0} more messages</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/import_clients.py" line="425" />
        <source>Noch kein Probelauf. Importiert wird nur, wenn keine Zeile fehlerhaft ist – alles oder nichts.</source>
        <translation>No dry run yet. Data is imported only if no row has errors – all or nothing.</translation>
    </message>
</context>
<context>
    <name>LegalAreasTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="91" />
        <source>Zuständig jetzt</source>
        <translation>Currently responsible</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="94" />
        <source>Bei jedem Wechsel geht die Zuständigkeit an eine andere Stelle über: das Übergabedatum sorgt für einen lückenlosen Übergang.</source>
        <translation>With every change, responsibility passes to another agency: the handover date ensures a seamless transition.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="98" />
        <source>Rechtskreis</source>
        <translation>Legal area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="99" />
        <source>Zuständige Stelle</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="100" />
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="101" />
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="101" />
        <source>laufend</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="102" />
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="106" />
        <source>Rechtskreiswechsel erfassen…</source>
        <translation>Record change of legal area…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="110" />
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="124" />
        <source>&lt;span style='color:{c}'&gt;Keine Stelle zuständig erfasst – bitte den Rechtskreis erfassen.&lt;/span&gt;</source>
        <translation>&lt;span style='color:{c}'&gt;No responsible agency recorded – please record the legal area.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="128" />
        <source>&lt;b&gt;{area}&lt;/b&gt;: {office} (seit {d})</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt;: {office} (since {d})</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_legal.py" line="138" />
        <source>Rechtskreiswechsel erfassen</source>
        <translation>Record change of legal area</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="38" />
        <source>Briefkopf und Datenschutz</source>
        <translation>Letterhead and data protection</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="49" />
        <source>PNG oder JPEG, optional</source>
        <translation>PNG or JPEG, optional</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="50" />
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="60" />
        <source>Name und Kontakt der/des Datenschutzbeauftragten</source>
        <translation>Name and contact details of the data protection officer</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="64" />
        <source>keins (DSGVO/BDSG)</source>
        <translation>none (GDPR/BDSG)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="74" />
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="77" />
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="79" />
        <source>Name der Einrichtung:</source>
        <translation>Name of the organisation:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="80" />
        <source>Anschrift:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="81" />
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="82" />
        <source>E-Mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="83" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="85" />
        <source>Datenschutz (steht in den Formularen)</source>
        <translation>Data protection (printed on the forms)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="87" />
        <source>Datenschutzbeauftragte*r:</source>
        <translation>Data protection officer:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="88" />
        <source>Aufsichtsbehörde:</source>
        <translation>Supervisory authority:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="89" />
        <source>Kirchliches Datenschutzrecht:</source>
        <translation>Church data protection law:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="90" />
        <source>Löschfrist nach Ende der Beratung:</source>
        <translation>Retention period after counselling ends:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="97" />
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="98" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="126" />
        <source>Logo auswählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/letterhead.py" line="127" />
        <source>Bilder (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="40" />
        <source>Angehörige*n verknüpfen</source>
        <translation>Link relative</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="47" />
        <source>Name, Aktenzeichen oder Geburtsdatum</source>
        <translation>Name, file number or date of birth</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="54" />
        <source>lebt im selben Haushalt</source>
        <translation>lives in the same household</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="56" />
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="57" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="58" />
        <source>ist für diese Person</source>
        <translation>is this person’s</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_household.py" line="123" />
        <source>Bitte eine Person aus der Trefferliste wählen.</source>
        <translation>Please choose a person from the list of matches.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="33" />
        <source>Wo soll der Tresor liegen?</source>
        <translation>Where should the vault be stored?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="35" />
        <source>Der Tresor ist eine verschlüsselte Datei. Neben ihr liegt die Schlüsseldatei (Endung „-keys“); sichern Sie immer beide oder nutzen Sie „Sicherung erstellen“.</source>
        <translation>The vault is an encrypted file. Its key file (ending “-keys”) lies beside it; always back up both, or use “Create backup”.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="39" />
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="49" />
        <source>z. B. Anna Berger</source>
        <translation>e.g. Anna Berger</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="51" />
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="52" />
        <source>Ihr Name (Berater*in):</source>
        <translation>Your name (counsellor):</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="60" />
        <source>Tresor anlegen</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="61" />
        <source>KIMdesk-Tresor (*.kim)</source>
        <translation>KIMdesk vault (*.kim)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="76" />
        <source>Dort liegt bereits eine Datei. Bitte einen anderen Namen wählen.</source>
        <translation>A file already exists there. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="80" />
        <source>Der Ordner existiert nicht.</source>
        <translation>The folder does not exist.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="63" />
        <source>Klient*innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="64" />
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="65" />
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="66" />
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="58" />
        <location filename="../kimdesk/ui/main_window.py" line="67" />
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="59" />
        <source>Hier entstehen Statistik, Auskunft nach Art. 15 DSGVO und Protokoll. Löschfristen und Datenübertragung finden Sie unter Extras.</source>
        <translation>Statistics, access reports under Art. 15 GDPR and the audit log will appear here. Retention periods and data transfer are under Tools.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="62" />
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="82" />
        <source>Der Tresor ist gesperrt.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="127" />
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="128" />
        <source>Neue*r Klient*in…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="131" />
        <source>Klient*innen importieren…</source>
        <translation>Import clients…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="135" />
        <source>Neuen Tresor anlegen…</source>
        <translation>Create new vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="137" />
        <source>Tresor öffnen…</source>
        <translation>Open vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="139" />
        <source>Sicherung erstellen…</source>
        <translation>Create backup…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="143" />
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="145" />
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="147" />
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="151" />
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="152" />
        <source>Passphrase ändern…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="156" />
        <source>Briefkopf der Organisation…</source>
        <translation>Organisation letterhead…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="158" />
        <source>Löschfristen und fällige Löschungen…</source>
        <translation>Retention periods and due deletions…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="160" />
        <source>Datenübertragung: Paket exportieren…</source>
        <translation>Data transfer: export package…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="162" />
        <source>Datenübertragung: Paket importieren…</source>
        <translation>Data transfer: import package…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="169" />
        <source>Einstellungen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="171" />
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="174" />
        <source>Über KIMdesk</source>
        <translation>About KIMdesk</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="192" />
        <source>Tresor: {name}</source>
        <translation>Vault: {name}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="196" />
        <source>gesperrt</source>
        <translation>locked</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="33" />
        <source>Neue*r Klient*in</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="49" />
        <source>TT.MM.JJJJ oder nur das Jahr</source>
        <translation>DD.MM.YYYY or just the year</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="55" />
        <source>– unbekannt –</source>
        <translation>– unknown –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="59" />
        <source>Sprachcodes, z. B. ar, de oder fa_AF</source>
        <translation>Language codes, e.g. ar, de or fa_AF</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="65" />
        <source>Nachname (lateinisch)*</source>
        <translation>Family name (Latin script)*</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="66" />
        <source>Vorname(n) (lateinisch)</source>
        <translation>Given name(s) (Latin script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="67" />
        <source>Nachname (Originalschrift)</source>
        <translation>Family name (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="68" />
        <source>Vorname(n) (Originalschrift)</source>
        <translation>Given name(s) (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="69" />
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="70" />
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="71" />
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="72" />
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="73" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="74" />
        <source>Unterkunft</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="86" />
        <source>Mögliche Dubletten – ist die Person schon erfasst?</source>
        <translation>Possible duplicates – is this person already recorded?</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="90" />
        <source>Vorhandene Person öffnen</source>
        <translation>Open existing person</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/new_client.py" line="160" />
        <source>Trotzdem neu anlegen</source>
        <translation>Create new anyway</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="57" />
        <source>In Notizen suchen …</source>
        <translation>Search notes …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="83" />
        <source>Notiz löschen…</source>
        <translation>Delete note…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="91" />
        <source>Textbaustein einfügen</source>
        <translation>Insert text template</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="101" />
        <source>Neue Notiz … (Strg+Eingabe speichert)</source>
        <translation>New note … (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="105" />
        <source>Notiz speichern</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="112" />
        <source>Notizen gehören zu einem Fall: bitte zuerst im Reiter „Fall“ einen Fall eröffnen.</source>
        <translation>Notes belong to a case: please open a case in the “Case” tab first.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="142" />
        <source>Neue Notiz</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="143" />
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="188" />
        <source>{n} von {t}</source>
        <translation>{n} of {t}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="190" />
        <source>{t} Notizen</source>
        <translation>{t} notes</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="191" />
        <source>1 Notiz</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="211" />
        <source>Keine Notiz ausgewählt</source>
        <translation>No note selected</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="212" />
        <source>Noch keine Notizen</source>
        <translation>No notes yet</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="216" />
        <source>{n} Zeichen</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="265" />
        <source>Notiz hinzufügen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="283" />
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="292" />
        <source>Notiz löschen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_notes.py" line="284" />
        <source>Diese Notiz vom {d} wirklich löschen?</source>
        <translation>Really delete this note from {d}?</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="89" />
        <source>Passphrase festlegen</source>
        <translation>Set the passphrase</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="91" />
        <source>Sie schützt alle Daten. Mehrere Wörter sind leichter zu merken und sicherer als ein kurzes Passwort. Ohne Passphrase gibt es keinen Zugang – auch nicht für den Support.</source>
        <translation>It protects all data. Several words are easier to remember and safer than a short password. Without the passphrase there is no access – not even for support.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="110" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="113" />
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="127" />
        <source>Stimmt überein.</source>
        <translation>Matches.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/wizard.py" line="128" />
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
</context>
<context>
    <name>PersonalTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="46" />
        <source>nur Jahr bekannt</source>
        <translation>only year known</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="47" />
        <source>Das Geburtsdatum ist nur dem Jahr nach bekannt (gespeichert als 01.01.).</source>
        <translation>Only the year of birth is known (stored as 01.01.).</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="52" />
        <source>Land suchen, z. B. Syrien</source>
        <translation>Search country, e.g. Syria</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="54" />
        <source>Sprache suchen, z. B. Tigrinya</source>
        <translation>Search language, e.g. Tigrinya</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="55" />
        <source>Dolmetschung nötig</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="57" />
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="61" />
        <source>z. B. syrisches Arabisch, Herati</source>
        <translation>e.g. Syrian Arabic, Herati</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="72" />
        <source>Name der Sammelunterkunft, falls dort gemeldet</source>
        <translation>Name of the collective shelter, if registered there</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="75" />
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="77" />
        <source>Persönliche Daten speichern (Strg+S)</source>
        <translation>Save personal data (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="79" />
        <source>Änderungen verwerfen</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="85" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="87" />
        <source>Nachname (lateinisch) *</source>
        <translation>Family name (Latin script) *</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="88" />
        <source>Vorname(n) (lateinisch)</source>
        <translation>Given name(s) (Latin script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="89" />
        <source>Nachname (Originalschrift)</source>
        <translation>Family name (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="91" />
        <source>Vorname(n) (Originalschrift)</source>
        <translation>Given name(s) (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="93" />
        <source>* Nachname lateinisch oder in Originalschrift</source>
        <translation>* Family name in Latin or original script</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="95" />
        <source>Geburt und Herkunft</source>
        <translation>Birth and origin</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="103" />
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="104" />
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="105" />
        <source>Staatsangehörigkeit(en)</source>
        <translation>Nationalities</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="107" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="109" />
        <source>Sprachen und Dolmetschung</source>
        <translation>Languages and interpreting</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="111" />
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="113" />
        <source>Sprache der Dolmetschung</source>
        <translation>Interpreting language</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="114" />
        <source>Dialekt</source>
        <translation>Dialect</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="115" />
        <source>Bevorzugtes Geschlecht</source>
        <translation>Preferred gender</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="117" />
        <source>Kontakt und Anschrift</source>
        <translation>Contact and address</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="119" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="120" />
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="121" />
        <source>Straße, Hausnummer</source>
        <translation>Street, house number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="127" />
        <source>PLZ, Ort</source>
        <translation>Postcode, town</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="128" />
        <source>Unterkunft</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="285" />
        <source>Keine Änderungen zu speichern.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="296" />
        <source>Persönliche Daten ändern</source>
        <translation>Change personal data</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="300" />
        <source>Persönliche Daten gespeichert.</source>
        <translation>Personal data saved.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_personal.py" line="321" />
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="74" />
        <source>Anlass (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="76" />
        <source>Phase wechseln</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="79" />
        <source>Der Fall ist abgeschlossen. Unter „Abschluss“ lässt er sich wieder eröffnen.</source>
        <translation>The case is closed. It can be reopened under “Closure”.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="83" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="84" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="85" />
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="91" />
        <source>Neue Phase:</source>
        <translation>New phase:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="98" />
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="125" />
        <source>Der Fall ist bereits in dieser Phase.</source>
        <translation>The case is already in this phase.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/case_phase.py" line="133" />
        <source>Phase wechseln: {p}</source>
        <translation>Change phase: {p}</translation>
    </message>
</context>
<context>
    <name>PrintFormDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="63" />
        <source>Formular drucken</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="77" />
        <source>Deutsch (nur Deutsch)</source>
        <translation>German (German only)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="91" />
        <source>keine gespeichert</source>
        <translation>none saved</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="99" />
        <source>Briefkopf bearbeiten…</source>
        <translation>Edit letterhead…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="104" />
        <source>Formular:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="105" />
        <source>Sprache neben Deutsch:</source>
        <translation>Language alongside German:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="106" />
        <source>Termin:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="107" />
        <source>Vermittlung:</source>
        <translation>Referral:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="130" />
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="133" />
        <source>Als PDF speichern…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="137" />
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="206" />
        <source>Vorschau wird erstellt …</source>
        <translation>Creating preview …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="224" />
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="225" />
        <source>%1 Seiten</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="227" />
        <source>Übersetzung geprüft</source>
        <translation>Translation reviewed</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="229" />
        <source>Übersetzung noch nicht von Muttersprachler*innen geprüft</source>
        <translation>Translation not yet reviewed by native speakers</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="231" />
        <source>Einige Texte sind noch nicht übersetzt; dort steht der deutsche Text (mit * markiert).</source>
        <translation>Some texts are not translated yet; the German text appears there instead (marked with *).</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="234" />
        <source>Sehr lange Texte sind gekürzt.</source>
        <translation>Very long texts are shortened.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="236" />
        <source>Noch kein Briefkopf eingestellt.</source>
        <translation>No letterhead set up yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="248" />
        <source>Für diese Sprache fehlt eine Schrift. </source>
        <translation>A font for this language is missing. </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="252" />
        <source>Das Formular konnte nicht erstellt werden: </source>
        <translation>The form could not be created: </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="293" />
        <source>Der Drucker konnte nicht geöffnet werden.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="318" />
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="319" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/print_form.py" line="335" />
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="81" />
        <source>(ohne lateinischen Namen)</source>
        <translation>(no name in Latin script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="85" />
        <source>Name in Originalschrift: {n}</source>
        <translation>Name in original script: {n}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="90" />
        <source>Aktenzeichen: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>File number: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="93" />
        <source>geb. {d} ({age} J.)</source>
        <translation>born {d} (age {age})</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="94" />
        <source>Geburtsdatum unbekannt</source>
        <translation>Date of birth unknown</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="99" />
        <source>Einwilligung fehlt</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="101" />
        <source>Schweigepflichtentbindung fehlt</source>
        <translation>Release from confidentiality missing</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="115" />
        <source>noch kein Fall eröffnet</source>
        <translation>no case opened yet</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="117" />
        <source>Fall: &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>Case: &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="118" />
        <source>Fall abgeschlossen am {d}</source>
        <translation>Case closed on {d}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="123" />
        <source>&lt;span style='color:{c}'&gt;Kein Aufenthaltstitel erfasst&lt;/span&gt;</source>
        <translation>&lt;span style='color:{c}'&gt;No residence title recorded&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="125" />
        <source>Aufenthalt: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation>Residence: &lt;b&gt;{t}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="129" />
        <source>, 18 Monate enden am {d} &lt;span style='color:{c}'&gt;&lt;b&gt;({left})&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, 18 months end on {d} &lt;span style='color:{c}'&gt;&lt;b&gt;({left})&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/header.py" line="135" />
        <source>, gültig bis {d}</source>
        <translation>, valid until {d}</translation>
    </message>
</context>
<context>
    <name>ReconstructionTab</name>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="68" />
        <source>Tag</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="68" />
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="68" />
        <source>Ereignis</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="72" />
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="72" />
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="72" />
        <source>Faktor / Ziel</source>
        <translation>Factor / goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="75" />
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="77" />
        <source>Als JSON speichern …</source>
        <translation>Save as JSON …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="91" />
        <source>Ziele und förderliche/hemmende Faktoren</source>
        <translation>Goals and promoting/hindering factors</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="145" />
        <source>Links eine Klient*in wählen. Die Vorschau zeigt genau das, was exportiert wird.</source>
        <translation>Choose a client on the left. The preview shows exactly what will be exported.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="151" />
        <source>Kennung {code} · Altersgruppe beim Erstkontakt: {age} · Staatsangehörigkeit: {nat} · Fälle: {cases}</source>
        <translation>ID {code} · Age group at first contact: {age} · Nationality: {nat} · Cases: {cases}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="156" />
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="165" />
        <source>Fallrekonstruktion speichern</source>
        <translation>Save case reconstruction</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_reconstruction_tab.py" line="173" />
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="37" />
        <source>Vermittlung für {name}</source>
        <translation>Referral for {name}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="42" />
        <source>– Stelle wählen –</source>
        <translation>– choose agency –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="51" />
        <source>Entbindung erfassen…</source>
        <translation>Record release…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="56" />
        <source>– ohne Ziel –</source>
        <translation>– no goal –</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="62" />
        <source>Worum geht es? Was soll die Stelle tun, was liegt bei? (Pflichtfeld)</source>
        <translation>What is it about? What should the agency do, what is enclosed? (required)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="67" />
        <source>per E-Mail versendet</source>
        <translation>sent by email</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="67" />
        <source>per Post versendet</source>
        <translation>sent by post</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="68" />
        <source>persönlich übergeben</source>
        <translation>handed over in person</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="68" />
        <source>per Fax versendet</source>
        <translation>sent by fax</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="69" />
        <source>gemeinsam mit der Klient*in vorgelegt</source>
        <translation>presented together with the client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="77" />
        <source>Als Entwurf speichern</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="79" />
        <source>Speichern und versenden</source>
        <translation>Save and send</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="82" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="93" />
        <source>&lt;b&gt;{name}&lt;/b&gt;  {file}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;  {file}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="96" />
        <source>Klient*in:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="97" />
        <source>Stelle:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="102" />
        <source>Schweigepflicht:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="104" />
        <source>Ziel:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="105" />
        <source>Anlass:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="107" />
        <source>Versandweg:</source>
        <translation>Delivery method:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="144" />
        <source>Sprachen: {l}</source>
        <translation>Languages: {l}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="193" />
        <source>versendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="200" />
        <source>Als Entwurf gespeichert. Versenden Sie die Vermittlung, sobald die Schweigepflichtentbindung vorliegt.</source>
        <translation>Saved as draft. Send the referral as soon as the release from confidentiality is available.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_editor.py" line="202" />
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReferralStatsPanel</name>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="117" />
        <source>Gesamter Zeitraum</source>
        <translation>Entire period</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="118" />
        <source>Letzte 12 Monate</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="119" />
        <source>Letzte 90 Tage</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="130" />
        <source>Dauer: Tage von „versendet“ bis „abgeschlossen“ oder „abgelehnt“, laut Verlauf der Vermittlung. „mit Dauer“ zählt die Vermittlungen, deren Verlauf beide Schritte enthält; nur sie gehen in Ø, kürzeste und längste Dauer ein. Zeitraum: nach dem Tag, an dem die Vermittlung angelegt wurde.</source>
        <translation>Duration: days from “sent” to “completed” or “declined”, according to the referral’s history. “with duration” counts the referrals whose history contains both steps; only these count towards the average, shortest and longest duration. Period: by the day the referral was created.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_stats_panel.py" line="137" />
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="27" />
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="29" />
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="30" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="31" />
        <source>Stelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="32" />
        <source>Rechtskreis</source>
        <translation>Legal area</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="33" />
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_table_model.py" line="73" />
        <source>{date} überfällig</source>
        <translation>{date} overdue</translation>
    </message>
</context>
<context>
    <name>ReferralsOpenPanel</name>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="47" />
        <source>Alle Rechtskreise</source>
        <translation>All legal areas</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="52" />
        <source>Alle offenen</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="55" />
        <source>Neue Vermittlung…</source>
        <translation>New referral…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="76" />
        <source>Status ändern…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="77" />
        <source>Wiedervorlage…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="78" />
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="79" />
        <source>Klient*in öffnen</source>
        <translation>Open client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="94" />
        <source>Stelle:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="96" />
        <source>Rechtskreis:</source>
        <translation>Legal area:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="98" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="157" />
        <source>Alle Stellen</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="180" />
        <source>&lt;b&gt;{n} Vermittlungen&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} referrals&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="182" />
        <source>&lt;span style='color:#a61b1b'&gt;&lt;b&gt;{n} mit überfälliger Wiedervorlage&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='color:#a61b1b'&gt;&lt;b&gt;{n} with overdue follow-up&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="187" />
        <source>es werden die ersten {n} gezeigt – bitte filtern</source>
        <translation>showing the first {n} – please filter</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_open_panel.py" line="279" />
        <source>Status nicht geändert</source>
        <translation>Status not changed</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../kimdesk/ui/views/referrals_view.py" line="32" />
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_view.py" line="33" />
        <source>Auswertung je Stelle</source>
        <translation>Analysis by agency</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/referrals_view.py" line="34" />
        <source>Stellenverzeichnis</source>
        <translation>Agency directory</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="64" />
        <source>Schweigepflichtentbindung erfassen</source>
        <translation>Record release from confidentiality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="70" />
        <source>befristet bis</source>
        <translation>limited until</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="76" />
        <source>Austausch zur Vermittlung und zum weiteren Verfahren</source>
        <translation>Exchange about the referral and further proceedings</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="88" />
        <source>Klient*in:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="89" />
        <source>Empfänger:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="90" />
        <source>Erteilt am:</source>
        <translation>Granted on:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="91" />
        <source>Gültigkeit:</source>
        <translation>Validity:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="92" />
        <source>Umfang:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="93" />
        <source>Formular in:</source>
        <translation>Form in:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_consent.py" line="100" />
        <source>Nur erfassen, wenn die unterschriebene Entbindung vorliegt.</source>
        <translation>Only record this once the signed release is available.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../kimdesk/ui/views/reports_view.py" line="42" />
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_view.py" line="43" />
        <source>Fallrekonstruktion</source>
        <translation>Case reconstruction</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_view.py" line="44" />
        <source>Auskunft (Art. 15)</source>
        <translation>Access report (Art. 15)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_view.py" line="45" />
        <source>Protokoll</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_view.py" line="46" />
        <source>Löschfristen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_view.py" line="47" />
        <source>Datenübertragung</source>
        <translation>Data transfer</translation>
    </message>
</context>
<context>
    <name>ResidenceTab</name>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="39" />
        <source>Aktueller Aufenthaltstitel</source>
        <translation>Current residence title</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="45" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="46" />
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="47" />
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="48" />
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="49" />
        <source>unbefristet</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="52" />
        <source>Ausstellende Behörde</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="53" />
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="59" />
        <source>Titel hinzufügen…</source>
        <translation>Add title…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="62" />
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="65" />
        <source>Verlauf der Aufenthaltstitel</source>
        <translation>History of residence titles</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="96" />
        <source>&lt;span style='color:{c}'&gt;Noch kein Aufenthaltstitel erfasst.&lt;/span&gt;</source>
        <translation>&lt;span style='color:{c}'&gt;No residence title recorded yet.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="100" />
        <source>unbefristet bzw. ohne Ablaufdatum</source>
        <translation>unlimited or without expiry date</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="107" />
        <source>gültig bis &lt;b&gt;{d}&lt;/b&gt; – {left}</source>
        <translation>valid until &lt;b&gt;{d}&lt;/b&gt; – {left}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="110" />
        <source>Das Chancen-Aufenthaltsrecht wird nicht verlängert: der Antrag nach §25a oder §25b muss vor Ablauf gestellt sein.</source>
        <translation>The Chancen-Aufenthaltsrecht is not extended: the application under §25a or §25b must be filed before it expires.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="113" />
        <source>Verlängerung rechtzeitig bei der Ausländerbehörde beantragen.</source>
        <translation>Apply for an extension at the immigration office in good time.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="116" />
        <source>ausgestellt von {o}</source>
        <translation>issued by {o}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="139" />
        <source>Aufenthaltstitel hinzufügen</source>
        <translation>Add residence title</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/tab_residence.py" line="145" />
        <source>Aufenthaltstitel ändern</source>
        <translation>Change residence title</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="54" />
        <source>Löschfristen und fällige Löschungen</source>
        <translation>Retention periods and due deletions</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="61" />
        <source>Systemdatum ist richtig …</source>
        <translation>System date is correct …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="79" />
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="81" />
        <source> Jahr</source>
        <translation> year</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="81" />
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="88" />
        <source>Fristen speichern</source>
        <translation>Save retention periods</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="91" />
        <source>Löschfrist nach Abschluss, je Abschlussgrund</source>
        <translation>Retention period after closure, per closure reason</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="115" />
        <source>Niemand ist zur Löschung fällig.</source>
        <translation>No one is due for deletion.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="123" />
        <source>Alle auswählen</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="125" />
        <source>Keine auswählen</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="136" />
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="232" />
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="278" />
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="283" />
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="167" />
        <source>Zur Löschung fällig – wird ermittelt …</source>
        <translation>Due for deletion – determining …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="179" />
        <source>Zur Löschung fällig am {day}: eine Person</source>
        <translation>Due for deletion on {day}: one person</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="180" />
        <source>Zur Löschung fällig am {day}: {n} Personen</source>
        <translation>Due for deletion on {day}: {n} people</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="183" />
        <source>Eine weitere Person ist wegen Aufbewahrungssperre ausgenommen.</source>
        <translation>One more person is excluded because of a retention hold.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="185" />
        <source>{n} weitere Personen sind wegen Aufbewahrungssperre ausgenommen.</source>
        <translation>{n} more people are excluded because of a retention hold.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="231" />
        <source>Endgültig löschen ({n})</source>
        <translation>Delete permanently ({n})</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="256" />
        <source>Fristen gespeichert.</source>
        <translation>Retention periods saved.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="264" />
        <source>Systemdatum bestätigen</source>
        <translation>Confirm system date</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="265" />
        <source>Ist heute wirklich der {day}? Nur bestätigen, wenn Datum und Uhrzeit des Computers stimmen – sonst könnten Daten zu früh gelöscht werden.</source>
        <translation>Is today really {day}? Only confirm if the computer’s date and time are correct – otherwise data could be deleted too early.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="279" />
        <source>{n} Person(en) und alles, was zu ihnen gespeichert ist (Fälle, Notizen, Termine, Vermittlungen, Einwilligungen), werden endgültig gelöscht. Das lässt sich nicht rückgängig machen. Für die Statistik bleibt je Fall nur ein anonymer Eintrag (Quartal, Abschlussgrund, Rechtskreis).</source>
        <translation>{n} person(s) and everything stored about them (cases, notes, appointments, referrals, consents) will be permanently deleted. This cannot be undone. For the statistics, only one anonymous entry per case remains (quarter, closure reason, legal area).</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="284" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="294" />
        <source>Wird gelöscht und die Tresordatei bereinigt …</source>
        <translation>Deleting and cleaning up the vault file …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/retention_dialog.py" line="300" />
        <source>{n} Person(en) endgültig gelöscht.</source>
        <translation>{n} person(s) permanently deleted.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../kimdesk/ui/views/reports_privacy_tabs.py" line="29" />
        <source>Löschfristen und fällige Löschungen …</source>
        <translation>Retention periods and due deletions …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_privacy_tabs.py" line="36" />
        <source>Nach dem Löschkonzept der Einrichtung werden die Daten einer Person eine feste Zahl von Jahren nach dem Abschluss der Beratung gelöscht (je Abschlussgrund einstellbar). Hier sehen Sie, wer fällig ist, und löschen nach Prüfung endgültig; Fälle mit Aufbewahrungssperre bleiben erhalten. Für die Statistik bleibt je Fall nur eine anonyme Spur (Quartal, Abschlussgrund, Rechtskreis).</source>
        <translation>Under the organisation’s deletion policy, a person’s data is deleted a fixed number of years after counselling ends (adjustable per closure reason). Here you can see who is due and, after checking, delete permanently; cases with a retention hold are kept. For the statistics, only one anonymous trace per case remains (quarter, closure reason, legal area).</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_privacy_tabs.py" line="42" />
        <source>Eine Löschung auf Antrag (Art. 17 DSGVO) für eine einzelne Person starten Sie im Reiter „Auskunft (Art. 15)“ nach der Auswahl der Person.</source>
        <translation>To erase a single person’s data on request (Art. 17 GDPR), choose the person in the “Access report (Art. 15)” tab.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/settings.py" line="16" />
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/settings.py" line="20" />
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/settings.py" line="21" />
        <source>nie (nicht empfohlen)</source>
        <translation>never (not recommended)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/settings.py" line="28" />
        <source>Automatisch sperren nach:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/settings.py" line="29" />
        <source>Sprache der Oberfläche (nach Neustart):</source>
        <translation>Interface language (after restart):</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="49" />
        <source>Eigener Zeitraum …</source>
        <translation>Custom period …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="52" />
        <source>Berechnen</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="54" />
        <source>Als CSV speichern …</source>
        <translation>Save as CSV …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="56" />
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="61" />
        <source>Anonymisiert für die Koordinierung. </source>
        <translation>Anonymised for coordination. </translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="74" />
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="76" />
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="78" />
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="132" />
        <source>Zeitraum wählen und „Berechnen“ drücken.</source>
        <translation>Choose a period and press “Calculate”.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="153" />
        <source>Wird berechnet …</source>
        <translation>Calculating …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="162" />
        <source>Statistik für {period}</source>
        <translation>Statistics for {period}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="227" />
        <source>Statistik speichern</source>
        <translation>Save statistics</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="232" />
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_stats_tab.py" line="236" />
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../kimdesk/ui/views/stats_table_model.py" line="77" />
        <source>1 bis 4 Fälle – zum Schutz der Personen nicht genau ausgewiesen</source>
        <translation>1 to 4 cases – not shown exactly, to protect the people concerned</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/stats_table_model.py" line="79" />
        <source>Gesperrt, damit sich kein kleiner Wert aus den Summen zurückrechnen lässt</source>
        <translation>Suppressed so that no small value can be worked out from the totals</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/stats_table_model.py" line="82" />
        <source>Aufschlüsselung nicht ausgewiesen (sie ergäbe sich sonst aus der Summe)</source>
        <translation>Breakdown not shown (it could otherwise be worked out from the total)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="63" />
        <source>Status der Vermittlung ändern</source>
        <translation>Change referral status</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="71" />
        <source>Pflichtfeld – z. B. „per E-Mail an Frau Krüger“, „Termin am 12.05. bestätigt“, „Aufenthaltserlaubnis erteilt“</source>
        <translation>Required – e.g. “by email to Ms Krüger”, “appointment on 12.05. confirmed”, “residence permit granted”</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="77" />
        <source>Ziel:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="79" />
        <source>unverändert ({status})</source>
        <translation>unchanged ({status})</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="94" />
        <source>Klient*in:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="95" />
        <source>Stelle:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="96" />
        <source>Bisher:</source>
        <translation>Previously:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="97" />
        <source>Neuer Status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="98" />
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/referral_status.py" line="154" />
        <source>Bitte eine Notiz zur Statusänderung schreiben.</source>
        <translation>Please write a note on the status change.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="39" />
        <source>Aufenthaltstitel erfassen</source>
        <translation>Record residence title</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="40" />
        <source>Aufenthaltstitel bearbeiten</source>
        <translation>Edit residence title</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="50" />
        <source>z. B. Ausländerbehörde Kreis Musterland</source>
        <translation>e.g. immigration office, Kreis Musterland</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="55" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="56" />
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="57" />
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="58" />
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="60" />
        <source>Ausstellende Behörde</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="61" />
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/profile/status_dialog.py" line="86" />
        <source>Das Chancen-Aufenthaltsrecht gilt höchstens 18 Monate: längstens bis {d}.</source>
        <translation>The Chancen-Aufenthaltsrecht is valid for at most 18 months: until {d} at the latest.</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="71" />
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="71" />
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="72" />
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="72" />
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="75" />
        <source>Zum Kalender</source>
        <translation>Go to calendar</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="77" />
        <source>Alle Fristen</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="123" />
        <source>Heute: {day}</source>
        <translation>Today: {day}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="129" />
        <source>&lt;b&gt;Überfällig und heute fällig&lt;/b&gt; (wird berechnet …)</source>
        <translation>&lt;b&gt;Overdue and due today&lt;/b&gt; (calculating …)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="138" />
        <source>Fristen nicht verfügbar: {e}</source>
        <translation>Deadlines not available: {e}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="147" />
        <source>&lt;b&gt;Termine heute&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Appointments today&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="161" />
        <source>Heute sind keine Termine eingetragen.</source>
        <translation>No appointments scheduled for today.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="172" />
        <source>&lt;b&gt;Überfällig und heute fällig&lt;/b&gt; ({over}{more} überfällig, {due} heute)</source>
        <translation>&lt;b&gt;Overdue and due today&lt;/b&gt; ({over}{more} overdue, {due} today)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/today_panel.py" line="187" />
        <source>Nichts ist überfällig, heute ist nichts fällig.</source>
        <translation>Nothing is overdue, nothing is due today.</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="64" />
        <source>Transferpaket schreiben</source>
        <translation>Write transfer package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="66" />
        <source>Alle Klient*innen dieses Tresors</source>
        <translation>All clients in this vault</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="67" />
        <source>Eine Klient*in</source>
        <translation>One client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="68" />
        <source>{n} ausgewählte Klient*innen</source>
        <translation>{n} selected clients</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="70" />
        <source>{what} werden mit allem, was zu ihnen gespeichert ist, und den Stellen, auf die sie verweisen, in ein verschlüsseltes Paket geschrieben – zum Einspielen auf einem anderen Gerät ohne Netzwerk.</source>
        <translation>{what}, with everything stored about them and the agencies they refer to, will be written to an encrypted package – for importing on another device without a network.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="76" />
        <source>z. B. USB-Stick/buero.kimtransfer</source>
        <translation>e.g. USB-stick/office.kimtransfer</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="77" />
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="91" />
        <source>Paketdatei:</source>
        <translation>Package file:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="92" />
        <source>Transfer-Passphrase:</source>
        <translation>Transfer passphrase:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="93" />
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="95" />
        <source>Die Transfer-Passphrase ist nicht die Passphrase des Tresors. Bitte getrennt vom Paket weitergeben (nicht auf den USB-Stick).</source>
        <translation>The transfer passphrase is not the vault passphrase. Please pass it on separately from the package (not on the USB stick).</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="103" />
        <source>Paket schreiben</source>
        <translation>Write package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="123" />
        <source>Transferpaket speichern</source>
        <translation>Save transfer package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="130" />
        <source>Bitte eine Paketdatei wählen.</source>
        <translation>Please choose a package file.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="132" />
        <source>Bitte eine Transfer-Passphrase vergeben.</source>
        <translation>Please set a transfer passphrase.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="136" />
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="161" />
        <source>Paket wird verschlüsselt und geschrieben …</source>
        <translation>Encrypting and writing package …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="170" />
        <source>Paket geschrieben: {path} ({n} Klient*innen, {kib} KiB).</source>
        <translation>Package written: {path} ({n} clients, {kib} KiB).</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="196" />
        <source>Transferpaket einspielen</source>
        <translation>Import transfer package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="200" />
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="205" />
        <source>Paket prüfen</source>
        <translation>Check package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="212" />
        <source>Paketdatei:</source>
        <translation>Package file:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="216" />
        <source>Transfer-Passphrase:</source>
        <translation>Transfer passphrase:</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="219" />
        <source>Paketdatei wählen, Transfer-Passphrase eingeben und „Paket prüfen“. Beim Prüfen wird noch nichts verändert; danach zeigt KIMdesk, was das Einspielen bewirkt.</source>
        <translation>Choose the package file, enter the transfer passphrase and click “Check package”. Checking changes nothing yet; afterwards KIMdesk shows what importing will do.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="223" />
        <source>Konflikte: hier und im Paket verschieden geändert</source>
        <translation>Conflicts: changed differently here and in the package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="227" />
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="227" />
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="227" />
        <source>Was ist passiert</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="228" />
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="239" />
        <source>Alle: hier behalten</source>
        <translation>All: keep here</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="241" />
        <source>Alle: aus dem Paket</source>
        <translation>All: from the package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="256" />
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="325" />
        <source>Einspielen</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="277" />
        <source>Transferpaket öffnen</source>
        <translation>Open transfer package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="298" />
        <source>Bitte Paketdatei und Transfer-Passphrase angeben.</source>
        <translation>Please enter the package file and the transfer passphrase.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="300" />
        <source>Paket wird entschlüsselt und geprüft …</source>
        <translation>Decrypting and checking package …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="327" />
        <source>Bitte je Konflikt entscheiden; dann „Einspielen“.</source>
        <translation>Please decide each conflict, then click “Import”.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="331" />
        <source>{field}: hier „{here}“ · Paket „{there}“</source>
        <translation>{field}: here “{here}” · package “{there}”</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="340" />
        <source>Hier behalten</source>
        <translation>Keep here</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="341" />
        <source>Aus dem Paket übernehmen</source>
        <translation>Take from the package</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="369" />
        <source>Wird eingespielt …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="381" />
        <source>Eingespielt: {summary}</source>
        <translation>Imported: {summary}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/dialogs/transfer_dialog.py" line="395" />
        <source>Inzwischen gibt es neue Konflikte – bitte entscheiden.</source>
        <translation>New conflicts have arisen in the meantime – please decide.</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <location filename="../kimdesk/ui/views/reports_privacy_tabs.py" line="73" />
        <source>Transferpaket erstellen …</source>
        <translation>Create transfer package …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_privacy_tabs.py" line="75" />
        <source>Transferpaket einlesen …</source>
        <translation>Import transfer package …</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/reports_privacy_tabs.py" line="83" />
        <source>Datenübertragung zwischen Geräten derselben Beratungsstelle, ohne Netz: ein verschlüsseltes Transferpaket mit eigener Passphrase (z. B. auf einem USB-Stick). Beim Einlesen sehen Sie vorher, was sich ändert, und entscheiden jeden Konflikt; es wird alles oder nichts übernommen.</source>
        <translation>Data transfer between devices of the same counselling service, without a network: an encrypted transfer package with its own passphrase (e.g. on a USB stick). When importing, you see beforehand what will change and decide each conflict; all or nothing is applied.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="34" />
        <source>KIMdesk – Tresor entsperren</source>
        <translation>KIMdesk – unlock vault</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="36" />
        <source>Tresor &lt;b&gt;{name}&lt;/b&gt; entsperren</source>
        <translation>Unlock vault &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="43" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="54" />
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="57" />
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="60" />
        <source>Anderen Tresor öffnen…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="63" />
        <source>Neuen Tresor anlegen…</source>
        <translation>Create new vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="92" />
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/unlock.py" line="116" />
        <source>Unerwarteter Fehler beim Entsperren: {kind}. Der Tresor wurde nicht verändert.</source>
        <translation>Unexpected error while unlocking: {kind}. The vault was not changed.</translation>
    </message>
</context>
</TS>