<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sw::project::Project</name>
    <message numerus="yes">
        <source>Move %n clip(s)</source>
        <translation>
            <numerusform>Move %n clip</numerusform>
            <numerusform>Move %n clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::scoring</name>
    <message numerus="yes">
        <source>Planned %n bar(s)</source>
        <translation>
            <numerusform>Planned %n bar</numerusform>
            <numerusform>Planned %n bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Composed %n note(s)</source>
        <translation>
            <numerusform>Composed %n note</numerusform>
            <numerusform>Composed %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::AudioGuidance</name>
    <message numerus="yes">
        <source>%1: %n note(s) written down; arranging the band around them</source>
        <translation>
            <numerusform>%1: %n note written down; arranging the band around it</numerusform>
            <numerusform>%1: %n notes written down; arranging the band around them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::Inspector</name>
    <message numerus="yes">
        <source>From %1 for %2; %n take(s)</source>
        <translation>
            <numerusform>From %1 for %2; %n take</numerusform>
            <numerusform>From %1 for %2; %n takes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s), stressed ones in bold:</source>
        <translation>
            <numerusform>%n syllable, stressed ones in bold:</numerusform>
            <numerusform>%n syllables, stressed ones in bold:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of %1</source>
        <translation>
            <numerusform>%n note of %1</numerusform>
            <numerusform>%n notes of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marker</numerusform>
            <numerusform>%n markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n music region(s)</source>
        <translation>
            <numerusform>%n music region</numerusform>
            <numerusform>%n music regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n clip(s)</source>
        <translation>
            <numerusform>Cut %n clip</numerusform>
            <numerusform>Cut %n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n clip(s)</source>
        <translation>
            <numerusform>Copied %n clip</numerusform>
            <numerusform>Copied %n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n clip(s)</source>
        <translation>
            <numerusform>Paste %n clip</numerusform>
            <numerusform>Paste %n clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::MidiActions</name>
    <message numerus="yes">
        <source>%1: %n recorded note(s)</source>
        <translation>
            <numerusform>%1: %n recorded note</numerusform>
            <numerusform>%1: %n recorded notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::MusicJobs</name>
    <message numerus="yes">
        <source>%1: %n sung note(s)</source>
        <translation>
            <numerusform>%1: %n sung note</numerusform>
            <numerusform>%1: %n sung notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>Exported %n file</numerusform>
            <numerusform>Exported %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ProjectOutline</name>
    <message numerus="yes">
        <source>%n take(s)</source>
        <translation>
            <numerusform>%n take</numerusform>
            <numerusform>%n takes</numerusform>
        </translation>
    </message>
</context>
</TS>
