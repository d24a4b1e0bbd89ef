<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
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
    <name>ClientTableModel</name>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="24" />
        <source>Nachname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="25" />
        <source>Vorname(n)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="26" />
        <source>Name (Originalschrift)</source>
        <translation>Name (original script)</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="27" />
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="28" />
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/client_table_model.py" line="29" />
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="35" />
        <source>Noch keine Klient*innen in diesem Tresor.</source>
        <translation>No clients in this vault yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/views/clients_view.py" line="53" />
        <source>{n} Klient*innen</source>
        <translation>{n} clients</translation>
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
        <location filename="../kimdesk/ui/main_window.py" line="41" />
        <source>Klient*innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="42" />
        <location filename="../kimdesk/ui/main_window.py" line="43" />
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="44" />
        <source>Hier erscheinen Ihre Termine mit Klient*innen als Tages-, Wochen- und Agendaansicht. Dieser Teil ist noch nicht gebaut.</source>
        <translation>Your appointments with clients will appear here as day, week and agenda views. This part is not built yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="46" />
        <location filename="../kimdesk/ui/main_window.py" line="47" />
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="48" />
        <source>Hier erscheinen offene Vermittlungen an Ämter und Dienste und das Verzeichnis der Stellen. Dieser Teil ist noch nicht gebaut.</source>
        <translation>Open referrals to offices and services and the agency directory will appear here. This part is not built yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="50" />
        <location filename="../kimdesk/ui/main_window.py" line="51" />
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="52" />
        <source>Hier erscheinen ablaufende Aufenthaltstitel, das Ende der 18 Monate nach §104c, fällige Ziele und Einwilligungen. Dieser Teil ist noch nicht gebaut.</source>
        <translation>Expiring residence titles, the end of the 18 months under §104c, due goals and consents will appear here. This part is not built yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="55" />
        <location filename="../kimdesk/ui/main_window.py" line="56" />
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="57" />
        <source>Hier entstehen Statistik, Auskunft nach Art. 15 DSGVO, Löschfristen und Datenübertragung. Dieser Teil ist noch nicht gebaut.</source>
        <translation>Statistics, Art. 15 GDPR access reports, deletion periods and data transfer will live here. This part is not built yet.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="71" />
        <source>Der Tresor ist gesperrt.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="101" />
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="102" />
        <source>Neuen Tresor anlegen…</source>
        <translation>Create new vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="104" />
        <source>Tresor öffnen…</source>
        <translation>Open vault…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="106" />
        <source>Sicherung erstellen…</source>
        <translation>Create backup…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="110" />
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="112" />
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="114" />
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="118" />
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="119" />
        <source>Passphrase ändern…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="122" />
        <source>Einstellungen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="124" />
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="127" />
        <source>Über KIMdesk</source>
        <translation>About KIMdesk</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="141" />
        <source>Tresor: {name}</source>
        <translation>Vault: {name}</translation>
    </message>
    <message>
        <location filename="../kimdesk/ui/main_window.py" line="145" />
        <source>gesperrt</source>
        <translation>locked</translation>
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
<context>
    <name>parent</name>
    <message>
        <location filename="../kimdesk/ui/dialogs/about.py" line="14" />
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
    <name>self.window</name>
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
</TS>