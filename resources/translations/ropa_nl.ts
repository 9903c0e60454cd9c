<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../ui/views/activities.py" line="+64"/>
        <source>Search all text of the activities (Ctrl+F)</source>
        <translation>In alle tekst van de activiteiten zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Processor activities</source>
        <translation>Verwerkersactiviteiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(searching the columns; all text in a moment)</source>
        <translation>(zoekt in de kolommen; zo meteen in alle tekst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activities yet. Press Ctrl+N to add the first one.</source>
        <translation>Nog geen activiteiten. Druk op Ctrl+N om de eerste toe te voegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activity matches the search and filters.</source>
        <translation>Geen enkele activiteit komt overeen met de zoekopdracht en de filters.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/editor/editor.py" line="+94"/>
        <location line="+320"/>
        <source>← Activities</source>
        <translation>← Activiteiten</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar de lijst (Alt+Left)</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+20"/>
        <source>The change was not saved</source>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add %1 to %2</source>
        <translation>%1 aan %2 toevoegen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>criminal offences (Art. 10)</source>
        <translation>strafbare feiten (art. 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vulnerable</source>
        <translation>kwetsbaar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>← Processor activities</source>
        <translation>← Verwerkersactiviteiten</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saved %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/markers.py" line="+86"/>
        <source>Findings of the checks; accept them on the Findings page if they are intended</source>
        <translation>Bevindingen van de controles; aanvaard ze op de pagina Bevindingen als de situatie zo bedoeld is</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <location filename="../../ui/models/activity_table.py" line="+72"/>
        <source>Controller</source>
        <comment>role, short, in the list</comment>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <comment>role, short, in the list</comment>
        <translation>Gezamenlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <comment>role, short, in the list</comment>
        <translation>Verwerker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal bases</source>
        <translation>Rechtsgronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Te herzien op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+316"/>
        <source>Something went wrong; your register is safe.</source>
        <translation>Er is iets misgegaan; uw register is veilig.</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../ui/widgets/picker.py" line="+58"/>
        <source>Search, or type a new name</source>
        <translation>Zoeken, of een nieuwe naam typen</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Create “%1”</source>
        <translation>„%1” aanmaken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 selected: %2</source>
        <translation>%1 geselecteerd: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <location filename="../../ui/models/catalogue_table.py" line="+82"/>
        <source>Adequacy (DPF)</source>
        <translation>Adequaatheid (DPF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>adequacy decision: the recipient is DPF-certified</source>
        <translation>adequaatheidsbesluit: de ontvanger is DPF-gecertificeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not DPF-certified</source>
        <translation>Niet DPF-gecertificeerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no adequacy: the recipient is not certified under the EU-US Data Privacy Framework</source>
        <translation>geen adequaatheid: de ontvanger is niet gecertificeerd onder het EU-VS-kader voor gegevensbescherming</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country, and whether it is in the EEA or covered by an adequacy decision</source>
        <translation>Land, en of het in de EER ligt of onder een adequaatheidsbesluit valt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DPA reference</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contract or data processing agreement (Art. 28), with its date</source>
        <translation>Overeenkomst of verwerkersovereenkomst (art. 28), met de datum ervan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vulnerable</source>
        <translation>Kwetsbaar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Special category</source>
        <translation>Bijzondere categorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special category of personal data (Art. 9(1))</source>
        <translation>Bijzondere categorie van persoonsgegevens (art. 9, lid 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Art. 10</source>
        <translation>Art. 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data relating to criminal convictions and offences (Art. 10)</source>
        <translation>Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten (art. 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosting country</source>
        <translation>Land van hosting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>FG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Referentie van de regeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No activity uses this item</source>
        <translation>Geen enkele activiteit gebruikt dit element</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="+79"/>
        <source>Recipients &amp; processors</source>
        <translation>Ontvangers en verwerkers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject categories</source>
        <translation>Categorieën van betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data categories</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New recipient</source>
        <translation>Nieuwe ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New data-subject category</source>
        <translation>Nieuwe categorie van betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New personal-data category</source>
        <translation>Nieuwe categorie van persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New security measure</source>
        <translation>Nieuwe beveiligingsmaatregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New system</source>
        <translation>Nieuw systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New joint controller</source>
        <translation>Nieuwe gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the date</source>
        <translation>Datum wissen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+38"/>
        <source>City</source>
        <translation>Plaats</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Postal code, city</source>
        <translation>Postcode, plaats</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>E-mail address or postal address of the recipient</source>
        <translation>E-mailadres of postadres van de ontvanger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPA reference</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract or Art. 28 data processing agreement</source>
        <translation>De overeenkomst of verwerkersovereenkomst volgens art. 28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA date</source>
        <translation>Datum overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-US DPF</source>
        <translation>EU-VS-DPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed as certified under the EU-US Data Privacy Framework</source>
        <translation>Vermeld als gecertificeerd onder het EU-VS-kader voor gegevensbescherming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certified (DPF list)</source>
        <translation>Gecertificeerd (DPF-lijst)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vulnerable</source>
        <translation>Kwetsbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable data subjects (WP248 criterion 7)</source>
        <translation>Kwetsbare betrokkenen (WP248, criterium 7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, employees, patients...</source>
        <translation>Kinderen, werknemers, patiënten...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Art. 9 category</source>
        <translation>Categorie art. 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category of personal data (Art. 9(1))</source>
        <translation>Bijzondere categorie van persoonsgegevens (art. 9, lid 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 10 data</source>
        <translation>Gegevens art. 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data relating to criminal convictions and offences</source>
        <translation>Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal convictions and offences</source>
        <translation>Strafrechtelijke veroordelingen en strafbare feiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting country</source>
        <translation>Land van hosting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative in the Union (Art. 27)</source>
        <translation>Vertegenwoordiger in de Unie (art. 27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence of the arrangement (Art. 26)</source>
        <translation>Wezenlijke inhoud van de regeling (art. 26)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Referentie van de regeling</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Delete from the catalogue</source>
        <translation>Uit de lijst verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>“%1” is used by %n activities. Deleting it removes it from:</source>
        <translation>
            <numerusform>„%1” wordt gebruikt door %n activiteit. Bij verwijdering verdwijnt het uit:</numerusform>
            <numerusform>„%1” wordt gebruikt door %n activiteiten. Bij verwijdering verdwijnt het uit:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 items are used by %n activities. Deleting them removes them from:</source>
        <translation>
            <numerusform>%1 elementen worden gebruikt door %n activiteit. Bij verwijdering verdwijnen ze uit:</numerusform>
            <numerusform>%1 elementen worden gebruikt door %n activiteiten. Bij verwijdering verdwijnen ze uit:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Used by %n activities:</source>
        <translation>
            <numerusform>Gebruikt door %n activiteit:</numerusform>
            <numerusform>Gebruikt door %n activiteiten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+264"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-305"/>
        <source>You can undo the deletion with Ctrl+Z.</source>
        <translation>U kunt het verwijderen ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Merge duplicates</source>
        <translation>Dubbele elementen samenvoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the item to keep. Activities that use the other one will use the kept item instead, and the other item is deleted. Ctrl+Z undoes the merge.</source>
        <translation>Kies het element dat u wilt behouden. Activiteiten die het andere element gebruiken, gebruiken voortaan het behouden element, en het andere element wordt verwijderd. Met Ctrl+Z maakt u het samenvoegen ongedaan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep “%1”</source>
        <translation>„%1” behouden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item to this catalogue</source>
        <translation>Een element aan deze lijst toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected item</source>
        <translation>Het geselecteerde element hernoemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two selected items (duplicates) into one</source>
        <translation>De twee geselecteerde elementen (dubbels) samenvoegen tot één</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected items</source>
        <translation>De geselecteerde elementen verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+174"/>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Dubbelklik of druk op Enter om de activiteit te openen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 of %2 items</source>
        <translation>%1 van %2 elementen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No item selected</source>
        <translation>Geen element geselecteerd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used by %1 activity</source>
        <translation>Gebruikt door %1 activiteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by %1 activities</source>
        <translation>Gebruikt door %1 activiteiten</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Delete %1 items</source>
        <translation>%1 elementen verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted %1 (Ctrl+Z to undo)</source>
        <translation>%1 verwijderd (Ctrl+Z om ongedaan te maken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select exactly two items to merge</source>
        <translation>Selecteer precies twee elementen om samen te voegen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="+82"/>
        <source>Add activity %1</source>
        <translation>Activiteit %1 toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+54"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Merge %1 into %2</source>
        <translation>%1 samenvoegen in %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accept finding %1</source>
        <translation>Bevinding %1 aanvaarden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw acceptance of %1</source>
        <translation>Aanvaarding van %1 intrekken</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/widgets/contact.py" line="+38"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>ControllersSection</name>
    <message>
        <location filename="../../ui/editor/controllers.py" line="+97"/>
        <location line="+22"/>
        <source>Controllers served</source>
        <translation>Verwerkingsverantwoordelijken (opdrachtgevers)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Each controller on whose behalf we act, its representative and DPO (Art. 30(2)(a)), and the categories of processing carried out for it (Art. 30(2)(b)).</source>
        <translation>Elke verwerkingsverantwoordelijke namens wie wij handelen, met zijn vertegenwoordiger en FG (art. 30, lid 2, a)), en de categorieën van verwerkingen die voor hem worden verricht (art. 30, lid 2, b)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Add controller</source>
        <translation>Verwerkingsverantwoordelijke toevoegen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No controller recorded yet.</source>
        <translation>Nog geen verwerkingsverantwoordelijke vastgelegd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove controller</source>
        <translation>Verwerkingsverantwoordelijke verwijderen</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../ui/widgets/country.py" line="+30"/>
        <location line="+5"/>
        <source>adequacy decision</source>
        <translation>adequaatheidsbesluit</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>adequacy decision (commercial organisations only)</source>
        <translation>adequaatheidsbesluit (alleen commerciële organisaties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adequacy decision (certified organisations only)</source>
        <translation>adequaatheidsbesluit (alleen gecertificeerde organisaties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adequacy decision (private sector only)</source>
        <translation>adequaatheidsbesluit (alleen particuliere sector)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EEA</source>
        <translation>EER</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adequacy</source>
        <translation>Adequaatheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy (partial)</source>
        <translation>Adequaatheid (gedeeltelijk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third country</source>
        <translation>Derde land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>third country, no adequacy decision</source>
        <translation>derde land, geen adequaatheidsbesluit</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Type to search a country</source>
        <translation>Typ om een land te zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no country)</source>
        <translation>(geen land)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="+49"/>
        <source>Show the errors</source>
        <translation>Fouten tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the warnings</source>
        <translation>Waarschuwingen tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings for information</source>
        <translation>Informatieve bevindingen tonen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Completeness of the register</source>
        <translation>Volledigheid van het register</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open findings by severity</source>
        <translation>Openstaande bevindingen per ernst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By role (retired activities left out)</source>
        <translation>Per rol (beëindigde activiteiten niet meegeteld)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviews due</source>
        <translation>Te herzien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Dubbelklik of druk op Enter om de activiteit te openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfers by destination and mechanism</source>
        <translation>Doorgiften per bestemming en mechanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transfers outside the EEA are recorded.</source>
        <translation>Er zijn geen doorgiften buiten de EER vastgelegd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processors with no contract reference recorded (Art. 28(3))</source>
        <translation>Verwerkers zonder vermelde contractreferentie (art. 28, lid 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to open the recipient</source>
        <translation>Dubbelklik of druk op Enter om de ontvanger te openen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>as of %1</source>
        <translation>stand op %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the %2 items the record must hold are documented, for %3 activities in use.</source>
        <translation>%1 van de %2 onderdelen die het register moet bevatten, zijn gedocumenteerd, voor %3 activiteiten in gebruik.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n findings accepted with a justification</source>
        <translation>
            <numerusform>%n bevinding aanvaard met een motivering</numerusform>
            <numerusform>%n bevindingen aanvaard met een motivering</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>accepted: %1</source>
        <translation>aanvaard: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every processor has a contract reference recorded.</source>
        <translation>Voor elke verwerker is een contractreferentie vermeld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue: %1 · next 30 days: %2 · 31 to 90 days: %3</source>
        <translation>Te laat: %1 · komende 30 dagen: %2 · 31 tot 90 dagen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 days</source>
        <translation>Binnen 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 90 days</source>
        <translation>Binnen 90 dagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review due in the next 90 days.</source>
        <translation>Geen herziening gepland in de komende 90 dagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../ui/editor/data.py" line="+23"/>
        <source>— choose the Art. 9(2) condition —</source>
        <translation>— kies de voorwaarde van art. 9, lid 2 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Law or document relied on</source>
        <translation>Wet of document waarop de verwerking steunt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Data subjects &amp; data</source>
        <translation>Betrokkenen en gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data subjects and of personal data (Art. 30(1)(c)); special categories need an Art. 9(2) condition.</source>
        <translation>Categorieën van betrokkenen en van persoonsgegevens (art. 30, lid 1, c)); voor bijzondere categorieën is een voorwaarde van art. 9, lid 2 nodig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data s&amp;ubjects</source>
        <translation>Be&amp;trokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal d&amp;ata</source>
        <translation>&amp;Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Special categories</source>
        <translation>Bijzondere categorieën</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+6"/>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (criminal offences, Art. 10)</source>
        <translation>%1 (strafbare feiten, art. 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis under Art. 10, e.g. the law that authorises it</source>
        <translation>Rechtsgrond volgens art. 10, bv. de wet die de verwerking toestaat</translation>
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
        <translation>DPIA en risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening against the nine criteria of the WP248 guidelines (Art. 35) and automated decisions (Art. 22).</source>
        <translation>Toetsing aan de negen criteria van de WP248-richtsnoeren (art. 35) en geautomatiseerde besluiten (art. 22).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not decided</source>
        <translation>Niet beslist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, a DPIA is required</source>
        <translation>Ja, een DPIA is vereist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No DPIA required</source>
        <translation>Geen DPIA vereist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not started —</source>
        <translation>— niet gestart —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the DPIA is kept, e.g. DPIA-2025-03</source>
        <translation>Waar de DPIA wordt bewaard, bv. DPIA-2025-03</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions are taken by automated means</source>
        <translation>Besluiten worden geautomatiseerd genomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>With legal or similarly significant effects (Art. 22)</source>
        <translation>Met rechtsgevolgen of vergelijkbare aanmerkelijke gevolgen (art. 22)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaningful information about the logic involved (Art. 13(2)(f))</source>
        <translation>Nuttige informatie over de onderliggende logica (art. 13, lid 2, f))</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>WP248 criteria</source>
        <translation>WP248-criteria</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>DPIA re&amp;quired</source>
        <translation>DP&amp;IA vereist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DPIA required</source>
        <translation>DPIA vereist</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>DPIA status</source>
        <translation>DPIA-status</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>DPIA reference</source>
        <translation>DPIA-referentie</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Logic involved</source>
        <translation>Onderliggende logica</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>DPIA completed on</source>
        <translation>DPIA afgerond op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal effect</source>
        <translation>Rechtsgevolg</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 criteria met: 2 or more criteria, a DPIA is likely required.</source>
        <translation>%1 criteria vervuld: bij 2 of meer criteria is een DPIA waarschijnlijk vereist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 criterion met: a DPIA is not presumed; record why if you decide against one.</source>
        <translation>1 criterium vervuld: een DPIA wordt niet vermoed; leg vast waarom als u er geen uitvoert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No criterion met.</source>
        <translation>Geen criterium vervuld.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export.py" line="+80"/>
        <source>Export the register</source>
        <translation>Het register exporteren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the findings of the checks</source>
        <translation>De bevindingen van de controles toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities to include</source>
        <translation>Op te nemen activiteiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both records</source>
        <translation>Beide registers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller activities (Art. 30(1))</source>
        <translation>Activiteiten als verwerkingsverantwoordelijke (art. 30, lid 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor activities (Art. 30(2))</source>
        <translation>Activiteiten als verwerker (art. 30, lid 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any owner</source>
        <translation>Elke eigenaar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The JSON exchange file always holds the whole register.</source>
        <translation>Het JSON-uitwisselingsbestand bevat altijd het hele register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open the file</source>
        <translation>Bestand ope&amp;nen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in fol&amp;der</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size</source>
        <translation>&amp;Paginaformaat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save to</source>
        <translation>&amp;Opslaan in</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (.pdf)</source>
        <translation>PDF-document (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (.zip)</source>
        <translation>CSV-tabellen (.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON exchange file (.json)</source>
        <translation>JSON-uitwisselingsbestand (.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No program is set up to open %1.</source>
        <translation>Er is geen programma ingesteld om %1 te openen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export moet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Exporting %n activities…</source>
        <translation>
            <numerusform>%n activiteit wordt geëxporteerd…</numerusform>
            <numerusform>%n activiteiten worden geëxporteerd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %n activities to %1</source>
        <translation>
            <numerusform>%n activiteit geëxporteerd naar %1</numerusform>
            <numerusform>%n activiteiten geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The export failed: %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+155"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand dat u wilt importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet (.xlsx, .ods, .csv) or a ropa exchange file (.json). Nothing is written before the last step.</source>
        <translation>Een rekenblad (.xlsx, .ods, .csv) of een ropa-uitwisselingsbestand (.json). Er wordt niets geschreven vóór de laatste stap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import from spreadsheet</source>
        <translation>Importeren uit rekenblad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and ropa files (*.xlsx *.ods *.csv *.json);;All files (*)</source>
        <translation>Rekenbladen en ropa-bestanden (*.xlsx *.ods *.csv *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ropa&apos;s own Excel export: rows are matched to activities by reference.</source>
        <translation>Eigen Excel-export van ropa: rijen worden op referentie aan activiteiten gekoppeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIL “registre simplifié”: one activity per fiche.</source>
        <translation>Het „registre simplifié” van de CNIL: één activiteit per fiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ropa exchange file: items are merged by UUID.</source>
        <translation>Een ropa-uitwisselingsbestand: elementen worden op UUID samengevoegd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another layout: next, match its columns to register fields.</source>
        <translation>Een andere opmaak: koppel hierna de kolommen aan registervelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised: %1</source>
        <translation>Herkend: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../ui/models/findings_table.py" line="+50"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract (DPA)</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decision</source>
        <translation>Geautomatiseerd besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controllers served</source>
        <translation>Verwerkingsverantwoordelijken (opdrachtgevers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Volgende herziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Laatst herzien</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Accepted on %1: %2</source>
        <translation>Aanvaard op %1: %2</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../ui/views/findings.py" line="+60"/>
        <source>Accept finding</source>
        <translation>Bevinding aanvaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You accept this finding knowingly. Say why: the reason is kept in the register and shown in the exports.</source>
        <translation>U aanvaardt deze bevinding bewust. Geef de reden op: die wordt in het register bewaard en in de exports getoond.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Contract signed on paper, filed in the legal department</source>
        <translation>bv. Overeenkomst op papier ondertekend, bewaard bij de juridische dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Findings of the checks</source>
        <translation>Bevindingen van de controles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All severities</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show accepted</source>
        <translation>Aanvaarde tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity</source>
        <translation>&amp;Ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concerns</source>
        <translation>Be&amp;treft</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click or press Enter to open the place to fix it</source>
        <translation>Dubbelklik of druk op Enter om de plaats te openen waar u het kunt verhelpen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept…</source>
        <translation>&amp;Aanvaarden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this finding knowingly, with a justification kept in the register</source>
        <translation>Deze bevinding bewust aanvaarden, met een motivering die in het register wordt bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw acceptance</source>
        <translation>Aanvaarding &amp;intrekken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 errors · %2 warnings · %3 info · %4 accepted</source>
        <translation>%1 fouten · %2 waarschuwingen · %3 info · %4 aanvaard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All rules</source>
        <translation>Alle regels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Accepted: %1</source>
        <translation>Aanvaard: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The change was not saved</source>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../ui/models/history_table.py" line="+67"/>
        <location line="+94"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+130"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule</source>
        <translation>Bewaarregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller served</source>
        <translation>Verwerkingsverantwoordelijke (opdrachtgever)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject category</source>
        <translation>Categorie van betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data category</source>
        <translation>Categorie van persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Officiële naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Laatst herzien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Volgende herziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA criteria</source>
        <translation>DPIA-criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA required</source>
        <translation>DPIA vereist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA status</source>
        <translation>DPIA-status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA reference</source>
        <translation>DPIA-referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA completed on</source>
        <translation>DPIA afgerond op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decision-making</source>
        <translation>Geautomatiseerde besluitvorming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or similar effect</source>
        <translation>Rechtsgevolg of vergelijkbaar gevolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic involved</source>
        <translation>Onderliggende logica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template version</source>
        <translation>Sjabloonversie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis reference</source>
        <translation>Wettelijke bepaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 9(2) condition</source>
        <translation>Voorwaarde art. 9, lid 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition reference</source>
        <translation>Wettelijke bepaling voor de voorwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting country</source>
        <translation>Land van hosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International organisation</source>
        <translation>Internationale organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer mechanism</source>
        <translation>Doorgiftemechanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitive</source>
        <translation>Herhaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards</source>
        <translation>Waarborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation</source>
        <translation>Documentatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA reference</source>
        <translation>TIA-referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>TIA-datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting event</source>
        <translation>Startgebeurtenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Wettelijke bepaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>Na afloop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>DPO</source>
        <translation>FG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of processing</source>
        <translation>Categorieën van verwerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable</source>
        <translation>Kwetsbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category</source>
        <translation>Bijzondere categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal offences data</source>
        <translation>Strafrechtelijke gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA reference</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA date</source>
        <translation>Datum overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPF certified</source>
        <translation>DPF-gecertificeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Referentie van de regeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register language</source>
        <translation>Taal van het register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Versie van het register</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/views/history.py" line="+127"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load more</source>
        <translation>&amp;Meer laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next %1 older changes</source>
        <translation>De volgende %1 oudere wijzigingen laden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;til</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Dubbelklik of druk op Enter om de activiteit te openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All activities</source>
        <translation>Alle activiteiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the %1 newest matching changes</source>
        <translation>de %1 nieuwste overeenkomende wijzigingen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This activity has been deleted</source>
        <translation>Deze activiteit is verwijderd</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../ui/editor/identity.py" line="+22"/>
        <source>Identity</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the processing activity, its owner and its role (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Naam van de verwerkingsactiviteit, de eigenaar en de rol (art. 30, lid 1, a), en art. 30, lid 2, a)).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the processing is, in a few words</source>
        <translation>Wat de verwerking is, in enkele woorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens, for whom, with which tools</source>
        <translation>Wat er gebeurt, voor wie, met welke middelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business function responsible, e.g. HR</source>
        <translation>Verantwoordelijke bedrijfsfunctie, bv. HR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reference</source>
        <translation>Re&amp;ferentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>Beschri&amp;jving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint controllers</source>
        <translation>Gezamenlij&amp;ke verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
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
        <translation>Gezamenlijke verwerkingsverantwoordelijken</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+355"/>
        <source>Import from spreadsheet</source>
        <translation>Importeren uit rekenblad</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="+81"/>
        <source>internal error (%1)</source>
        <translation>interne fout (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+633"/>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;demo register</source>
        <translation>&amp;Demoregister openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Importeren uit rekenblad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New activity from &amp;template…</source>
        <translation>Nieuwe activiteit uit &amp;sjabloon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose register</source>
        <translation>Register &amp;sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+367"/>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+366"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>&amp;New activity</source>
        <translation>&amp;Nieuwe activiteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open activity</source>
        <translation>Activiteit &amp;openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dup&amp;licate activity</source>
        <translation>Activiteit &amp;dupliceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete activity…</source>
        <translation>Activiteit &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me activity</source>
        <translation>Activiteit &amp;hernoemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;history of the activity</source>
        <translation>&amp;Geschiedenis van de activiteit tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>Terug naar de &amp;lijst</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ropa</source>
        <translation>&amp;Over ropa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The change was not saved</source>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select one activity to duplicate.</source>
        <translation>Selecteer één activiteit om te dupliceren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the activities to delete.</source>
        <translation>Selecteer de activiteiten die u wilt verwijderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1 “%2”?</source>
        <translation>%1 „%2” verwijderen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 activities?</source>
        <translation>%1 activiteiten verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can bring it back with Undo (Ctrl+Z).</source>
        <translation>U kunt dit terugdraaien met Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 activities</source>
        <translation>%1 activiteiten verwijderen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Undo %1</source>
        <translation>Ongedaan &amp;maken: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;uitvoeren: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (copy)</source>
        <comment>the suggested file name of a copy</comment>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa-registers (*.ropa)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copy was not saved</source>
        <translation>De kopie is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy saved as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>read-only</source>
        <translation>alleen-lezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 controller and %2 processor activities</source>
        <translation>%1 activiteiten als verwerkingsverantwoordelijke en %2 als verwerker</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ropa %1: the record of processing activities (GDPR Art. 30), kept offline in one file.</source>
        <translation>ropa %1: het register van de verwerkingsactiviteiten (art. 30 AVG), offline bijgehouden in één bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ropa</source>
        <translation>Over ropa</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-344"/>
        <source>Match the columns to register fields</source>
        <translation>Koppel de kolommen aan registervelden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register field</source>
        <translation>Registerveld</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load mapping…</source>
        <translation>Koppeling &amp;laden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save mapping…</source>
        <translation>Koppeling &amp;opslaan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row:</source>
        <translation>Kopregel:</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>One row of the sheet is one processing activity. The fields were guessed from the column headers: check them. Columns set to “%1” are not read.</source>
        <translation>Eén rij van het blad is één verwerkingsactiviteit. De velden zijn afgeleid uit de kolomkoppen: controleer ze. Kolommen die op „%1” staan, worden niet gelezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>%n columns, %1 of them mapped.</source>
        <translation>
            <numerusform>%n kolom, waarvan %1 gekoppeld.</numerusform>
            <numerusform>%n kolommen, waarvan %1 gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the register field of at least one column.</source>
        <translation>Kies het registerveld van minstens één kolom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each field can hold only one column: %1.</source>
        <translation>Aan elk veld kan maar één kolom worden gekoppeld: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load mapping</source>
        <translation>Koppeling laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Mappings (*.json)</source>
        <translation>Koppelingen (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The mapping was not loaded</source>
        <translation>De koppeling is niet geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping was not saved.</source>
        <translation>De koppeling is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping saved as %1</source>
        <translation>Koppeling opgeslagen als %1</translation>
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
        <translation>%1 is al geopend in een ander ropa-venster of programma. Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was saved by a newer version of ropa. Update ropa to open it.</source>
        <translation>%1 is opgeslagen met een nieuwere versie van ropa. Werk ropa bij om het te openen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>%1 is beschadigd en kan niet worden geopend. Open in plaats daarvan een reservekopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a ropa register, or it no longer exists.</source>
        <translation>%1 is geen ropa-register, of het bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be changed here (read-only). Copy it to a folder where you can write.</source>
        <translation>%1 kan hier niet worden gewijzigd (alleen-lezen). Kopieer het naar een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be created there.</source>
        <translation>%1 kan daar niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan niet worden geopend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a ropa window</source>
        <translation>een ropa-venster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the command “%1”</source>
        <translation>de opdracht ‘%1’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 of %3 on the computer %4 (since %5). Close it there, then try again.</source>
        <translation>%1 is geopend in %2 van %3 op de computer %4 (sinds %5). Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open register</source>
        <translation>Register kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="+17"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor activities</source>
        <translation>Verwerkersactiviteiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogues</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients &amp; processors</source>
        <translation>Ontvangers en verwerkers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject categories</source>
        <translation>Categorieën betrokkenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers overview</source>
        <translation>Overzicht doorgiften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_register.py" line="+54"/>
        <location line="+102"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>register.ropa</source>
        <translation>register.ropa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal name of the organisation</source>
        <translation>Officiële naam van de organisatie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the register:</source>
        <translation>&amp;Taal van het register:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start with:</source>
        <translation>Be&amp;ginnen met:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An empty register</source>
        <translation>Een leeg register</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No activities: you add them yourself, or from templates later.</source>
        <translation>Geen activiteiten: u voegt ze zelf toe, of later vanuit sjablonen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n draft activities:</source>
        <translation>
            <numerusform>%n conceptactiviteit:</numerusform>
            <numerusform>%n conceptactiviteiten:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ropa registers (*.ropa)</source>
        <translation>ropa-registers (*.ropa)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the register.</source>
        <translation>Kies waar het register moet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="+334"/>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Datum instellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../../ui/views/organisation.py" line="+73"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Controller, DPO and representative</source>
        <translation>Verwerkingsverantwoordelijke, FG en vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint controllers (Art. 26)</source>
        <translation>Gezamenlijke verwerkingsverantwoordelijken (art. 26)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Controller (Art. 30(1)(a))</source>
        <translation>Verwerkingsverantwoordelijke (art. 30, lid 1, a))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal name</source>
        <translation>Officiële naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code, city</source>
        <translation>Postcode, plaats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the register&apos;s exports</source>
        <translation>De taal van de exports van het register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register language</source>
        <translation>Taal van het register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Versie van het register</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data protection officer (Art. 37-39)</source>
        <translation>Functionaris voor gegevensbescherming (art. 37-39)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPO</source>
        <translation>FG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Representative in the Union (Art. 27)</source>
        <translation>Vertegenwoordiger in de Unie (art. 27)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a controller or processor not established in the Union.</source>
        <translation>Alleen voor een verwerkingsverantwoordelijke of verwerker die niet in de Unie is gevestigd.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+10"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Import applies all of this at once, or nothing.</source>
        <translation>Er is nog niets geschreven. Importeren voert dit alles in één keer uit, of helemaal niets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing the file with the register…</source>
        <translation>Het bestand wordt met het register vergeleken…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The file cannot be imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>Het bestand kan niet worden geïmporteerd; er is niets gewijzigd. %n probleem:</numerusform>
            <numerusform>Het bestand kan niet worden geïmporteerd; er is niets gewijzigd. %n problemen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
</context>
<context>
    <name>PurposeRow</name>
    <message>
        <location filename="../../ui/editor/purposes.py" line="+29"/>
        <source>The purpose, e.g. “paying salaries”</source>
        <translation>Het doel, bv. „uitbetaling van de lonen”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a legal basis —</source>
        <translation>— kies een rechtsgrond —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Law of 12 April 1965 on the protection of remuneration</source>
        <translation>bv. wet van 12 april 1965 betreffende de bescherming van het loon der werknemers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legitimate interest pursued</source>
        <translation>Het nagestreefde gerechtvaardigde belang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose</source>
        <translation>D&amp;oel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law relied on</source>
        <translation>Wettelijke bepaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
</context>
<context>
    <name>PurposesSection</name>
    <message>
        <location line="+42"/>
        <source>Purposes &amp; legal bases</source>
        <translation>Doelen en rechtsgronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the data are processed (Art. 30(1)(b)) and the lawful basis of each purpose (Art. 6(1)).</source>
        <translation>Waarom de gegevens worden verwerkt (art. 30, lid 1, b)) en de rechtsgrond van elk doel (art. 6, lid 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Add purpose</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No purpose recorded yet.</source>
        <translation>Nog geen doel vastgelegd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove purpose</source>
        <translation>Doel verwijderen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecipientsSection</name>
    <message>
        <location filename="../../ui/editor/recipients.py" line="+228"/>
        <source>Recipients &amp; transfers</source>
        <translation>Ontvangers en doorgiften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives the data (Art. 30(1)(d)) and transfers outside the EEA with their safeguards (Art. 30(1)(e)).</source>
        <translation>Wie de gegevens ontvangt (art. 30, lid 1, d)) en doorgiften buiten de EER met hun waarborgen (art. 30, lid 1, e)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rec&amp;ipients</source>
        <translation>Ontvan&amp;gers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers to third countries or international organisations</source>
        <translation>Doorgiften aan derde landen of internationale organisaties</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Add transfer</source>
        <translation>Doorgifte toevoegen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No transfer outside the EEA recorded.</source>
        <translation>Geen doorgifte buiten de EER vastgelegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove transfer</source>
        <translation>Doorgifte verwijderen</translation>
    </message>
</context>
<context>
    <name>RetentionRow</name>
    <message>
        <location filename="../../ui/editor/retention.py" line="+31"/>
        <source>Search the activity&apos;s data categories</source>
        <translation>Zoeken in de gegevenscategorieën van de activiteit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. end of the employment contract</source>
        <translation>bv. einde van de arbeidsovereenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the period is decided, when no figure can be given</source>
        <translation>Hoe de termijn wordt bepaald als er geen vaste duur kan worden gegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Art. 2262bis Civil Code; Social Criminal Code</source>
        <translation>bv. art. 2262bis Burgerlijk Wetboek; Sociaal Strafwetboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data &amp;categories</source>
        <translation>Gegevens&amp;categorieën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from / until</source>
        <translation>Te rekenen vanaf / tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Wettelijke bepaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>Na afloop</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location line="+55"/>
        <location line="+23"/>
        <location line="+18"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Envisaged time limits for erasure of the different categories of data (Art. 30(1)(f)).</source>
        <translation>Beoogde termijnen waarbinnen de verschillende categorieën van gegevens moeten worden gewist (art. 30, lid 1, f)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Add retention rule</source>
        <translation>Bewaarregel toevoegen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No retention rule recorded yet.</source>
        <translation>Nog geen bewaarregel vastgelegd.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Remove retention rule</source>
        <translation>Bewaarregel verwijderen</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../ui/editor/review.py" line="+20"/>
        <source>Review</source>
        <translation>Herziening</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the record up to date: review dates and notes (Art. 5(2), accountability).</source>
        <translation>Houd het register actueel: herzieningsdata en notities (art. 5, lid 2, verantwoordingsplicht).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything a reviewer should know</source>
        <translation>Alles wat een beoordelaar moet weten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last revie&amp;wed</source>
        <translation>Laatst he&amp;rzien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt review</source>
        <translation>Volgende her&amp;ziening</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last reviewed</source>
        <translation>Laatst herzien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review</source>
        <translation>Volgende herziening</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Created / changed</source>
        <translation>Aangemaakt / gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>created %1, last changed %2</source>
        <translation>aangemaakt op %1, laatst gewijzigd op %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>RopaApp</name>
    <message>
        <location filename="../../ui/app.py" line="-120"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan niet worden geopend.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be created.</source>
        <translation>%1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo register cannot be created.</source>
        <translation>Het demoregister kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ropa registers (*.ropa);;All files (*)</source>
        <translation>ropa-registers (*.ropa);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>RowWidget</name>
    <message>
        <location filename="../../ui/widgets/rows.py" line="+46"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/editor/base.py" line="+109"/>
        <source>Edit %1: %2</source>
        <translation>%2 van %1 bewerken</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../ui/editor/security.py" line="+20"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical and organisational security measures (Art. 30(1)(g), Art. 32) and the systems used.</source>
        <translation>Technische en organisatorische beveiligingsmaatregelen (art. 30, lid 1, g), art. 32) en de gebruikte systemen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security &amp;measures</source>
        <translation>Beveiligings&amp;maatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystems</source>
        <translation>S&amp;ystemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
</context>
<context>
    <name>ServedControllerRow</name>
    <message>
        <location filename="../../ui/editor/controllers.py" line="-103"/>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Representative (Art. 27)</source>
        <translation>Vertegenwoordiger (art. 27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>FG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we do for this controller, e.g. hosting, support, analytics</source>
        <translation>Wat wij voor deze verwerkingsverantwoordelijke doen, bv. hosting, support, analyses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories of processin&amp;g</source>
        <translation>Categ&amp;orieën van verwerkingen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="+30"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next / previous section of the editor</source>
        <translation>Volgende / vorige sectie van de editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between fields</source>
        <translation>Tussen velden navigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick or untick an item in a list</source>
        <translation>Een element in een lijst aan- of uitvinken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../ui/editor/sources.py" line="+28"/>
        <source>e.g. application form, LinkedIn, the employer</source>
        <translation>bv. sollicitatieformulier, LinkedIn, de werkgever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;btained from</source>
        <translation>&amp;Verkregen van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>SourcesSection</name>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where the personal data come from: the data subject (Art. 13) or elsewhere (Art. 14).</source>
        <translation>Waar de persoonsgegevens vandaan komen: van de betrokkene (art. 13) of van elders (art. 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No source recorded yet.</source>
        <translation>Nog geen bron vastgelegd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
</context>
<context>
    <name>StartCommands</name>
    <message numerus="yes">
        <location filename="../../ui/start_commands.py" line="+102"/>
        <source>Add %n activities from templates</source>
        <translation>
            <numerusform>%n activiteit uit sjabloon toevoegen</numerusform>
            <numerusform>%n activiteiten uit sjablonen toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
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
        <translation>Het register van de verwerkingsactiviteiten (artikel 30 AVG), offline bijgehouden in één bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;demo register</source>
        <translation>&amp;Demoregister openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cardify NV, a Belgian SaaS company: 14 activities to explore</source>
        <translation>Cardify NV, een Belgisch SaaS-bedrijf: 14 activiteiten om te verkennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent registers</source>
        <translation>Recente registers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registers you open appear here.</source>
        <translation>Registers die u opent, verschijnen hier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of the interface</source>
        <translation>De taal van de interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove from the list</source>
        <translation>Uit de lijst verwijderen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../ui/dialogs/template_picker.py" line="+42"/>
        <source>New activity from template</source>
        <translation>Nieuwe activiteit uit sjabloon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search templates (name, purpose, keywords)…</source>
        <translation>Sjablonen zoeken (naam, doel, trefwoorden)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+66"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Each template becomes a draft activity to review. Ctrl+click to choose several.</source>
        <translation>Elk sjabloon wordt een conceptactiviteit om na te kijken. Ctrl+klik om er meerdere te kiezen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 templates</source>
        <translation>%1 van %2 sjablonen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No template matches the search.</source>
        <translation>Geen sjabloon komt overeen met de zoekopdracht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add %1 activities</source>
        <translation>%1 activiteiten &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The activities were not added</source>
        <translation>De activiteiten zijn niet toegevoegd</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <location filename="../../ui/editor/recipients.py" line="-201"/>
        <source>Only for a transfer to an international organisation</source>
        <translation>Alleen bij een doorgifte aan een internationale organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a mechanism —</source>
        <translation>— kies een mechanisme —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use suggestion</source>
        <translation>Suggestie gebruiken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— choose a module —</source>
        <translation>— kies een module —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a derogation —</source>
        <translation>— kies een afwijking —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitive transfer</source>
        <translation>Herhaalde doorgifte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documentation of suitable safeguards (Art. 49(1), second subparagraph)</source>
        <translation>Documentatie van de passende waarborgen (art. 49, lid 1, tweede alinea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. SCC signed 2023-06-01, annex II</source>
        <translation>bv. SCC ondertekend op 2023-06-01, bijlage II</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer impact assessment reference</source>
        <translation>Referentie van de doorgifte-effectbeoordeling (TIA)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coun&amp;try</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International organisation</source>
        <translation>Internationale organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanism</source>
        <translation>Mechanisme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguards</source>
        <translation>Waarborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation</source>
        <translation>Documentatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>TIA-datum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— no recipient —</source>
        <translation>— geen ontvanger —</translation>
    </message>
</context>
<context>
    <name>TransferSuggestion</name>
    <message>
        <location line="-93"/>
        <source>%1 is in the EEA: no transfer safeguard is needed.</source>
        <translation>%1 ligt in de EER: er is geen doorgiftewaarborg nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adequacy decision for %1: use an Art. 46 safeguard (e.g. standard contractual clauses) or an Art. 49 derogation.</source>
        <translation>Geen adequaatheidsbesluit voor %1: gebruik een waarborg van art. 46 (bv. standaardbepalingen inzake gegevensbescherming) of een afwijking van art. 49.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not certified under the EU-US Data Privacy Framework: use standard contractual clauses or another Art. 46 safeguard.</source>
        <translation>%1 is niet gecertificeerd onder het EU-VS-kader voor gegevensbescherming: gebruik standaardbepalingen inzake gegevensbescherming of een andere waarborg van art. 46.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2: only for recipients certified under the EU-US Data Privacy Framework.</source>
        <translation>%1 van %2: alleen voor ontvangers die gecertificeerd zijn onder het EU-VS-kader voor gegevensbescherming.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adequacy decision for %1: %2 of %3.</source>
        <translation>Adequaatheidsbesluit voor %1: %2 van %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partial decision: check that the recipient is covered.</source>
        <translation>Gedeeltelijk besluit: controleer of de ontvanger eronder valt.</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <location filename="../../ui/views/transfers.py" line="+88"/>
        <source>Within the EEA</source>
        <translation>Binnen de EER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The destination is in the EEA: not a third-country transfer</source>
        <translation>De bestemming ligt in de EER: geen doorgifte naar een derde land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No destination</source>
        <translation>Geen bestemming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The destination country is not recorded</source>
        <translation>Het land van bestemming is niet vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+346"/>
        <source>No mechanism</source>
        <translation>Geen mechanisme</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>No transfer mechanism (Chapter V) is recorded</source>
        <translation>Er is geen doorgiftemechanisme (hoofdstuk V) vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not DPF-certified</source>
        <translation>Niet DPF-gecertificeerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US: the recipient is not certified under the EU-US Data Privacy Framework, so the adequacy decision does not cover this transfer</source>
        <translation>VS: de ontvanger is niet gecertificeerd onder het EU-VS-kader voor gegevensbescherming, dus het adequaatheidsbesluit geldt niet voor deze doorgifte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adequacy (DPF)</source>
        <translation>Adequaatheid (DPF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy decision in force: the recipient is DPF-certified</source>
        <translation>Adequaatheidsbesluit van kracht: de ontvanger is DPF-gecertificeerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPF outside the US</source>
        <translation>DPF buiten de VS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The EU-US Data Privacy Framework covers only transfers to the United States</source>
        <translation>Het EU-VS-kader voor gegevensbescherming geldt alleen voor doorgiften naar de Verenigde Staten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient unknown</source>
        <translation>Ontvanger onbekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient not recorded: DPF certification cannot be checked</source>
        <translation>Ontvanger niet vastgelegd: de DPF-certificering kan niet worden gecontroleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No adequacy decision</source>
        <translation>Geen adequaatheidsbesluit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No adequacy decision is in force for this country</source>
        <translation>Voor dit land is geen adequaatheidsbesluit van kracht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partial adequacy</source>
        <translation>Gedeeltelijke adequaatheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The adequacy decision covers only some recipients: check that this recipient is covered</source>
        <translation>Het adequaatheidsbesluit geldt slechts voor sommige ontvangers: controleer of deze ontvanger eronder valt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adequacy decision</source>
        <translation>Adequaatheidsbesluit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy decision in force (Art. 45)</source>
        <translation>Adequaatheidsbesluit van kracht (art. 45)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derogation missing</source>
        <translation>Afwijking ontbreekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Art. 49 derogation relied on is not specified</source>
        <translation>De ingeroepen afwijking van art. 49 is niet gepreciseerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitive derogation</source>
        <translation>Herhaalde afwijking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 49 derogations are for occasional transfers, not repetitive ones</source>
        <translation>Afwijkingen van art. 49 zijn bedoeld voor incidentele doorgiften, niet voor herhaalde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document safeguards</source>
        <translation>Waarborgen documenteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compelling legitimate interests: document the assessment and the safeguards (Art. 49(6))</source>
        <translation>Dwingende gerechtvaardigde belangen: documenteer de beoordeling en de waarborgen (art. 49, lid 6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+342"/>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Derogation for a specific situation (Art. 49)</source>
        <translation>Afwijking voor specifieke situaties (art. 49)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCC module missing</source>
        <translation>SCC-module ontbreekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The module of the standard contractual clauses is not recorded</source>
        <translation>De module van de standaardbepalingen inzake gegevensbescherming is niet vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No TIA</source>
        <translation>Geen TIA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No transfer impact assessment is recorded for these safeguards</source>
        <translation>Voor deze waarborgen is geen doorgifte-effectbeoordeling (TIA) vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <source>Safeguards</source>
        <translation>Waarborgen</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>Appropriate safeguards documented (Art. 46)</source>
        <translation>Passende waarborgen gedocumenteerd (art. 46)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No transfer recorded</source>
        <translation>Geen doorgifte vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity discloses data to a recipient outside the EEA, but no transfer is recorded</source>
        <translation>De activiteit verstrekt gegevens aan een ontvanger buiten de EER, maar er is geen doorgifte vastgelegd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
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
        <translation>EER / adequaatheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+342"/>
        <source>Mechanism</source>
        <translation>Mechanisme</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+342"/>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <location line="-340"/>
        <location line="+344"/>
        <source>Documentation</source>
        <translation>Documentatie</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>TIA reference</source>
        <translation>TIA-referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>TIA-datum</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Transfers to third countries</source>
        <translation>Doorgiften naar derde landen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only transfers needing attention</source>
        <translation>Alleen doorgiften die aandacht vragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mechanism</source>
        <translation>&amp;Mechanisme</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Dubbelklik of druk op Enter om de activiteit te openen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All mechanisms</source>
        <translation>Alle mechanismen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 shown of %2 · %3 without a valid ground · %4 to check</source>
        <translation>%1 van %2 getoond · %3 zonder geldige grondslag · %4 te controleren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Standing</source>
        <translation>Beschermingsniveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repetitive</source>
        <translation>Herhaald</translation>
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
        <translation>%1 herstellen uit %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore the register from %1</source>
        <translation>Het register herstellen uit %1</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ui/views/versions.py" line="+68"/>
        <source>Freeze a version</source>
        <translation>Een versie bevriezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A frozen version keeps the register as it is now, inside the file. It can never be changed; exports made from it carry its name and fingerprint.</source>
        <translation>Een bevroren versie bewaart het register zoals het nu is, in het bestand zelf. Ze kan nooit meer worden gewijzigd; exports die ervan worden gemaakt, dragen haar naam en vingerafdruk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 2026 annual review</source>
        <translation>bv. jaarlijkse herziening 2026</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Goedgekeurd door:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze</source>
        <translation>Bevriezen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A version with this name already exists.</source>
        <translation>Er bestaat al een versie met deze naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name is reserved for the current register.</source>
        <translation>Deze naam is voorbehouden voor het huidige register.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free&amp;ze version…</source>
        <translation>&amp;Versie bevriezen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen on (UTC)</source>
        <translation>Bevroren op (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen by</source>
        <translation>Bevroren door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No frozen version yet. Freeze the register before an audit or an annual review to be able to show later what changed since.</source>
        <translation>Nog geen bevroren versie. Bevries het register vóór een audit of een jaarlijkse herziening, zodat u later kunt tonen wat er sindsdien is veranderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gelijken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;activity</source>
        <translation>&amp;Activiteit herstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;register…</source>
        <translation>&amp;Register herstellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fr&amp;om:</source>
        <translation>Va&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Frozen version “%1” (fingerprint %2)</source>
        <translation>Bevroren versie „%1” (vingerafdruk %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comparing…</source>
        <translation>Bezig met vergelijken…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Export change report</source>
        <translation>Wijzigingsrapport exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF-document (*.pdf);;Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change report written to %1</source>
        <translation>Wijzigingsrapport geschreven naar %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bring it back to its state in “%1”</source>
        <translation>Terugzetten naar de toestand in „%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the register</source>
        <translation>Het register herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the whole register back to its state in “%1”?</source>
        <translation>Het hele register terugzetten naar de toestand in „%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities added since are removed, and every change since is reverted. This is recorded in the history and can be undone (Ctrl+Z).</source>
        <translation>Activiteiten die sindsdien zijn toegevoegd, worden verwijderd en elke wijziging sindsdien wordt teruggedraaid. Dit wordt in de geschiedenis vastgelegd en kan ongedaan worden gemaakt (Ctrl+Z).</translation>
    </message>
</context>
</TS>
