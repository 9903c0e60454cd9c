<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesView</name>
    <message numerus="yes">
        <location filename="../../ui/views/activities.py" line="+263"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="+532"/>
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
