<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../ui/views/activities.py" line="+64"/>
        <source>Search all text of the activities (Ctrl+F)</source>
        <translation>Gesamten Text der Tätigkeiten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Processor activities</source>
        <translation>Auftragsverarbeitungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All owners</source>
        <translation>Alle Fachbereiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n Tätigkeit</numerusform>
            <numerusform>%n Tätigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(searching the columns; all text in a moment)</source>
        <translation>(Suche in den Spalten; gleich im gesamten Text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activities yet. Press Ctrl+N to add the first one.</source>
        <translation>Noch keine Tätigkeiten. Drücken Sie Strg+N, um die erste anzulegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activity matches the search and filters.</source>
        <translation>Keine Tätigkeit entspricht der Suche und den Filtern.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/editor/editor.py" line="+94"/>
        <location line="+320"/>
        <source>← Activities</source>
        <translation>← Tätigkeiten</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Zurück zur Liste (Alt+Links)</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+20"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>criminal offences (Art. 10)</source>
        <translation>Straftaten (Art. 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vulnerable</source>
        <translation>schutzbedürftig</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>← Processor activities</source>
        <translation>← Auftragsverarbeitungen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saved %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/editor/markers.py" line="+86"/>
        <source>Findings of the checks; accept them on the Findings page if they are intended</source>
        <translation>Befunde der Prüfungen; akzeptieren Sie sie auf der Seite „Befunde“, wenn sie beabsichtigt sind</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <location filename="../../ui/models/activity_table.py" line="+72"/>
        <source>Controller</source>
        <comment>role, short, in the list</comment>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <comment>role, short, in the list</comment>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <comment>role, short, in the list</comment>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal bases</source>
        <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+316"/>
        <source>Something went wrong; your register is safe.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; Ihr Verzeichnis ist unversehrt.</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../ui/widgets/picker.py" line="+58"/>
        <source>Search, or type a new name</source>
        <translation>Suchen oder neuen Namen eingeben</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 selected: %2</source>
        <translation>%1 ausgewählt: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <location filename="../../ui/models/catalogue_table.py" line="+82"/>
        <source>Adequacy (DPF)</source>
        <translation>Angemessenheit (DPF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>adequacy decision: the recipient is DPF-certified</source>
        <translation>Angemessenheitsbeschluss: Der Empfänger ist DPF-zertifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not DPF-certified</source>
        <translation>Nicht DPF-zertifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no adequacy: the recipient is not certified under the EU-US Data Privacy Framework</source>
        <translation>keine Angemessenheit: Der Empfänger ist nicht nach dem EU-US-Datenschutzrahmen zertifiziert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country, and whether it is in the EEA or covered by an adequacy decision</source>
        <translation>Land und ob es im EWR liegt oder unter einen Angemessenheitsbeschluss fällt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DPA reference</source>
        <translation>AVV-Referenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contract or data processing agreement (Art. 28), with its date</source>
        <translation>Vertrag oder Auftragsverarbeitungsvertrag (Art. 28) mit Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vulnerable</source>
        <translation>Schutzbedürftig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Special category</source>
        <translation>Besondere Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special category of personal data (Art. 9(1))</source>
        <translation>Besondere Kategorie personenbezogener Daten (Art. 9 Abs. 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Art. 10</source>
        <translation>Art. 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data relating to criminal convictions and offences (Art. 10)</source>
        <translation>Personenbezogene Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosting country</source>
        <translation>Hosting-Land</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DSB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Referenz der Vereinbarung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No activity uses this item</source>
        <translation>Keine Tätigkeit verwendet diesen Eintrag</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="+79"/>
        <source>Recipients &amp; processors</source>
        <translation>Empfänger und Auftragsverarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject categories</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data categories</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New data-subject category</source>
        <translation>Neue Kategorie betroffener Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New personal-data category</source>
        <translation>Neue Datenkategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New security measure</source>
        <translation>Neue Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New joint controller</source>
        <translation>Neuer gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+38"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+88"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Postal code, city</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>E-mail address or postal address of the recipient</source>
        <translation>E-Mail-Adresse oder Postanschrift des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPA reference</source>
        <translation>AVV-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract or Art. 28 data processing agreement</source>
        <translation>Der Vertrag oder Auftragsverarbeitungsvertrag nach Art. 28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA date</source>
        <translation>AVV-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-US DPF</source>
        <translation>EU-US-DPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed as certified under the EU-US Data Privacy Framework</source>
        <translation>Als nach dem EU-US-Datenschutzrahmen zertifiziert gelistet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certified (DPF list)</source>
        <translation>Zertifiziert (DPF-Liste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vulnerable</source>
        <translation>Schutzbedürftig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable data subjects (WP248 criterion 7)</source>
        <translation>Schutzbedürftige betroffene Personen (WP248, Kriterium 7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, employees, patients...</source>
        <translation>Kinder, Beschäftigte, Patienten...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Art. 9 category</source>
        <translation>Kategorie nach Art. 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category of personal data (Art. 9(1))</source>
        <translation>Besondere Kategorie personenbezogener Daten (Art. 9 Abs. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 10 data</source>
        <translation>Daten nach Art. 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data relating to criminal convictions and offences</source>
        <translation>Personenbezogene Daten über strafrechtliche Verurteilungen und Straftaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal convictions and offences</source>
        <translation>Strafrechtliche Verurteilungen und Straftaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting country</source>
        <translation>Land des Hostings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative in the Union (Art. 27)</source>
        <translation>Vertreter in der Union (Art. 27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence of the arrangement (Art. 26)</source>
        <translation>Das Wesentliche der Vereinbarung (Art. 26)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Referenz der Vereinbarung</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Delete from the catalogue</source>
        <translation>Aus der Liste löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>“%1” is used by %n activities. Deleting it removes it from:</source>
        <translation>
            <numerusform>„%1“ wird in %n Tätigkeit verwendet. Beim Löschen wird der Eintrag daraus entfernt:</numerusform>
            <numerusform>„%1“ wird in %n Tätigkeiten verwendet. Beim Löschen wird der Eintrag aus diesen entfernt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 items are used by %n activities. Deleting them removes them from:</source>
        <translation>
            <numerusform>%1 Einträge werden in %n Tätigkeit verwendet. Beim Löschen werden sie daraus entfernt:</numerusform>
            <numerusform>%1 Einträge werden in %n Tätigkeiten verwendet. Beim Löschen werden sie aus diesen entfernt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Used by %n activities:</source>
        <translation>
            <numerusform>Verwendet in %n Tätigkeit:</numerusform>
            <numerusform>Verwendet in %n Tätigkeiten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+264"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="-305"/>
        <source>You can undo the deletion with Ctrl+Z.</source>
        <translation>Sie können das Löschen mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Merge duplicates</source>
        <translation>Duplikate zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the item to keep. Activities that use the other one will use the kept item instead, and the other item is deleted. Ctrl+Z undoes the merge.</source>
        <translation>Wählen Sie den Eintrag, der erhalten bleibt. Tätigkeiten, die den anderen verwenden, verwenden stattdessen den behaltenen Eintrag, und der andere Eintrag wird gelöscht. Strg+Z macht das Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep “%1”</source>
        <translation>„%1“ behalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item to this catalogue</source>
        <translation>Einen Eintrag zu dieser Liste hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected item</source>
        <translation>Den ausgewählten Eintrag umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two selected items (duplicates) into one</source>
        <translation>Die zwei ausgewählten Einträge (Duplikate) zu einem zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected items</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+174"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Doppelklick oder Enter öffnet die Tätigkeit</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 of %2 items</source>
        <translation>Einträge: %1 von %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No item selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used by %1 activity</source>
        <translation>Verwendet von %1 Tätigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by %1 activities</source>
        <translation>Verwendet von %1 Tätigkeiten</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Delete %1 items</source>
        <translation>%1 Einträge löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted %1 (Ctrl+Z to undo)</source>
        <translation>%1 gelöscht (Strg+Z zum Rückgängigmachen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select exactly two items to merge</source>
        <translation>Wählen Sie genau zwei Einträge zum Zusammenführen aus</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="+82"/>
        <source>Add activity %1</source>
        <translation>Tätigkeit %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+54"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Merge %1 into %2</source>
        <translation>%1 in %2 zusammenführen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accept finding %1</source>
        <translation>Befund %1 akzeptieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw acceptance of %1</source>
        <translation>Akzeptanz von %1 zurücknehmen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/widgets/contact.py" line="+38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ControllersSection</name>
    <message>
        <location filename="../../ui/editor/controllers.py" line="+97"/>
        <location line="+22"/>
        <source>Controllers served</source>
        <translation>Betreute Verantwortliche</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Each controller on whose behalf we act, its representative and DPO (Art. 30(2)(a)), and the categories of processing carried out for it (Art. 30(2)(b)).</source>
        <translation>Jeder Verantwortliche, in dessen Auftrag wir tätig sind, sein Vertreter und sein Datenschutzbeauftragter (Art. 30 Abs. 2 lit. a) sowie die Kategorien von Verarbeitungen, die in seinem Auftrag durchgeführt werden (Art. 30 Abs. 2 lit. b).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Add controller</source>
        <translation>Verantwortlichen hinzufügen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No controller recorded yet.</source>
        <translation>Noch kein Verantwortlicher erfasst.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove controller</source>
        <translation>Verantwortlichen entfernen</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../ui/widgets/country.py" line="+30"/>
        <location line="+5"/>
        <source>adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>adequacy decision (commercial organisations only)</source>
        <translation>Angemessenheitsbeschluss (nur kommerzielle Organisationen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adequacy decision (certified organisations only)</source>
        <translation>Angemessenheitsbeschluss (nur zertifizierte Organisationen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adequacy decision (private sector only)</source>
        <translation>Angemessenheitsbeschluss (nur privater Sektor)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EEA</source>
        <translation>EWR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adequacy</source>
        <translation>Angemessenheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy (partial)</source>
        <translation>Angemessenheit (teilweise)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third country</source>
        <translation>Drittland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>third country, no adequacy decision</source>
        <translation>Drittland, kein Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Type to search a country</source>
        <translation>Tippen, um ein Land zu suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no country)</source>
        <translation>(kein Land)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="+49"/>
        <source>Show the errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings for information</source>
        <translation>Hinweise anzeigen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Completeness of the register</source>
        <translation>Vollständigkeit des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By role (retired activities left out)</source>
        <translation>Nach Rolle (ohne eingestellte Tätigkeiten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviews due</source>
        <translation>Fällige Überprüfungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Doppelklick oder Enter öffnet die Tätigkeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfers by destination and mechanism</source>
        <translation>Übermittlungen nach Ziel und Mechanismus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transfers outside the EEA are recorded.</source>
        <translation>Es sind keine Übermittlungen außerhalb des EWR erfasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processors with no contract reference recorded (Art. 28(3))</source>
        <translation>Auftragsverarbeiter ohne angegebene Vertragsreferenz (Art. 28 Abs. 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to open the recipient</source>
        <translation>Doppelklick oder Enter öffnet den Empfänger</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the %2 items the record must hold are documented, for %3 activities in use.</source>
        <translation>%1 von %2 Pflichtangaben des Verzeichnisses sind dokumentiert (berücksichtigte Tätigkeiten: %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n findings accepted with a justification</source>
        <translation>
            <numerusform>%n Befund mit Begründung akzeptiert</numerusform>
            <numerusform>%n Befunde mit Begründung akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>accepted: %1</source>
        <translation>akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every processor has a contract reference recorded.</source>
        <translation>Für jeden Auftragsverarbeiter ist eine Vertragsreferenz angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue: %1 · next 30 days: %2 · 31 to 90 days: %3</source>
        <translation>Überfällig: %1 · nächste 30 Tage: %2 · in 31 bis 90 Tagen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 days</source>
        <translation>Innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 90 days</source>
        <translation>Innerhalb von 90 Tagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review due in the next 90 days.</source>
        <translation>Keine Überprüfung in den nächsten 90 Tagen fällig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../ui/editor/data.py" line="+23"/>
        <source>— choose the Art. 9(2) condition —</source>
        <translation>— Bedingung nach Art. 9 Abs. 2 wählen —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Law or document relied on</source>
        <translation>Herangezogene Rechtsvorschrift oder Unterlage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Data subjects &amp; data</source>
        <translation>Betroffene und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data subjects and of personal data (Art. 30(1)(c)); special categories need an Art. 9(2) condition.</source>
        <translation>Kategorien betroffener Personen und personenbezogener Daten (Art. 30 Abs. 1 lit. c); besondere Kategorien brauchen eine Bedingung nach Art. 9 Abs. 2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data s&amp;ubjects</source>
        <translation>Betroffene &amp;Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal d&amp;ata</source>
        <translation>Personenbezo&amp;gene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Special categories</source>
        <translation>Besondere Kategorien</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+6"/>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (criminal offences, Art. 10)</source>
        <translation>%1 (Straftaten, Art. 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis under Art. 10, e.g. the law that authorises it</source>
        <translation>Grundlage nach Art. 10, z. B. die Rechtsvorschrift, die die Verarbeitung zulässt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DpiaSection</name>
    <message>
        <location filename="../../ui/editor/dpia.py" line="+24"/>
        <source>DPIA &amp; risk</source>
        <translation>DSFA und Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening against the nine criteria of the WP248 guidelines (Art. 35) and automated decisions (Art. 22).</source>
        <translation>Vorprüfung anhand der neun Kriterien der Leitlinien WP248 (Art. 35) und automatisierte Entscheidungen (Art. 22).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, a DPIA is required</source>
        <translation>Ja, eine DSFA ist erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No DPIA required</source>
        <translation>Keine DSFA erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not started —</source>
        <translation>— nicht begonnen —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the DPIA is kept, e.g. DPIA-2025-03</source>
        <translation>Wo die DSFA abgelegt ist, z. B. DSFA-2025-03</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions are taken by automated means</source>
        <translation>Entscheidungen werden automatisiert getroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>With legal or similarly significant effects (Art. 22)</source>
        <translation>Mit rechtlicher Wirkung oder ähnlich erheblicher Beeinträchtigung (Art. 22)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaningful information about the logic involved (Art. 13(2)(f))</source>
        <translation>Aussagekräftige Informationen über die involvierte Logik (Art. 13 Abs. 2 lit. f)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>WP248 criteria</source>
        <translation>Kriterien nach WP248</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>DPIA re&amp;quired</source>
        <translation>DSFA erf&amp;orderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>DPIA status</source>
        <translation>DSFA-Status</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>DPIA reference</source>
        <translation>DSFA-Referenz</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Completed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Automated decisions</source>
        <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Logic involved</source>
        <translation>Involvierte Logik</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>DPIA completed on</source>
        <translation>DSFA abgeschlossen am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal effect</source>
        <translation>Rechtliche Wirkung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 criteria met: 2 or more criteria, a DPIA is likely required.</source>
        <translation>%1 Kriterien erfüllt: Bei 2 oder mehr Kriterien ist eine DSFA wahrscheinlich erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 criterion met: a DPIA is not presumed; record why if you decide against one.</source>
        <translation>1 Kriterium erfüllt: Eine DSFA wird nicht vermutet; dokumentieren Sie die Gründe, wenn Sie sich gegen eine DSFA entscheiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No criterion met.</source>
        <translation>Kein Kriterium erfüllt.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export.py" line="+80"/>
        <source>Export the register</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the findings of the checks</source>
        <translation>Befunde der Prüfungen anfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities to include</source>
        <translation>Einzubeziehende Tätigkeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both records</source>
        <translation>Beide Verzeichnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller activities (Art. 30(1))</source>
        <translation>Tätigkeiten als Verantwortlicher (Art. 30 Abs. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor activities (Art. 30(2))</source>
        <translation>Tätigkeiten als Auftragsverarbeiter (Art. 30 Abs. 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any owner</source>
        <translation>Alle Fachbereiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The JSON exchange file always holds the whole register.</source>
        <translation>Die JSON-Austauschdatei enthält immer das gesamte Verzeichnis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Datei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in fol&amp;der</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save to</source>
        <translation>Speicher&amp;ort</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (.pdf)</source>
        <translation>PDF-Dokument (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (.zip)</source>
        <translation>CSV-Tabellen (.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON exchange file (.json)</source>
        <translation>JSON-Austauschdatei (.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No program is set up to open %1.</source>
        <translation>Kein Programm ist zum Öffnen von %1 eingerichtet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Exporting %n activities…</source>
        <translation>
            <numerusform>%n Tätigkeit wird exportiert…</numerusform>
            <numerusform>%n Tätigkeiten werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %n activities to %1</source>
        <translation>
            <numerusform>%n Tätigkeit nach %1 exportiert</numerusform>
            <numerusform>%n Tätigkeiten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+155"/>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet (.xlsx, .ods, .csv) or a ropa exchange file (.json). Nothing is written before the last step.</source>
        <translation>Eine Tabelle (.xlsx, .ods, .csv) oder eine ropa-Austauschdatei (.json). Vor dem letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import from spreadsheet</source>
        <translation>Aus Tabelle importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and ropa files (*.xlsx *.ods *.csv *.json);;All files (*)</source>
        <translation>Tabellen und ropa-Dateien (*.xlsx *.ods *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ropa&apos;s own Excel export: rows are matched to activities by reference.</source>
        <translation>Excel-Export von ropa: Die Zeilen werden den Tätigkeiten über die Referenz zugeordnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIL “registre simplifié”: one activity per fiche.</source>
        <translation>Das „registre simplifié“ der CNIL: eine Tätigkeit je Fiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ropa exchange file: items are merged by UUID.</source>
        <translation>Eine ropa-Austauschdatei: Die Einträge werden über die UUID zusammengeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another layout: next, match its columns to register fields.</source>
        <translation>Anderes Layout: Ordnen Sie als Nächstes die Spalten den Feldern des Verzeichnisses zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../ui/models/findings_table.py" line="+50"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract (DPA)</source>
        <translation>Vertrag (AVV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA</source>
        <translation>DSFA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decision</source>
        <translation>Automatisierte Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controllers served</source>
        <translation>Betreute Verantwortliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Accepted on %1: %2</source>
        <translation>Akzeptiert am %1: %2</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../ui/views/findings.py" line="+60"/>
        <source>Accept finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You accept this finding knowingly. Say why: the reason is kept in the register and shown in the exports.</source>
        <translation>Sie akzeptieren diesen Befund bewusst. Geben Sie den Grund an: Er wird im Verzeichnis gespeichert und in den Exporten angezeigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Contract signed on paper, filed in the legal department</source>
        <translation>z. B. Vertrag auf Papier unterzeichnet, in der Rechtsabteilung abgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Findings of the checks</source>
        <translation>Befunde der Prüfungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All severities</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show accepted</source>
        <translation>Akzeptierte anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concerns</source>
        <translation>Be&amp;trifft</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click or press Enter to open the place to fix it</source>
        <translation>Doppelklick oder Enter öffnet die Stelle, an der der Befund behoben werden kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept…</source>
        <translation>A&amp;kzeptieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this finding knowingly, with a justification kept in the register</source>
        <translation>Diesen Befund bewusst akzeptieren, mit einer im Verzeichnis gespeicherten Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw acceptance</source>
        <translation>Akzeptanz &amp;zurücknehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 errors · %2 warnings · %3 info · %4 accepted</source>
        <translation>Fehler: %1 · Warnungen: %2 · Hinweise: %3 · Akzeptiert: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../ui/models/history_table.py" line="+67"/>
        <location line="+94"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+130"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule</source>
        <translation>Löschfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller served</source>
        <translation>Betreuter Verantwortlicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject category</source>
        <translation>Kategorie betroffener Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Security measure</source>
        <translation>Sicherheitsmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <translation>Gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA criteria</source>
        <translation>DSFA-Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA status</source>
        <translation>DSFA-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA reference</source>
        <translation>DSFA-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA completed on</source>
        <translation>DSFA abgeschlossen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decision-making</source>
        <translation>Automatisierte Entscheidungsfindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or similar effect</source>
        <translation>Rechtliche oder ähnliche Wirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic involved</source>
        <translation>Involvierte Logik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template version</source>
        <translation>Vorlagenversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis reference</source>
        <translation>Rechtsvorschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 9(2) condition</source>
        <translation>Bedingung nach Art. 9 Abs. 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition reference</source>
        <translation>Rechtsvorschrift der Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting country</source>
        <translation>Land des Hostings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International organisation</source>
        <translation>Internationale Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer mechanism</source>
        <translation>Übermittlungsmechanismus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCC module</source>
        <translation>SCC-Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitive</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA reference</source>
        <translation>TIA-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>TIA-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting event</source>
        <translation>Auslösendes Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Rechtsvorschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>Am Ende der Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DSB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of processing</source>
        <translation>Kategorien von Verarbeitungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable</source>
        <translation>Schutzbedürftig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category</source>
        <translation>Besondere Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal offences data</source>
        <translation>Daten über Straftaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA reference</source>
        <translation>AVV-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA date</source>
        <translation>AVV-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPF certified</source>
        <translation>DPF-zertifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Referenz der Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register language</source>
        <translation>Sprache des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Version des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/views/history.py" line="+127"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next %1 older changes</source>
        <translation>Die nächsten %1 älteren Änderungen laden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Activity</source>
        <translation>&amp;Tätigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>Be&amp;nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;til</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Doppelklick oder Enter öffnet die Tätigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All activities</source>
        <translation>Alle Tätigkeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the %1 newest matching changes</source>
        <translation>die %1 neuesten passenden Änderungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%2, davon %1 angezeigt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This activity has been deleted</source>
        <translation>Diese Tätigkeit wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../ui/editor/identity.py" line="+22"/>
        <source>Identity</source>
        <translation>Allgemeines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the processing activity, its owner and its role (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Name der Verarbeitungstätigkeit, zuständiger Fachbereich und Rolle (Art. 30 Abs. 1 lit. a, Abs. 2 lit. a).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the processing is, in a few words</source>
        <translation>Worum es bei der Verarbeitung geht, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens, for whom, with which tools</source>
        <translation>Was geschieht, für wen, mit welchen Werkzeugen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business function responsible, e.g. HR</source>
        <translation>Zuständiger Fachbereich, z. B. Personal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reference</source>
        <translation>R&amp;eferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>Beschreib&amp;ung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;le</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>&amp;Fachbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint controllers</source>
        <translation>Gemeinsam &amp;Verantwortliche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Joint controllers</source>
        <translation>Gemeinsam Verantwortliche</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+355"/>
        <source>Import from spreadsheet</source>
        <translation>Aus Tabelle importieren</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="+81"/>
        <source>internal error (%1)</source>
        <translation>interner Fehler (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+633"/>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>&amp;New register…</source>
        <translation>&amp;Neues Verzeichnis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;demo register</source>
        <translation>&amp;Demo-Verzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from spreadsheet…</source>
        <translation>Aus Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New activity from &amp;template…</source>
        <translation>Neue Tätigkeit aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose register</source>
        <translation>Verzeichnis &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+367"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+366"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>&amp;New activity</source>
        <translation>&amp;Neue Tätigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open activity</source>
        <translation>Tätigkeit ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dup&amp;licate activity</source>
        <translation>Tätigkeit &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete activity…</source>
        <translation>Tätigkeit &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me activity</source>
        <translation>Tätigkeit &amp;umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;history of the activity</source>
        <translation>Verlauf der &amp;Tätigkeit anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ropa</source>
        <translation>Ü&amp;ber ropa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New activity</source>
        <translation>Neue Tätigkeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select one activity to duplicate.</source>
        <translation>Wählen Sie genau eine Tätigkeit zum Duplizieren aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the activities to delete.</source>
        <translation>Wählen Sie die zu löschenden Tätigkeiten aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1 “%2”?</source>
        <translation>%1 „%2“ löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 activities?</source>
        <translation>%1 Tätigkeiten löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Sie können das Löschen mit „Rückgängig“ (Strg+Z) zurücknehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete activity</source>
        <translation>Tätigkeit löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 activities</source>
        <translation>%1 Tätigkeiten löschen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (copy)</source>
        <comment>the suggested file name of a copy</comment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa-Verzeichnisse (*.ropa)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copy was not saved</source>
        <translation>Die Kopie wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy saved as %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 controller and %2 processor activities</source>
        <translation>%1 Tätigkeiten als Verantwortlicher, %2 als Auftragsverarbeiter</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ropa %1: the record of processing activities (GDPR Art. 30), kept offline in one file.</source>
        <translation>ropa %1: das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO), offline in einer einzigen Datei geführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ropa</source>
        <translation>Über ropa</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-344"/>
        <source>Match the columns to register fields</source>
        <translation>Spalten den Feldern des Verzeichnisses zuordnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register field</source>
        <translation>Verzeichnisfeld</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sheet:</source>
        <translation>Blatt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>One row of the sheet is one processing activity. The fields were guessed from the column headers: check them. Columns set to “%1” are not read.</source>
        <translation>Eine Zeile des Blatts entspricht einer Verarbeitungstätigkeit. Die Felder wurden aus den Spaltenüberschriften abgeleitet: Bitte prüfen Sie sie. Spalten, die auf „%1“ stehen, werden nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>%n columns, %1 of them mapped.</source>
        <translation>
            <numerusform>%n Spalte, davon zugeordnet: %1.</numerusform>
            <numerusform>%n Spalten, davon zugeordnet: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the register field of at least one column.</source>
        <translation>Wählen Sie für mindestens eine Spalte ein Feld des Verzeichnisses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each field can hold only one column: %1.</source>
        <translation>Jedem Feld kann nur eine Spalte zugeordnet werden: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The mapping was not loaded</source>
        <translation>Die Zuordnung wurde nicht geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping was not saved.</source>
        <translation>Die Zuordnung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping saved as %1</source>
        <translation>Zuordnung gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="+31"/>
        <source>ropa</source>
        <translation>ropa</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is already open in another ropa window or program. Close it there, then try again.</source>
        <translation>%1 ist bereits in einem anderen ropa-Fenster oder Programm geöffnet. Schließen Sie die Datei dort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was saved by a newer version of ropa. Update ropa to open it.</source>
        <translation>%1 wurde mit einer neueren Version von ropa gespeichert. Aktualisieren Sie ropa, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden. Öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a ropa register, or it no longer exists.</source>
        <translation>%1 ist kein ropa-Verzeichnis oder existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be changed here (read-only). Copy it to a folder where you can write.</source>
        <translation>%1 kann hier nicht geändert werden (schreibgeschützt). Kopieren Sie die Datei in einen Ordner, in dem Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be created there.</source>
        <translation>%1 kann dort nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a ropa window</source>
        <translation>einem ropa-Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the command “%1”</source>
        <translation>dem Befehl „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 of %3 on the computer %4 (since %5). Close it there, then try again.</source>
        <translation>%1 ist in %2 von %3 auf dem Computer %4 geöffnet (seit %5). Schließen Sie es dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open register</source>
        <translation>Verzeichnis kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="+17"/>
        <source>Register</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor activities</source>
        <translation>Auftragsverarbeitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogues</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients &amp; processors</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject categories</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers overview</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_register.py" line="+54"/>
        <location line="+102"/>
        <source>New register</source>
        <translation>Neues Verzeichnis</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>register.ropa</source>
        <translation>verzeichnis.ropa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal name of the organisation</source>
        <translation>Offizieller Name der Organisation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the register:</source>
        <translation>&amp;Sprache des Verzeichnisses:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start with:</source>
        <translation>Beginnen &amp;mit:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An empty register</source>
        <translation>Ein leeres Verzeichnis</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No activities: you add them yourself, or from templates later.</source>
        <translation>Keine Tätigkeiten: Sie legen sie selbst an oder fügen sie später aus Vorlagen hinzu.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n draft activities:</source>
        <translation>
            <numerusform>%n Tätigkeit als Entwurf:</numerusform>
            <numerusform>%n Tätigkeiten als Entwurf:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa-Verzeichnisse (*.ropa)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the register.</source>
        <translation>Wählen Sie, wo das Verzeichnis gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="+334"/>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Datum festlegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../../ui/views/organisation.py" line="+73"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Controller, DPO and representative</source>
        <translation>Verantwortlicher, DSB und Vertreter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint controllers (Art. 26)</source>
        <translation>Gemeinsam Verantwortliche (Art. 26)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Controller (Art. 30(1)(a))</source>
        <translation>Verantwortlicher (Art. 30 Abs. 1 lit. a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code, city</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the register&apos;s exports</source>
        <translation>Die Sprache der Exporte des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register language</source>
        <translation>Sprache des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Version des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data protection officer (Art. 37-39)</source>
        <translation>Datenschutzbeauftragter (Art. 37-39)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPO</source>
        <translation>DSB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Representative in the Union (Art. 27)</source>
        <translation>Vertreter in der Union (Art. 27)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a controller or processor not established in the Union.</source>
        <translation>Nur für Verantwortliche oder Auftragsverarbeiter ohne Niederlassung in der Union.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+10"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Import applies all of this at once, or nothing.</source>
        <translation>Es wurde noch nichts geschrieben. „Importieren“ übernimmt alles auf einmal oder gar nichts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing the file with the register…</source>
        <translation>Datei wird mit dem Verzeichnis verglichen…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The file cannot be imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>Die Datei kann nicht importiert werden; es wurde nichts geändert. %n Problem:</numerusform>
            <numerusform>Die Datei kann nicht importiert werden; es wurde nichts geändert. %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>PurposeRow</name>
    <message>
        <location filename="../../ui/editor/purposes.py" line="+29"/>
        <source>The purpose, e.g. “paying salaries”</source>
        <translation>Der Zweck, z. B. „Gehaltsabrechnung“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a legal basis —</source>
        <translation>— Rechtsgrundlage wählen —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Law of 12 April 1965 on the protection of remuneration</source>
        <translation>z. B. § 38 EStG, § 28a SGB IV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legitimate interest pursued</source>
        <translation>Das verfolgte berechtigte Interesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law relied on</source>
        <translation>Rechtsvorschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
</context>
<context>
    <name>PurposesSection</name>
    <message>
        <location line="+42"/>
        <source>Purposes &amp; legal bases</source>
        <translation>Zwecke/Rechtsgrundlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the data are processed (Art. 30(1)(b)) and the lawful basis of each purpose (Art. 6(1)).</source>
        <translation>Warum die Daten verarbeitet werden (Art. 30 Abs. 1 lit. b) und die Rechtsgrundlage jedes Zwecks (Art. 6 Abs. 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Add purpose</source>
        <translation>Zweck hinzufügen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No purpose recorded yet.</source>
        <translation>Noch kein Zweck erfasst.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove purpose</source>
        <translation>Zweck entfernen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>RecipientsSection</name>
    <message>
        <location filename="../../ui/editor/recipients.py" line="+228"/>
        <source>Recipients &amp; transfers</source>
        <translation>Empfänger/Übermittlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives the data (Art. 30(1)(d)) and transfers outside the EEA with their safeguards (Art. 30(1)(e)).</source>
        <translation>Wer die Daten erhält (Art. 30 Abs. 1 lit. d) und Übermittlungen außerhalb des EWR mit ihren Garantien (Art. 30 Abs. 1 lit. e).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rec&amp;ipients</source>
        <translation>E&amp;mpfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers to third countries or international organisations</source>
        <translation>Übermittlungen an Drittländer oder internationale Organisationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Add transfer</source>
        <translation>Übermittlung hinzufügen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No transfer outside the EEA recorded.</source>
        <translation>Keine Übermittlung außerhalb des EWR erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove transfer</source>
        <translation>Übermittlung entfernen</translation>
    </message>
</context>
<context>
    <name>RetentionRow</name>
    <message>
        <location filename="../../ui/editor/retention.py" line="+31"/>
        <source>Search the activity&apos;s data categories</source>
        <translation>Datenkategorien der Tätigkeit durchsuchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. end of the employment contract</source>
        <translation>z. B. Ende des Arbeitsvertrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the period is decided, when no figure can be given</source>
        <translation>Wie die Frist bestimmt wird, wenn sich keine feste Dauer angeben lässt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Art. 2262bis Civil Code; Social Criminal Code</source>
        <translation>z. B. § 257 HGB; § 147 AO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data &amp;categories</source>
        <translation>Da&amp;tenkategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from / until</source>
        <translation>Gerechnet ab / bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Rechtsvorschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>Am Ende der Frist</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location line="+55"/>
        <location line="+23"/>
        <location line="+18"/>
        <source>Retention</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Envisaged time limits for erasure of the different categories of data (Art. 30(1)(f)).</source>
        <translation>Vorgesehene Fristen für die Löschung der verschiedenen Datenkategorien (Art. 30 Abs. 1 lit. f).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Add retention rule</source>
        <translation>Löschfrist hinzufügen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No retention rule recorded yet.</source>
        <translation>Noch keine Löschfrist erfasst.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Remove retention rule</source>
        <translation>Löschfrist entfernen</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../ui/editor/review.py" line="+20"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the record up to date: review dates and notes (Art. 5(2), accountability).</source>
        <translation>Das Verzeichnis aktuell halten: Überprüfungstermine und Notizen (Art. 5 Abs. 2, Rechenschaftspflicht).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything a reviewer should know</source>
        <translation>Alles, was ein Prüfer wissen sollte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last revie&amp;wed</source>
        <translation>Zuletzt &amp;überprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt review</source>
        <translation>N&amp;ächste Überprüfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Created / changed</source>
        <translation>Angelegt / geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>created %1, last changed %2</source>
        <translation>angelegt: %1, zuletzt geändert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>RopaApp</name>
    <message>
        <location filename="../../ui/app.py" line="-120"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo register cannot be created.</source>
        <translation>Das Demo-Verzeichnis kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open register</source>
        <translation>Verzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ropa registers (*.ropa);;All files (*)</source>
        <translation>ropa-Verzeichnisse (*.ropa);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RowWidget</name>
    <message>
        <location filename="../../ui/widgets/rows.py" line="+46"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/editor/base.py" line="+109"/>
        <source>Edit %1: %2</source>
        <translation>%1 bearbeiten: %2</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../ui/editor/security.py" line="+20"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical and organisational security measures (Art. 30(1)(g), Art. 32) and the systems used.</source>
        <translation>Technische und organisatorische Sicherheitsmaßnahmen (Art. 30 Abs. 1 lit. g, Art. 32) und die verwendeten Systeme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security &amp;measures</source>
        <translation>S&amp;icherheitsmaßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystems</source>
        <translation>S&amp;ysteme</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
</context>
<context>
    <name>ServedControllerRow</name>
    <message>
        <location filename="../../ui/editor/controllers.py" line="-103"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Representative (Art. 27)</source>
        <translation>Vertreter (Art. 27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DSB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we do for this controller, e.g. hosting, support, analytics</source>
        <translation>Was wir für diesen Verantwortlichen tun, z. B. Hosting, Support, Analysen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories of processin&amp;g</source>
        <translation>Kateg&amp;orien von Verarbeitungen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="+30"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next / previous section of the editor</source>
        <translation>Nächster / vorheriger Abschnitt des Editors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between fields</source>
        <translation>Zwischen Feldern wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick or untick an item in a list</source>
        <translation>Eintrag in einer Liste an- oder abhaken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../ui/editor/sources.py" line="+28"/>
        <source>e.g. application form, LinkedIn, the employer</source>
        <translation>z. B. Bewerbungsformular, LinkedIn, der Arbeitgeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;btained from</source>
        <translation>Her&amp;kunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>SourcesSection</name>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>Sources</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where the personal data come from: the data subject (Art. 13) or elsewhere (Art. 14).</source>
        <translation>Woher die personenbezogenen Daten stammen: von der betroffenen Person (Art. 13) oder aus anderen Quellen (Art. 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No source recorded yet.</source>
        <translation>Noch keine Quelle erfasst.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
</context>
<context>
    <name>StartCommands</name>
    <message numerus="yes">
        <location filename="../../ui/start_commands.py" line="+102"/>
        <source>Add %n activities from templates</source>
        <translation>
            <numerusform>%n Tätigkeit aus Vorlage hinzufügen</numerusform>
            <numerusform>%n Tätigkeiten aus Vorlagen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="+44"/>
        <source>ropa</source>
        <translation>ropa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record of processing activities (GDPR Article 30), kept offline in one file.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten (Artikel 30 DSGVO), offline in einer einzigen Datei geführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New register…</source>
        <translation>&amp;Neues Verzeichnis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;demo register</source>
        <translation>&amp;Demo-Verzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cardify NV, a Belgian SaaS company: 14 activities to explore</source>
        <translation>Cardify NV, ein belgisches SaaS-Unternehmen: 14 Tätigkeiten zum Erkunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent registers</source>
        <translation>Zuletzt geöffnete Verzeichnisse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registers you open appear here.</source>
        <translation>Hier erscheinen die Verzeichnisse, die Sie öffnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of the interface</source>
        <translation>Die Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../ui/dialogs/template_picker.py" line="+42"/>
        <source>New activity from template</source>
        <translation>Neue Tätigkeit aus Vorlage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search templates (name, purpose, keywords)…</source>
        <translation>Vorlagen durchsuchen (Name, Zweck, Stichwörter)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+66"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Each template becomes a draft activity to review. Ctrl+click to choose several.</source>
        <translation>Aus jeder Vorlage entsteht ein Tätigkeitsentwurf, den Sie anschließend prüfen. Mit Strg+Klick wählen Sie mehrere aus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 templates</source>
        <translation>%1 von %2 Vorlagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No template matches the search.</source>
        <translation>Keine Vorlage entspricht der Suche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add %1 activities</source>
        <translation>%1 Tätigkeiten &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The activities were not added</source>
        <translation>Die Tätigkeiten wurden nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <location filename="../../ui/editor/recipients.py" line="-201"/>
        <source>Only for a transfer to an international organisation</source>
        <translation>Nur bei Übermittlung an eine internationale Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a mechanism —</source>
        <translation>— Mechanismus wählen —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— choose a module —</source>
        <translation>— Modul wählen —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a derogation —</source>
        <translation>— Ausnahme wählen —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitive transfer</source>
        <translation>Wiederholte Übermittlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documentation of suitable safeguards (Art. 49(1), second subparagraph)</source>
        <translation>Dokumentation geeigneter Garantien (Art. 49 Abs. 1 Unterabs. 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. SCC signed 2023-06-01, annex II</source>
        <translation>z. B. SCC unterzeichnet am 01.06.2023, Anhang II</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer impact assessment reference</source>
        <translation>Referenz der Transfer-Folgenabschätzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coun&amp;try</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International organisation</source>
        <translation>Internationale Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCC module</source>
        <translation>SCC-Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguards</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>TIA-Datum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— no recipient —</source>
        <translation>— kein Empfänger —</translation>
    </message>
</context>
<context>
    <name>TransferSuggestion</name>
    <message>
        <location line="-93"/>
        <source>%1 is in the EEA: no transfer safeguard is needed.</source>
        <translation>%1 liegt im EWR: Für die Übermittlung ist keine Garantie nötig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adequacy decision for %1: use an Art. 46 safeguard (e.g. standard contractual clauses) or an Art. 49 derogation.</source>
        <translation>Kein Angemessenheitsbeschluss für %1: Verwenden Sie eine Garantie nach Art. 46 (z. B. Standardvertragsklauseln) oder eine Ausnahme nach Art. 49.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not certified under the EU-US Data Privacy Framework: use standard contractual clauses or another Art. 46 safeguard.</source>
        <translation>%1 ist nicht nach dem EU-US-Datenschutzrahmen zertifiziert: Verwenden Sie Standardvertragsklauseln oder eine andere Garantie nach Art. 46.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2: only for recipients certified under the EU-US Data Privacy Framework.</source>
        <translation>%1 vom %2: nur für nach dem EU-US-Datenschutzrahmen zertifizierte Empfänger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adequacy decision for %1: %2 of %3.</source>
        <translation>Angemessenheitsbeschluss für %1: %2 vom %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partial decision: check that the recipient is covered.</source>
        <translation>Teilweiser Beschluss: Prüfen Sie, ob der Empfänger erfasst ist.</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <location filename="../../ui/views/transfers.py" line="+88"/>
        <source>Within the EEA</source>
        <translation>Innerhalb des EWR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The destination is in the EEA: not a third-country transfer</source>
        <translation>Das Ziel liegt im EWR: keine Drittlandübermittlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No destination</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The destination country is not recorded</source>
        <translation>Das Zielland ist nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+346"/>
        <source>No mechanism</source>
        <translation>Kein Mechanismus</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>No transfer mechanism (Chapter V) is recorded</source>
        <translation>Es ist kein Übermittlungsmechanismus (Kapitel V) erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not DPF-certified</source>
        <translation>Nicht DPF-zertifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US: the recipient is not certified under the EU-US Data Privacy Framework, so the adequacy decision does not cover this transfer</source>
        <translation>USA: Der Empfänger ist nicht nach dem EU-US-Datenschutzrahmen zertifiziert, daher erfasst der Angemessenheitsbeschluss diese Übermittlung nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adequacy (DPF)</source>
        <translation>Angemessenheit (DPF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy decision in force: the recipient is DPF-certified</source>
        <translation>Angemessenheitsbeschluss in Kraft: Der Empfänger ist DPF-zertifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPF outside the US</source>
        <translation>DPF außerhalb der USA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The EU-US Data Privacy Framework covers only transfers to the United States</source>
        <translation>Der EU-US-Datenschutzrahmen erfasst nur Übermittlungen in die Vereinigten Staaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient unknown</source>
        <translation>Empfänger unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient not recorded: DPF certification cannot be checked</source>
        <translation>Empfänger nicht erfasst: Die DPF-Zertifizierung kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No adequacy decision</source>
        <translation>Kein Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No adequacy decision is in force for this country</source>
        <translation>Für dieses Land gilt kein Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partial adequacy</source>
        <translation>Teilweise Angemessenheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The adequacy decision covers only some recipients: check that this recipient is covered</source>
        <translation>Der Angemessenheitsbeschluss erfasst nur bestimmte Empfänger: Prüfen Sie, ob dieser Empfänger dazugehört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy decision in force (Art. 45)</source>
        <translation>Angemessenheitsbeschluss in Kraft (Art. 45)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derogation missing</source>
        <translation>Ausnahme fehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Art. 49 derogation relied on is not specified</source>
        <translation>Die herangezogene Ausnahme nach Art. 49 ist nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitive derogation</source>
        <translation>Wiederholte Ausnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 49 derogations are for occasional transfers, not repetitive ones</source>
        <translation>Ausnahmen nach Art. 49 sind für gelegentliche, nicht für wiederholte Übermittlungen gedacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document safeguards</source>
        <translation>Garantien dokumentieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compelling legitimate interests: document the assessment and the safeguards (Art. 49(6))</source>
        <translation>Zwingende berechtigte Interessen: Dokumentieren Sie die Beurteilung und die Garantien (Art. 49 Abs. 6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+342"/>
        <source>Derogation</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Derogation for a specific situation (Art. 49)</source>
        <translation>Ausnahme für bestimmte Fälle (Art. 49)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCC module missing</source>
        <translation>SCC-Modul fehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The module of the standard contractual clauses is not recorded</source>
        <translation>Das Modul der Standardvertragsklauseln ist nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No TIA</source>
        <translation>Keine TIA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No transfer impact assessment is recorded for these safeguards</source>
        <translation>Für diese Garantien ist keine Transfer-Folgenabschätzung erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <source>Safeguards</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>Appropriate safeguards documented (Art. 46)</source>
        <translation>Geeignete Garantien dokumentiert (Art. 46)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No transfer recorded</source>
        <translation>Keine Übermittlung erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity discloses data to a recipient outside the EEA, but no transfer is recorded</source>
        <translation>Die Tätigkeit legt Daten gegenüber einem Empfänger außerhalb des EWR offen, aber es ist keine Übermittlung erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="-339"/>
        <location line="+340"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>EEA / adequacy</source>
        <translation>EWR / Angemessenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+342"/>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+342"/>
        <source>SCC module</source>
        <translation>SCC-Modul</translation>
    </message>
    <message>
        <location line="-340"/>
        <location line="+344"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>TIA reference</source>
        <translation>TIA-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>TIA-Datum</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Transfers to third countries</source>
        <translation>Übermittlungen in Drittländer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only transfers needing attention</source>
        <translation>Nur Übermittlungen mit Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mechanism</source>
        <translation>&amp;Mechanismus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Doppelklick oder Enter öffnet die Tätigkeit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All mechanisms</source>
        <translation>Alle Mechanismen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 shown of %2 · %3 without a valid ground · %4 to check</source>
        <translation>%1 von %2 angezeigt · %3 ohne gültige Grundlage · %4 zu prüfen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Standing</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repetitive</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
</context>
<context>
    <name>VersionsCommands</name>
    <message>
        <location filename="../../ui/versions_commands.py" line="+31"/>
        <source>Restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore the register from %1</source>
        <translation>Verzeichnis aus %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ui/views/versions.py" line="+68"/>
        <source>Freeze a version</source>
        <translation>Version einfrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A frozen version keeps the register as it is now, inside the file. It can never be changed; exports made from it carry its name and fingerprint.</source>
        <translation>Eine eingefrorene Version bewahrt das Verzeichnis in seinem jetzigen Zustand innerhalb der Datei auf. Sie kann nie mehr geändert werden; Exporte daraus tragen ihren Namen und Fingerabdruck.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 2026 annual review</source>
        <translation>z. B. Jahresprüfung 2026</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Anmerkung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Freigegeben von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A version with this name already exists.</source>
        <translation>Eine Version mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name is reserved for the current register.</source>
        <translation>Dieser Name ist für das aktuelle Verzeichnis reserviert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free&amp;ze version…</source>
        <translation>Version &amp;einfrieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen on (UTC)</source>
        <translation>Eingefroren am (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen by</source>
        <translation>Eingefroren von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No frozen version yet. Freeze the register before an audit or an annual review to be able to show later what changed since.</source>
        <translation>Noch keine eingefrorene Version. Frieren Sie das Verzeichnis vor einem Audit oder einer jährlichen Überprüfung ein, um später zeigen zu können, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;activity</source>
        <translation>&amp;Tätigkeit wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;register…</source>
        <translation>Ver&amp;zeichnis wiederherstellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fr&amp;om:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Frozen version “%1” (fingerprint %2)</source>
        <translation>Eingefrorene Version „%1“ (Fingerabdruck %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Export change report</source>
        <translation>Änderungsbericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF-Dokument (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change report written to %1</source>
        <translation>Änderungsbericht gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bring it back to its state in “%1”</source>
        <translation>Auf den Stand in „%1“ zurücksetzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the register</source>
        <translation>Verzeichnis wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the whole register back to its state in “%1”?</source>
        <translation>Das gesamte Verzeichnis auf den Stand in „%1“ zurücksetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities added since are removed, and every change since is reverted. This is recorded in the history and can be undone (Ctrl+Z).</source>
        <translation>Seitdem hinzugefügte Tätigkeiten werden entfernt und alle seitdem vorgenommenen Änderungen zurückgenommen. Dies wird im Verlauf festgehalten und kann rückgängig gemacht werden (Strg+Z).</translation>
    </message>
</context>
</TS>
