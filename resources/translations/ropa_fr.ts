<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../ui/views/activities.py" line="+64"/>
        <source>Search all text of the activities (Ctrl+F)</source>
        <translation>Rechercher dans tout le texte des activités (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Processor activities</source>
        <translation>Activités de sous-traitance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All owners</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(searching the columns; all text in a moment)</source>
        <translation>(recherche dans les colonnes&#xa0;; dans tout le texte dans un instant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activities yet. Press Ctrl+N to add the first one.</source>
        <translation>Aucune activité pour l&apos;instant. Appuyez sur Ctrl+N pour ajouter la première.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activity matches the search and filters.</source>
        <translation>Aucune activité ne correspond à la recherche et aux filtres.</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/editor/editor.py" line="+94"/>
        <location line="+320"/>
        <source>← Activities</source>
        <translation>← Activités</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+20"/>
        <source>The change was not saved</source>
        <translation>La modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add %1 to %2</source>
        <translation>Ajout de %1 à %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>criminal offences (Art. 10)</source>
        <translation>condamnations pénales et infractions (art. 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vulnerable</source>
        <translation>vulnérables</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>← Processor activities</source>
        <translation>← Activités de sous-traitance</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/editor/markers.py" line="+86"/>
        <source>Findings of the checks; accept them on the Findings page if they are intended</source>
        <translation>Constats des contrôles&#xa0;; acceptez-les sur la page Constats s&apos;ils sont voulus</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <location filename="../../ui/models/activity_table.py" line="+72"/>
        <source>Controller</source>
        <comment>role, short, in the list</comment>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <comment>role, short, in the list</comment>
        <translation>Resp. conjoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <comment>role, short, in the list</comment>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal bases</source>
        <translation>Bases juridiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+316"/>
        <source>Something went wrong; your register is safe.</source>
        <translation>Une erreur s&apos;est produite&#xa0;; votre registre est intact.</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../ui/widgets/picker.py" line="+58"/>
        <source>Search, or type a new name</source>
        <translation>Rechercher, ou saisir un nouveau nom</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 selected: %2</source>
        <translation>Sélection (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <location filename="../../ui/models/catalogue_table.py" line="+82"/>
        <source>Adequacy (DPF)</source>
        <translation>Adéquation (DPF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>adequacy decision: the recipient is DPF-certified</source>
        <translation>décision d&apos;adéquation&#xa0;: le destinataire est certifié DPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not DPF-certified</source>
        <translation>Non certifié DPF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no adequacy: the recipient is not certified under the EU-US Data Privacy Framework</source>
        <translation>pas d&apos;adéquation&#xa0;: le destinataire n&apos;est pas certifié au titre du cadre de protection des données UE-États-Unis</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country, and whether it is in the EEA or covered by an adequacy decision</source>
        <translation>Pays, et s&apos;il fait partie de l&apos;EEE ou est couvert par une décision d&apos;adéquation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DPA reference</source>
        <translation>Réf. du contrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contract or data processing agreement (Art. 28), with its date</source>
        <translation>Contrat ou accord de sous-traitance (art. 28), avec sa date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vulnerable</source>
        <translation>Vulnérables</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Special category</source>
        <translation>Catégorie particulière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special category of personal data (Art. 9(1))</source>
        <translation>Catégorie particulière de données à caractère personnel (art. 9, par. 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Art. 10</source>
        <translation>Art. 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data relating to criminal convictions and offences (Art. 10)</source>
        <translation>Données à caractère personnel relatives aux condamnations pénales et aux infractions (art. 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosting country</source>
        <translation>Pays d&apos;hébergement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Réf. de l&apos;accord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No activity uses this item</source>
        <translation>Aucune activité n&apos;utilise cet élément</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="+79"/>
        <source>Recipients &amp; processors</source>
        <translation>Destinataires et sous-traitants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject categories</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data categories</source>
        <translation>Catégories de données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Responsables conjoints du traitement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New recipient</source>
        <translation>Nouveau destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New data-subject category</source>
        <translation>Nouvelle catégorie de personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New personal-data category</source>
        <translation>Nouvelle catégorie de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New security measure</source>
        <translation>Nouvelle mesure de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New system</source>
        <translation>Nouveau système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New joint controller</source>
        <translation>Nouveau responsable conjoint</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+86"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+38"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+88"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Postal code, city</source>
        <translation>Code postal, ville</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>E-mail address or postal address of the recipient</source>
        <translation>Adresse électronique ou postale du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPA reference</source>
        <translation>Référence du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract or Art. 28 data processing agreement</source>
        <translation>Le contrat ou l&apos;accord de sous-traitance (art. 28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-US DPF</source>
        <translation>DPF UE-États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed as certified under the EU-US Data Privacy Framework</source>
        <translation>Inscrit sur la liste des organisations certifiées au titre du cadre de protection des données UE-États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certified (DPF list)</source>
        <translation>Certifié (liste DPF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vulnerable</source>
        <translation>Vulnérables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable data subjects (WP248 criterion 7)</source>
        <translation>Personnes concernées vulnérables (critère 7 du WP248)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, employees, patients...</source>
        <translation>Enfants, salariés, patients...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Art. 9 category</source>
        <translation>Catégorie (art. 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category of personal data (Art. 9(1))</source>
        <translation>Catégorie particulière de données à caractère personnel (art. 9, par. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 10 data</source>
        <translation>Données (art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data relating to criminal convictions and offences</source>
        <translation>Données à caractère personnel relatives aux condamnations pénales et aux infractions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal convictions and offences</source>
        <translation>Condamnations pénales et infractions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting country</source>
        <translation>Pays d&apos;hébergement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative in the Union (Art. 27)</source>
        <translation>Représentant dans l&apos;Union (art. 27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence of the arrangement (Art. 26)</source>
        <translation>Grandes lignes de l&apos;accord (art. 26)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Référence de l&apos;accord</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Delete from the catalogue</source>
        <translation>Supprimer de la liste</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>“%1” is used by %n activities. Deleting it removes it from:</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n activité. Le supprimer le retire de&#xa0;:</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n activités. Le supprimer le retire de&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 items are used by %n activities. Deleting them removes them from:</source>
        <translation>
            <numerusform>%1 éléments sont utilisés par %n activité. Les supprimer les retire de&#xa0;:</numerusform>
            <numerusform>%1 éléments sont utilisés par %n activités. Les supprimer les retire de&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Used by %n activities:</source>
        <translation>
            <numerusform>Utilisé par %n activité&#xa0;:</numerusform>
            <numerusform>Utilisé par %n activités&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+264"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="-305"/>
        <source>You can undo the deletion with Ctrl+Z.</source>
        <translation>Vous pouvez annuler la suppression avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Merge duplicates</source>
        <translation>Fusionner des doublons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the item to keep. Activities that use the other one will use the kept item instead, and the other item is deleted. Ctrl+Z undoes the merge.</source>
        <translation>Choisissez l&apos;élément à conserver. Les activités qui utilisent l&apos;autre utiliseront à sa place l&apos;élément conservé, et l&apos;autre élément sera supprimé. Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep “%1”</source>
        <translation>Conserver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item to this catalogue</source>
        <translation>Ajouter un élément à cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected item</source>
        <translation>Renommer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two selected items (duplicates) into one</source>
        <translation>Fusionner les deux éléments sélectionnés (doublons) en un seul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected items</source>
        <translation>Supprimer les éléments sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+174"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;activité</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 of %2 items</source>
        <translation>%1 sur %2 éléments</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No item selected</source>
        <translation>Aucun élément sélectionné</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used by %1 activity</source>
        <translation>Utilisé par %1 activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by %1 activities</source>
        <translation>Utilisé par %1 activités</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Delete %1 items</source>
        <translation>Suppression de %1 éléments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted %1 (Ctrl+Z to undo)</source>
        <translation>Supprimé&#xa0;: %1 (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select exactly two items to merge</source>
        <translation>Sélectionnez exactement deux éléments à fusionner</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="+82"/>
        <source>Add activity %1</source>
        <translation>Ajout de l&apos;activité %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+54"/>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Duplicate %1</source>
        <translation>Duplication de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Merge %1 into %2</source>
        <translation>Fusion de %1 dans %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit organisation</source>
        <translation>Modification de l&apos;organisme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accept finding %1</source>
        <translation>Acceptation du constat %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw acceptance of %1</source>
        <translation>Retrait de l&apos;acceptation de %1</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/widgets/contact.py" line="+38"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>ControllersSection</name>
    <message>
        <location filename="../../ui/editor/controllers.py" line="+97"/>
        <location line="+22"/>
        <source>Controllers served</source>
        <translation>Responsables du traitement servis</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Each controller on whose behalf we act, its representative and DPO (Art. 30(2)(a)), and the categories of processing carried out for it (Art. 30(2)(b)).</source>
        <translation>Chaque responsable du traitement pour le compte duquel nous agissons, son représentant et son DPO (art. 30, par. 2, a)), et les catégories de traitements effectués pour son compte (art. 30, par. 2, b)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Add controller</source>
        <translation>Ajouter un responsable</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No controller recorded yet.</source>
        <translation>Aucun responsable du traitement enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove controller</source>
        <translation>Retirer le responsable</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../ui/widgets/country.py" line="+30"/>
        <location line="+5"/>
        <source>adequacy decision</source>
        <translation>décision d&apos;adéquation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>adequacy decision (commercial organisations only)</source>
        <translation>décision d&apos;adéquation (organisations commerciales uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adequacy decision (certified organisations only)</source>
        <translation>décision d&apos;adéquation (organisations certifiées uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adequacy decision (private sector only)</source>
        <translation>décision d&apos;adéquation (secteur privé uniquement)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EEA</source>
        <translation>EEE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adequacy</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy (partial)</source>
        <translation>Adéquation (partielle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third country</source>
        <translation>Pays tiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>third country, no adequacy decision</source>
        <translation>pays tiers, sans décision d&apos;adéquation</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Type to search a country</source>
        <translation>Tapez pour rechercher un pays</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="+49"/>
        <source>Show the errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the warnings</source>
        <translation>Afficher les avertissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings for information</source>
        <translation>Afficher les constats pour information</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Completeness of the register</source>
        <translation>Complétude du registre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open findings by severity</source>
        <translation>Constats ouverts par gravité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By role (retired activities left out)</source>
        <translation>Par rôle (hors activités retirées)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviews due</source>
        <translation>Revues à faire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;activité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfers by destination and mechanism</source>
        <translation>Transferts par destination et par mécanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transfers outside the EEA are recorded.</source>
        <translation>Aucun transfert hors de l&apos;EEE n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Processors with no contract reference recorded (Art. 28(3))</source>
        <translation>Sous-traitants sans référence de contrat indiquée (art. 28, par. 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to open the recipient</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le destinataire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the %2 items the record must hold are documented, for %3 activities in use.</source>
        <translation>%1 des %2 rubriques que le registre doit contenir sont documentées (activités en usage&#xa0;: %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n findings accepted with a justification</source>
        <translation>
            <numerusform>%n constat accepté avec une justification</numerusform>
            <numerusform>%n constats acceptés avec une justification</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>accepted: %1</source>
        <translation>accepté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every processor has a contract reference recorded.</source>
        <translation>Chaque sous-traitant a une référence de contrat indiquée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue: %1 · next 30 days: %2 · 31 to 90 days: %3</source>
        <translation>En retard&#xa0;: %1 · 30 prochains jours&#xa0;: %2 · de 31 à 90 jours&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 days</source>
        <translation>Dans les 30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 90 days</source>
        <translation>Dans les 90 jours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review due in the next 90 days.</source>
        <translation>Aucune revue prévue dans les 90 prochains jours.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../ui/editor/data.py" line="+23"/>
        <source>— choose the Art. 9(2) condition —</source>
        <translation>— choisir la condition de l&apos;art. 9, par. 2 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Law or document relied on</source>
        <translation>Loi ou document invoqué</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Data subjects &amp; data</source>
        <translation>Personnes concernées et données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of data subjects and of personal data (Art. 30(1)(c)); special categories need an Art. 9(2) condition.</source>
        <translation>Catégories de personnes concernées et de données à caractère personnel (art. 30, par. 1, c))&#xa0;; les catégories particulières exigent une condition de l&apos;art. 9, par. 2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data s&amp;ubjects</source>
        <translation>&amp;Personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal d&amp;ata</source>
        <translation>Donn&amp;ées personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Special categories</source>
        <translation>Catégories particulières</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+6"/>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (criminal offences, Art. 10)</source>
        <translation>%1 (infractions pénales, art. 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis under Art. 10, e.g. the law that authorises it</source>
        <translation>Fondement au titre de l&apos;art. 10, p. ex. la loi qui l&apos;autorise</translation>
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
        <translation>AIPD et risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening against the nine criteria of the WP248 guidelines (Art. 35) and automated decisions (Art. 22).</source>
        <translation>Analyse préalable au regard des neuf critères des lignes directrices WP248 (art. 35) et décisions automatisées (art. 22).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, a DPIA is required</source>
        <translation>Oui, une AIPD est requise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No DPIA required</source>
        <translation>AIPD non requise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not started —</source>
        <translation>— non commencée —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the DPIA is kept, e.g. DPIA-2025-03</source>
        <translation>Où l&apos;AIPD est conservée, p. ex. AIPD-2025-03</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions are taken by automated means</source>
        <translation>Des décisions sont prises par des moyens automatisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Profiling</source>
        <translation>Profilage</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>With legal or similarly significant effects (Art. 22)</source>
        <translation>Produisant des effets juridiques ou des effets similaires significatifs (art. 22)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaningful information about the logic involved (Art. 13(2)(f))</source>
        <translation>Informations utiles concernant la logique sous-jacente (art. 13, par. 2, f))</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>WP248 criteria</source>
        <translation>Critères WP248</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>DPIA re&amp;quired</source>
        <translation>AIPD re&amp;quise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DPIA required</source>
        <translation>AIPD requise</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>DPIA status</source>
        <translation>État de l&apos;AIPD</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>DPIA reference</source>
        <translation>Référence de l&apos;AIPD</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Completed on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Automated decisions</source>
        <translation>Décisions automatisées</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Logic involved</source>
        <translation>Logique sous-jacente</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>DPIA completed on</source>
        <translation>AIPD réalisée le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal effect</source>
        <translation>Effet juridique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 criteria met: 2 or more criteria, a DPIA is likely required.</source>
        <translation>%1 critères remplis&#xa0;: à partir de 2 critères, une AIPD est probablement requise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 criterion met: a DPIA is not presumed; record why if you decide against one.</source>
        <translation>1 critère rempli&#xa0;: une AIPD n&apos;est pas présumée nécessaire&#xa0;; si vous décidez de ne pas en faire, consignez pourquoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No criterion met.</source>
        <translation>Aucun critère rempli.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export.py" line="+80"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the findings of the checks</source>
        <translation>Ajouter les constats des contrôles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities to include</source>
        <translation>Activités à inclure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both records</source>
        <translation>Les deux registres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller activities (Art. 30(1))</source>
        <translation>Activités du responsable du traitement (art. 30, par. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor activities (Art. 30(2))</source>
        <translation>Activités du sous-traitant (art. 30, par. 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any owner</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The JSON exchange file always holds the whole register.</source>
        <translation>Le fichier d&apos;échange JSON contient toujours l&apos;ensemble du registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in fol&amp;der</source>
        <translation>Afficher dans le dossie&amp;r</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size</source>
        <translation>&amp;Taille de page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save to</source>
        <translation>Enregistrer &amp;dans</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (.pdf)</source>
        <translation>Document PDF (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (.zip)</source>
        <translation>Tableaux CSV (.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON exchange file (.json)</source>
        <translation>Fichier d&apos;échange JSON (.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No program is set up to open %1.</source>
        <translation>Aucun programme n’est configuré pour ouvrir %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Exporting %n activities…</source>
        <translation>
            <numerusform>Export de %n activité…</numerusform>
            <numerusform>Export de %n activités…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %n activities to %1</source>
        <translation>
            <numerusform>%n activité exportée vers %1</numerusform>
            <numerusform>%n activités exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+155"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet (.xlsx, .ods, .csv) or a ropa exchange file (.json). Nothing is written before the last step.</source>
        <translation>Un tableur (.xlsx, .ods, .csv) ou un fichier d&apos;échange ropa (.json). Rien n&apos;est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import from spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and ropa files (*.xlsx *.ods *.csv *.json);;All files (*)</source>
        <translation>Tableurs et fichiers ropa (*.xlsx *.ods *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ropa&apos;s own Excel export: rows are matched to activities by reference.</source>
        <translation>export Excel de ropa&#xa0;; les lignes sont rapprochées des activités par leur référence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIL “registre simplifié”: one activity per fiche.</source>
        <translation>«&#xa0;registre simplifié&#xa0;» de la CNIL&#xa0;; une activité par fiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ropa exchange file: items are merged by UUID.</source>
        <translation>fichier d&apos;échange ropa&#xa0;; les éléments sont fusionnés par UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another layout: next, match its columns to register fields.</source>
        <translation>autre présentation&#xa0;; à l&apos;étape suivante, associez ses colonnes aux champs du registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised: %1</source>
        <translation>Format reconnu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../ui/models/findings_table.py" line="+50"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract (DPA)</source>
        <translation>Contrat (art. 28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Responsables conjoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decision</source>
        <translation>Décision automatisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controllers served</source>
        <translation>Responsables servis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Accepted on %1: %2</source>
        <translation>Accepté le %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../ui/views/findings.py" line="+60"/>
        <source>Accept finding</source>
        <translation>Accepter le constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You accept this finding knowingly. Say why: the reason is kept in the register and shown in the exports.</source>
        <translation>Vous acceptez ce constat en connaissance de cause. Indiquez pourquoi&#xa0;: le motif est conservé dans le registre et figure dans les exports.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Contract signed on paper, filed in the legal department</source>
        <translation>p. ex. contrat signé sur papier, classé au service juridique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Findings of the checks</source>
        <translation>Constats des contrôles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show accepted</source>
        <translation>Afficher les acceptés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rule</source>
        <translation>&amp;Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concerns</source>
        <translation>&amp;Concerne</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click or press Enter to open the place to fix it</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;endroit à corriger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept…</source>
        <translation>&amp;Accepter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this finding knowingly, with a justification kept in the register</source>
        <translation>Accepter ce constat en connaissance de cause, avec une justification conservée dans le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw acceptance</source>
        <translation>Re&amp;tirer l&apos;acceptation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 errors · %2 warnings · %3 info · %4 accepted</source>
        <translation>Erreurs&#xa0;: %1 · Avertissements&#xa0;: %2 · Infos&#xa0;: %3 · Acceptés&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Accepted: %1</source>
        <translation>Accepté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The change was not saved</source>
        <translation>La modification n&apos;a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../ui/models/history_table.py" line="+67"/>
        <location line="+94"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+130"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule</source>
        <translation>Règle de conservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller served</source>
        <translation>Responsable du traitement servi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject category</source>
        <translation>Catégorie de personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data category</source>
        <translation>Catégorie de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Security measure</source>
        <translation>Mesure de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <translation>Responsable conjoint du traitement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA criteria</source>
        <translation>Critères de l&apos;AIPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA required</source>
        <translation>AIPD requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA status</source>
        <translation>État de l&apos;AIPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA reference</source>
        <translation>Référence de l&apos;AIPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA completed on</source>
        <translation>AIPD réalisée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decision-making</source>
        <translation>Prise de décision automatisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling</source>
        <translation>Profilage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or similar effect</source>
        <translation>Effet juridique ou similaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic involved</source>
        <translation>Logique sous-jacente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Responsables conjoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis reference</source>
        <translation>Disposition légale (art. 6, par. 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 9(2) condition</source>
        <translation>Condition (art. 9, par. 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition reference</source>
        <translation>Disposition légale de la condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting country</source>
        <translation>Pays d&apos;hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer mechanism</source>
        <translation>Mécanisme de transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCC module</source>
        <translation>Module CCT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitive</source>
        <translation>Répétitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA reference</source>
        <translation>Référence de l&apos;AITD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>Date de l&apos;AITD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting event</source>
        <translation>Événement de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Disposition légale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>À l&apos;issue du délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of processing</source>
        <translation>Catégories de traitements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable</source>
        <translation>Vulnérables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category</source>
        <translation>Catégorie particulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal offences data</source>
        <translation>Données pénales (art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA reference</source>
        <translation>Référence du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPF certified</source>
        <translation>Certifié DPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement reference</source>
        <translation>Référence de l&apos;accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register language</source>
        <translation>Langue du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Version du registre</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/views/history.py" line="+127"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load more</source>
        <translation>&amp;Charger la suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next %1 older changes</source>
        <translation>Charger les %1 modifications précédentes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;til</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the %1 newest matching changes</source>
        <translation>les %1 modifications correspondantes les plus récentes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This activity has been deleted</source>
        <translation>Cette activité a été supprimée</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../ui/editor/identity.py" line="+22"/>
        <source>Identity</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the processing activity, its owner and its role (Art. 30(1)(a), 30(2)(a)).</source>
        <translation>Nom de l&apos;activité de traitement, service responsable et rôle (art. 30, par. 1, a), et art. 30, par. 2, a)).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the processing is, in a few words</source>
        <translation>Le traitement en quelques mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens, for whom, with which tools</source>
        <translation>Ce qui est fait, pour qui, avec quels outils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business function responsible, e.g. HR</source>
        <translation>Service responsable, p. ex. RH</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>Des&amp;cription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;le</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>Service responsa&amp;ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint controllers</source>
        <translation>Responsables con&amp;joints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Joint controllers</source>
        <translation>Responsables conjoints</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+355"/>
        <source>Import from spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="+81"/>
        <source>internal error (%1)</source>
        <translation>erreur interne (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+633"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;demo register</source>
        <translation>Ouvrir le registre de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Importer depuis un tableur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New activity from &amp;template…</source>
        <translation>Nouvelle activité à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose register</source>
        <translation>&amp;Fermer le registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+367"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+366"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>&amp;New activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open activity</source>
        <translation>&amp;Ouvrir l&apos;activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dup&amp;licate activity</source>
        <translation>D&amp;upliquer l&apos;activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete activity…</source>
        <translation>&amp;Supprimer l&apos;activité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me activity</source>
        <translation>R&amp;enommer l&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;history of the activity</source>
        <translation>Afficher l&apos;&amp;historique de l&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ropa</source>
        <translation>À &amp;propos de ropa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Registres &amp;récents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The change was not saved</source>
        <translation>La modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select one activity to duplicate.</source>
        <translation>Sélectionnez une seule activité à dupliquer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the activities to delete.</source>
        <translation>Sélectionnez les activités à supprimer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1 “%2”?</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 activities?</source>
        <translation>Supprimer %1 activités&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Vous pouvez annuler la suppression (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 activities</source>
        <translation>Suppression de %1 activités</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (copy)</source>
        <comment>the suggested file name of a copy</comment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ropa registers (*.ropa)</source>
        <translation>Registres ropa (*.ropa)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy saved as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 controller and %2 processor activities</source>
        <translation>Activités&#xa0;: %1 comme responsable du traitement, %2 comme sous-traitant</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ropa %1: the record of processing activities (GDPR Art. 30), kept offline in one file.</source>
        <translation>ropa %1&#xa0;: le registre des activités de traitement (art. 30 RGPD), tenu hors ligne dans un seul fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ropa</source>
        <translation>À propos de ropa</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-344"/>
        <source>Match the columns to register fields</source>
        <translation>Associer les colonnes aux champs du registre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register field</source>
        <translation>Champ du registre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row:</source>
        <translation>Ligne d&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>One row of the sheet is one processing activity. The fields were guessed from the column headers: check them. Columns set to “%1” are not read.</source>
        <translation>Chaque ligne de la feuille est une activité de traitement. Les champs ont été déduits des en-têtes de colonnes&#xa0;: vérifiez-les. Les colonnes réglées sur «&#xa0;%1&#xa0;» ne sont pas lues.</translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>%n columns, %1 of them mapped.</source>
        <translation>
            <numerusform>%n colonne, dont %1 associée.</numerusform>
            <numerusform>%n colonnes, dont %1 associées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the register field of at least one column.</source>
        <translation>Choisissez le champ du registre d&apos;au moins une colonne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each field can hold only one column: %1.</source>
        <translation>Chaque champ ne peut recevoir qu&apos;une seule colonne&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The mapping was not loaded</source>
        <translation>La correspondance n&apos;a pas été chargée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping was not saved.</source>
        <translation>La correspondance n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping saved as %1</source>
        <translation>Correspondance enregistrée sous %1</translation>
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
        <translation>%1 est déjà ouvert dans une autre fenêtre de ropa ou dans un autre programme. Fermez-le d&apos;abord, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was saved by a newer version of ropa. Update ropa to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de ropa. Mettez ropa à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>%1 est endommagé et ne peut pas être ouvert. Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a ropa register, or it no longer exists.</source>
        <translation>%1 n&apos;est pas un registre ropa, ou il n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be changed here (read-only). Copy it to a folder where you can write.</source>
        <translation>%1 ne peut pas être modifié ici (lecture seule). Copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be created there.</source>
        <translation>%1 ne peut pas être créé à cet endroit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a ropa window</source>
        <translation>une fenêtre de ropa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the command “%1”</source>
        <translation>la commande «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 of %3 on the computer %4 (since %5). Close it there, then try again.</source>
        <translation>%1 est ouvert dans %2 de %3 sur l’ordinateur %4 (depuis le %5). Fermez-le là, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open register</source>
        <translation>Impossible d&apos;ouvrir le registre</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="+17"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor activities</source>
        <translation>Activités de sous-traitance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogues</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients &amp; processors</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject categories</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal-data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers overview</source>
        <translation>Aperçu des transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_register.py" line="+54"/>
        <location line="+102"/>
        <source>New register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>register.ropa</source>
        <translation>registre.ropa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal name of the organisation</source>
        <translation>Dénomination de l&apos;organisme</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the register:</source>
        <translation>&amp;Langue du registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start with:</source>
        <translation>Point de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An empty register</source>
        <translation>Un registre vide</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No activities: you add them yourself, or from templates later.</source>
        <translation>Aucune activité&#xa0;: vous les ajoutez vous-même, ou plus tard à partir de modèles.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n draft activities:</source>
        <translation>
            <numerusform>%n activité en brouillon&#xa0;:</numerusform>
            <numerusform>%n activités en brouillon&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ropa registers (*.ropa)</source>
        <translation>Registres ropa (*.ropa)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the register.</source>
        <translation>Choisissez où enregistrer le registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="+334"/>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Indiquer une date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../../ui/views/organisation.py" line="+73"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Controller, DPO and representative</source>
        <translation>Responsable du traitement, DPO et représentant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint controllers (Art. 26)</source>
        <translation>Responsables conjoints (art. 26)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Controller (Art. 30(1)(a))</source>
        <translation>Responsable du traitement (art. 30, par. 1, a))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal name</source>
        <translation>Dénomination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code, city</source>
        <translation>Code postal, ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the register&apos;s exports</source>
        <translation>La langue des exports du registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register language</source>
        <translation>Langue du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register version</source>
        <translation>Version du registre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data protection officer (Art. 37-39)</source>
        <translation>Délégué à la protection des données (art. 37 à 39)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Representative in the Union (Art. 27)</source>
        <translation>Représentant dans l&apos;Union (art. 27)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a controller or processor not established in the Union.</source>
        <translation>Uniquement pour un responsable du traitement ou un sous-traitant qui n&apos;est pas établi dans l&apos;Union.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+10"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Import applies all of this at once, or nothing.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;import applique tout cela en une seule fois, ou rien du tout.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing the file with the register…</source>
        <translation>Comparaison du fichier avec le registre…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The file cannot be imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>Le fichier ne peut pas être importé&#xa0;; rien n&apos;a été modifié. %n problème&#xa0;:</numerusform>
            <numerusform>Le fichier ne peut pas être importé&#xa0;; rien n&apos;a été modifié. %n problèmes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>PurposeRow</name>
    <message>
        <location filename="../../ui/editor/purposes.py" line="+29"/>
        <source>The purpose, e.g. “paying salaries”</source>
        <translation>La finalité, p. ex. «&#xa0;paiement des salaires&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a legal basis —</source>
        <translation>— choisir une base juridique —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Law of 12 April 1965 on the protection of remuneration</source>
        <translation>p. ex. loi du 12 avril 1965 concernant la protection de la rémunération des travailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legitimate interest pursued</source>
        <translation>L&apos;intérêt légitime poursuivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose</source>
        <translation>F&amp;inalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law relied on</source>
        <translation>Disposition légale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
</context>
<context>
    <name>PurposesSection</name>
    <message>
        <location line="+42"/>
        <source>Purposes &amp; legal bases</source>
        <translation>Finalités et bases juridiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the data are processed (Art. 30(1)(b)) and the lawful basis of each purpose (Art. 6(1)).</source>
        <translation>Pourquoi les données sont traitées (art. 30, par. 1, b)) et la base juridique de chaque finalité (art. 6, par. 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Add purpose</source>
        <translation>Ajouter une finalité</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No purpose recorded yet.</source>
        <translation>Aucune finalité enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove purpose</source>
        <translation>Retirer la finalité</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecipientsSection</name>
    <message>
        <location filename="../../ui/editor/recipients.py" line="+228"/>
        <source>Recipients &amp; transfers</source>
        <translation>Destinataires et transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives the data (Art. 30(1)(d)) and transfers outside the EEA with their safeguards (Art. 30(1)(e)).</source>
        <translation>Qui reçoit les données (art. 30, par. 1, d)) et transferts hors de l&apos;EEE avec leurs garanties (art. 30, par. 1, e)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rec&amp;ipients</source>
        <translation>De&amp;stinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers to third countries or international organisations</source>
        <translation>Transferts vers des pays tiers ou à des organisations internationales</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Add transfer</source>
        <translation>Ajouter un transfert</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No transfer outside the EEA recorded.</source>
        <translation>Aucun transfert hors de l&apos;EEE enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove transfer</source>
        <translation>Retirer le transfert</translation>
    </message>
</context>
<context>
    <name>RetentionRow</name>
    <message>
        <location filename="../../ui/editor/retention.py" line="+31"/>
        <source>Search the activity&apos;s data categories</source>
        <translation>Rechercher parmi les catégories de données de l&apos;activité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. end of the employment contract</source>
        <translation>p. ex. fin du contrat de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the period is decided, when no figure can be given</source>
        <translation>Comment la durée est déterminée, lorsqu&apos;aucun chiffre ne peut être donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Art. 2262bis Civil Code; Social Criminal Code</source>
        <translation>p. ex. art. 2262bis du Code civil&#xa0;; Code pénal social</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data &amp;categories</source>
        <translation>Caté&amp;gories de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from / until</source>
        <translation>À compter de / jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Disposition légale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>À l&apos;issue du délai</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location line="+55"/>
        <location line="+23"/>
        <location line="+18"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Envisaged time limits for erasure of the different categories of data (Art. 30(1)(f)).</source>
        <translation>Délais prévus pour l&apos;effacement des différentes catégories de données (art. 30, par. 1, f)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Add retention rule</source>
        <translation>Ajouter une règle de conservation</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No retention rule recorded yet.</source>
        <translation>Aucune règle de conservation enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Remove retention rule</source>
        <translation>Retirer la règle de conservation</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../ui/editor/review.py" line="+20"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the record up to date: review dates and notes (Art. 5(2), accountability).</source>
        <translation>Tenir le registre à jour&#xa0;: dates de revue et notes (art. 5, par. 2, responsabilité).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything a reviewer should know</source>
        <translation>Tout ce qu&apos;il faut savoir pour la revue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last revie&amp;wed</source>
        <translation>Dernière re&amp;vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt review</source>
        <translation>Proc&amp;haine revue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Created / changed</source>
        <translation>Création / modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>created %1, last changed %2</source>
        <translation>créée le %1, modifiée en dernier le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>RopaApp</name>
    <message>
        <location filename="../../ui/app.py" line="-120"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be created.</source>
        <translation>%1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo register cannot be created.</source>
        <translation>Le registre de démonstration ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ropa registers (*.ropa);;All files (*)</source>
        <translation>Registres ropa (*.ropa);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RowWidget</name>
    <message>
        <location filename="../../ui/widgets/rows.py" line="+46"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/editor/base.py" line="+109"/>
        <source>Edit %1: %2</source>
        <translation>Modification de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../ui/editor/security.py" line="+20"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical and organisational security measures (Art. 30(1)(g), Art. 32) and the systems used.</source>
        <translation>Mesures de sécurité techniques et organisationnelles (art. 30, par. 1, g), art. 32) et systèmes utilisés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security &amp;measures</source>
        <translation>&amp;Mesures de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystems</source>
        <translation>Syst&amp;èmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
</context>
<context>
    <name>ServedControllerRow</name>
    <message>
        <location filename="../../ui/editor/controllers.py" line="-103"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Representative (Art. 27)</source>
        <translation>Représentant (art. 27)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we do for this controller, e.g. hosting, support, analytics</source>
        <translation>Ce que nous faisons pour ce responsable du traitement, p. ex. hébergement, support, analyses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories of processin&amp;g</source>
        <translation>Catégor&amp;ies de traitements</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="+30"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next / previous section of the editor</source>
        <translation>Section suivante / précédente de l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between fields</source>
        <translation>Passer d&apos;un champ à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick or untick an item in a list</source>
        <translation>Cocher ou décocher un élément d&apos;une liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../ui/editor/sources.py" line="+28"/>
        <source>e.g. application form, LinkedIn, the employer</source>
        <translation>p. ex. formulaire de candidature, LinkedIn, l&apos;employeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;btained from</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
</context>
<context>
    <name>SourcesSection</name>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where the personal data come from: the data subject (Art. 13) or elsewhere (Art. 14).</source>
        <translation>D&apos;où proviennent les données à caractère personnel&#xa0;: de la personne concernée (art. 13) ou d&apos;ailleurs (art. 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No source recorded yet.</source>
        <translation>Aucune source enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
</context>
<context>
    <name>StartCommands</name>
    <message numerus="yes">
        <location filename="../../ui/start_commands.py" line="+102"/>
        <source>Add %n activities from templates</source>
        <translation>
            <numerusform>Ajout de %n activité à partir d&apos;un modèle</numerusform>
            <numerusform>Ajout de %n activités à partir de modèles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import %1</source>
        <translation>Import de %1</translation>
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
        <translation>Le registre des activités de traitement (article 30 du RGPD), tenu hors ligne dans un seul fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;demo register</source>
        <translation>Ouvrir le registre de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cardify NV, a Belgian SaaS company: 14 activities to explore</source>
        <translation>Cardify NV, une entreprise SaaS belge&#xa0;: 14 activités à explorer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent registers</source>
        <translation>Registres récents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registers you open appear here.</source>
        <translation>Les registres que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of the interface</source>
        <translation>La langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../ui/dialogs/template_picker.py" line="+42"/>
        <source>New activity from template</source>
        <translation>Nouvelle activité à partir d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search templates (name, purpose, keywords)…</source>
        <translation>Rechercher des modèles (nom, finalité, mots-clés)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+66"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Each template becomes a draft activity to review. Ctrl+click to choose several.</source>
        <translation>Chaque modèle devient une activité en brouillon à revoir. Ctrl+clic pour en choisir plusieurs.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 templates</source>
        <translation>%1 sur %2 modèles</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No template matches the search.</source>
        <translation>Aucun modèle ne correspond à la recherche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add %1 activities</source>
        <translation>&amp;Ajouter %1 activités</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The activities were not added</source>
        <translation>Les activités n&apos;ont pas été ajoutées</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <location filename="../../ui/editor/recipients.py" line="-201"/>
        <source>Only for a transfer to an international organisation</source>
        <translation>Uniquement pour un transfert à une organisation internationale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a mechanism —</source>
        <translation>— choisir un mécanisme —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use suggestion</source>
        <translation>Appliquer la suggestion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— choose a module —</source>
        <translation>— choisir un module —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a derogation —</source>
        <translation>— choisir une dérogation —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitive transfer</source>
        <translation>Transfert répétitif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documentation of suitable safeguards (Art. 49(1), second subparagraph)</source>
        <translation>Documentation des garanties appropriées (art. 49, par. 1, deuxième alinéa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. SCC signed 2023-06-01, annex II</source>
        <translation>p. ex. CCT signées le 2023-06-01, annexe II</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer impact assessment reference</source>
        <translation>Référence de l&apos;analyse d&apos;impact du transfert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coun&amp;try</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCC module</source>
        <translation>Module CCT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguards</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA</source>
        <translation>AITD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>Date de l&apos;AITD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— no recipient —</source>
        <translation>— aucun destinataire —</translation>
    </message>
</context>
<context>
    <name>TransferSuggestion</name>
    <message>
        <location line="-93"/>
        <source>%1 is in the EEA: no transfer safeguard is needed.</source>
        <translation>%1 fait partie de l&apos;EEE&#xa0;: aucune garantie de transfert n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adequacy decision for %1: use an Art. 46 safeguard (e.g. standard contractual clauses) or an Art. 49 derogation.</source>
        <translation>Aucune décision d&apos;adéquation pour %1&#xa0;: utilisez une garantie de l&apos;art. 46 (p. ex. des clauses contractuelles types) ou une dérogation de l&apos;art. 49.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not certified under the EU-US Data Privacy Framework: use standard contractual clauses or another Art. 46 safeguard.</source>
        <translation>%1 n&apos;est pas certifié au titre du cadre de protection des données UE-États-Unis&#xa0;: utilisez des clauses contractuelles types ou une autre garantie de l&apos;art. 46.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2: only for recipients certified under the EU-US Data Privacy Framework.</source>
        <translation>%1 du %2&#xa0;: uniquement pour les destinataires certifiés au titre du cadre de protection des données UE-États-Unis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adequacy decision for %1: %2 of %3.</source>
        <translation>Décision d&apos;adéquation pour %1&#xa0;: %2 du %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partial decision: check that the recipient is covered.</source>
        <translation>Décision partielle&#xa0;: vérifiez que le destinataire est couvert.</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <location filename="../../ui/views/transfers.py" line="+88"/>
        <source>Within the EEA</source>
        <translation>Dans l&apos;EEE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The destination is in the EEA: not a third-country transfer</source>
        <translation>La destination fait partie de l&apos;EEE&#xa0;: il ne s&apos;agit pas d&apos;un transfert vers un pays tiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No destination</source>
        <translation>Sans destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The destination country is not recorded</source>
        <translation>Le pays de destination n&apos;est pas indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+346"/>
        <source>No mechanism</source>
        <translation>Sans mécanisme</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>No transfer mechanism (Chapter V) is recorded</source>
        <translation>Aucun mécanisme de transfert (chapitre V) n&apos;est indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not DPF-certified</source>
        <translation>Non certifié DPF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US: the recipient is not certified under the EU-US Data Privacy Framework, so the adequacy decision does not cover this transfer</source>
        <translation>États-Unis&#xa0;: le destinataire n&apos;est pas certifié au titre du cadre de protection des données UE-États-Unis&#xa0;; la décision d&apos;adéquation ne couvre donc pas ce transfert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adequacy (DPF)</source>
        <translation>Adéquation (DPF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy decision in force: the recipient is DPF-certified</source>
        <translation>Décision d&apos;adéquation en vigueur&#xa0;: le destinataire est certifié DPF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPF outside the US</source>
        <translation>DPF hors États-Unis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The EU-US Data Privacy Framework covers only transfers to the United States</source>
        <translation>Le cadre de protection des données UE-États-Unis ne couvre que les transferts vers les États-Unis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient unknown</source>
        <translation>Destinataire inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient not recorded: DPF certification cannot be checked</source>
        <translation>Destinataire non indiqué&#xa0;: la certification DPF ne peut pas être vérifiée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No adequacy decision</source>
        <translation>Pas de décision d&apos;adéquation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No adequacy decision is in force for this country</source>
        <translation>Aucune décision d&apos;adéquation n&apos;est en vigueur pour ce pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partial adequacy</source>
        <translation>Adéquation partielle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The adequacy decision covers only some recipients: check that this recipient is covered</source>
        <translation>La décision d&apos;adéquation ne couvre que certains destinataires&#xa0;: vérifiez que ce destinataire est couvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adequacy decision</source>
        <translation>Décision d&apos;adéquation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adequacy decision in force (Art. 45)</source>
        <translation>Décision d&apos;adéquation en vigueur (art. 45)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Derogation missing</source>
        <translation>Dérogation manquante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Art. 49 derogation relied on is not specified</source>
        <translation>La dérogation de l&apos;art. 49 invoquée n&apos;est pas précisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitive derogation</source>
        <translation>Dérogation répétitive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 49 derogations are for occasional transfers, not repetitive ones</source>
        <translation>Les dérogations de l&apos;art. 49 visent des transferts occasionnels, non répétitifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document safeguards</source>
        <translation>Documenter les garanties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compelling legitimate interests: document the assessment and the safeguards (Art. 49(6))</source>
        <translation>Intérêts légitimes impérieux&#xa0;: documentez l&apos;évaluation et les garanties (art. 49, par. 6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+342"/>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Derogation for a specific situation (Art. 49)</source>
        <translation>Dérogation pour une situation particulière (art. 49)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCC module missing</source>
        <translation>Module CCT manquant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The module of the standard contractual clauses is not recorded</source>
        <translation>Le module des clauses contractuelles types n&apos;est pas indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No TIA</source>
        <translation>Pas d&apos;AITD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No transfer impact assessment is recorded for these safeguards</source>
        <translation>Aucune analyse d&apos;impact du transfert n&apos;est enregistrée pour ces garanties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <source>Safeguards</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>Appropriate safeguards documented (Art. 46)</source>
        <translation>Garanties appropriées documentées (art. 46)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No transfer recorded</source>
        <translation>Transfert non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity discloses data to a recipient outside the EEA, but no transfer is recorded</source>
        <translation>L&apos;activité communique des données à un destinataire situé hors de l&apos;EEE, mais aucun transfert n&apos;est enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="-339"/>
        <location line="+340"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>EEA / adequacy</source>
        <translation>EEE / adéquation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+342"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+342"/>
        <source>SCC module</source>
        <translation>Module CCT</translation>
    </message>
    <message>
        <location line="-340"/>
        <location line="+344"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>TIA reference</source>
        <translation>Réf. AITD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIA date</source>
        <translation>Date AITD</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Transfers to third countries</source>
        <translation>Transferts vers des pays tiers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only transfers needing attention</source>
        <translation>Seulement les transferts à examiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mechanism</source>
        <translation>&amp;Mécanisme</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;activité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All mechanisms</source>
        <translation>Tous les mécanismes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 shown of %2 · %3 without a valid ground · %4 to check</source>
        <translation>%1 affichés sur %2 · %3 sans fondement valable · %4 à vérifier</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repetitive</source>
        <translation>Répétitif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIA</source>
        <translation>AITD</translation>
    </message>
</context>
<context>
    <name>VersionsCommands</name>
    <message>
        <location filename="../../ui/versions_commands.py" line="+31"/>
        <source>Restore %1 from %2</source>
        <translation>Restauration de %1 depuis %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore the register from %1</source>
        <translation>Restauration du registre depuis %1</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ui/views/versions.py" line="+68"/>
        <source>Freeze a version</source>
        <translation>Figer une version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A frozen version keeps the register as it is now, inside the file. It can never be changed; exports made from it carry its name and fingerprint.</source>
        <translation>Une version figée conserve le registre tel qu&apos;il est maintenant, à l&apos;intérieur du fichier. Elle ne peut jamais être modifiée&#xa0;; les exports réalisés à partir d&apos;elle portent son nom et son empreinte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 2026 annual review</source>
        <translation>p. ex. revue annuelle 2026</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approuvée par&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A version with this name already exists.</source>
        <translation>Une version porte déjà ce nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name is reserved for the current register.</source>
        <translation>Ce nom est réservé au registre actuel.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free&amp;ze version…</source>
        <translation>&amp;Figer une version…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen on (UTC)</source>
        <translation>Figée le (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen by</source>
        <translation>Figée par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No frozen version yet. Freeze the register before an audit or an annual review to be able to show later what changed since.</source>
        <translation>Aucune version figée pour l&apos;instant. Figez le registre avant un audit ou une revue annuelle pour pouvoir montrer plus tard ce qui a changé depuis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;activity</source>
        <translation>Restaurer l&apos;&amp;activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;register…</source>
        <translation>Restaurer le &amp;registre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Frozen version “%1” (fingerprint %2)</source>
        <translation>Version «&#xa0;%1&#xa0;» figée (empreinte %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Export change report</source>
        <translation>Exporter le rapport de modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Document PDF (*.pdf);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change report written to %1</source>
        <translation>Rapport de modifications écrit dans %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bring it back to its state in “%1”</source>
        <translation>Revenir à l&apos;état de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the register</source>
        <translation>Restaurer le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the whole register back to its state in “%1”?</source>
        <translation>Ramener tout le registre à son état dans «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities added since are removed, and every change since is reverted. This is recorded in the history and can be undone (Ctrl+Z).</source>
        <translation>Les activités ajoutées depuis sont supprimées, et toutes les modifications faites depuis sont annulées. Cette opération est consignée dans l&apos;historique et peut être annulée (Ctrl+Z).</translation>
    </message>
</context>
</TS>
