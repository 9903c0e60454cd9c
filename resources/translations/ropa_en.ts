<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message numerus="yes">
        <location filename="../../ui/views/activities.py" line="+278"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../../ui/models/activity_table.py" line="+307"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message numerus="yes">
        <location filename="../../ui/views/catalogue.py" line="+454"/>
        <source>“%1” is used by %n activities. Deleting it removes it from:</source>
        <translation>
            <numerusform>“%1” is used by %n activity. Deleting it removes it from:</numerusform>
            <numerusform>“%1” is used by %n activities. Deleting it removes it from:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 items are used by %n activities. Deleting them removes them from:</source>
        <translation>
            <numerusform>%1 items are used by %n activity. Deleting them removes them from:</numerusform>
            <numerusform>%1 items are used by %n activities. Deleting them removes them from:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Used by %n activities:</source>
        <translation>
            <numerusform>Used by %n activity:</numerusform>
            <numerusform>Used by %n activities:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+264"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard.py" line="+266"/>
        <source>%n findings accepted with a justification</source>
        <translation>
            <numerusform>%n finding accepted with a justification</numerusform>
            <numerusform>%n findings accepted with a justification</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export.py" line="+343"/>
        <source>Exporting %n activities…</source>
        <translation>
            <numerusform>Exporting %n activity…</numerusform>
            <numerusform>Exporting %n activities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %n activities to %1</source>
        <translation>
            <numerusform>Exported %n activity to %1</numerusform>
            <numerusform>Exported %n activities to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../ui/views/history.py" line="+286"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="+386"/>
        <source>%n columns, %1 of them mapped.</source>
        <translation>
            <numerusform>%n column, %1 of them mapped.</numerusform>
            <numerusform>%n columns, %1 of them mapped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/new_register.py" line="+152"/>
        <source>%n draft activities:</source>
        <translation>
            <numerusform>%n draft activity:</numerusform>
            <numerusform>%n draft activities:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="+147"/>
        <source>The file cannot be imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>The file cannot be imported; nothing was changed. %n problem:</numerusform>
            <numerusform>The file cannot be imported; nothing was changed. %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartCommands</name>
    <message numerus="yes">
        <location filename="../../ui/start_commands.py" line="+102"/>
        <source>Add %n activities from templates</source>
        <translation>
            <numerusform>Add %n activity from templates</numerusform>
            <numerusform>Add %n activities from templates</numerusform>
        </translation>
    </message>
</context>
</TS>
