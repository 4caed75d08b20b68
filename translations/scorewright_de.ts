<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
</context>
<context>
    <name>sw::devices</name>
    <message>
        <source>Recorded melody</source>
        <translation>Aufgenommene Melodie</translation>
    </message>
    <message>
        <source>the MIDI port &quot;%1&quot; is not there (was the device unplugged or the program closed?)</source>
        <translation>der MIDI-Port „%1“ ist nicht vorhanden (wurde das Gerät getrennt oder das Programm beendet?)</translation>
    </message>
    <message>
        <source>no MIDI system is available (%1); MIDI devices cannot be used, everything else works</source>
        <translation>kein MIDI-System verfügbar (%1); MIDI-Geräte können nicht verwendet werden, alles andere funktioniert</translation>
    </message>
    <message>
        <source>the ALSA sequencer, /dev/snd/seq, cannot be opened</source>
        <translation>der ALSA-Sequencer /dev/snd/seq lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>sw::engine</name>
    <message>
        <source>the plan has no bars: there is nothing to compose (is the timeline empty?)</source>
        <translation>der Plan hat keine Takte: es gibt nichts zu komponieren (ist die Zeitleiste leer?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the plan has no bars: there is nothing to regenerate</source>
        <translation>der Plan hat keine Takte: es gibt nichts neu zu erzeugen</translation>
    </message>
    <message>
        <source>bars %1-%2 are outside the plan&apos;s %3 bars</source>
        <translation>die Takte %1-%2 liegen außerhalb der %3 Takte des Plans</translation>
    </message>
    <message>
        <source>no track chosen to regenerate</source>
        <translation>keine Spur zum neu Erzeugen gewählt</translation>
    </message>
    <message>
        <source>line %1 is not in the lyrics (%2 lines)</source>
        <translation>Zeile %1 steht nicht im Text (%2 Zeilen)</translation>
    </message>
    <message>
        <source>the lyrics have no syllables to sing</source>
        <translation>der Text hat keine Silben zum Singen</translation>
    </message>
    <message>
        <source>the melody has %1 notes for %2 syllables: it was not written for these lyrics</source>
        <translation>die Melodie hat %1 Noten für %2 Silben: sie wurde nicht für diesen Text geschrieben</translation>
    </message>
    <message>
        <source>the voice range must span at least a fifth</source>
        <translation>der Stimmumfang muss mindestens eine Quinte umfassen</translation>
    </message>
    <message>
        <source>no pitch of the key fits the voice range</source>
        <translation>keine Tonhöhe der Tonart passt in den Stimmumfang</translation>
    </message>
    <message>
        <source>%1: the %2&apos;s model card is missing; the weights cannot be checked</source>
        <translation>%1: die Modellkarte des %2 fehlt; die Gewichte können nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1: the model card gives no sha256 for the weights</source>
        <translation>%1: die Modellkarte nennt keine sha256 für die Gewichte</translation>
    </message>
    <message>
        <source>%1: the %2&apos;s weights file is missing (%3); restore models/ from the repository or run `scorewright-cli train %2`</source>
        <translation>%1: die Gewichtsdatei des %2 fehlt (%3); stellen Sie models/ aus dem Repository wieder her oder führen Sie `scorewright-cli train %2` aus</translation>
    </message>
    <message>
        <source>%1: the weights do not match the SHA-256 of the model card %2 (damaged, or from another model version)</source>
        <translation>%1: die Gewichte passen nicht zur SHA-256 der Modellkarte %2 (beschädigt oder von einer anderen Modellversion)</translation>
    </message>
    <message>
        <source>the lyric clips have no syllables to sing</source>
        <translation>die Textclips haben keine Silben zum Singen</translation>
    </message>
    <message>
        <source>key %1 from the pinned melody</source>
        <translation>Tonart %1 aus der festgelegten Melodie</translation>
    </message>
    <message>
        <source>the melody to arrange around has no notes</source>
        <translation>die Melodie, um die arrangiert werden soll, hat keine Noten</translation>
    </message>
    <message>
        <source>the vocal line has %1 notes but the lyrics now have %2 syllables; write the melody to the lyrics again</source>
        <translation>die Gesangsstimme hat %1 Noten, der Text aber jetzt %2 Silben; schreiben Sie die Melodie zum Text neu</translation>
    </message>
    <message>
        <source>choose a sung note of the vocal line</source>
        <translation>wählen Sie eine gesungene Note der Gesangsstimme</translation>
    </message>
    <message>
        <source>the take has no vocal line yet</source>
        <translation>der Take hat noch keine Gesangsstimme</translation>
    </message>
    <message>
        <source>between beats (bar %1)</source>
        <translation>zwischen den Schlägen (Takt %1)</translation>
    </message>
    <message>
        <source>on beat %1 of bar %2</source>
        <translation>auf Schlag %1 von Takt %2</translation>
    </message>
    <message>
        <source>%1 syllables in %2 s, %3 a second: more than a singer says clearly (about %4); lengthen the clip or cut words</source>
        <translation>%1 Silben in %2 s, %3 pro Sekunde: mehr, als ein Sänger deutlich sagt (etwa %4); den Clip verlängern oder Wörter streichen</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is stressed but sung %3, where &quot;%4&quot; beside it has the stronger beat</source>
        <translation>Zeile %1: „%2“ ist betont, wird aber %3 gesungen, während „%4“ daneben den stärkeren Schlag hat</translation>
    </message>
</context>
<context>
    <name>sw::jobs::Task</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Unerwarteter Fehler.</translation>
    </message>
    <message>
        <source>%1 failed without saying why.</source>
        <translation>%1 ist ohne Angabe eines Grundes fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>sw::media</name>
    <message>
        <source>has no audio stream</source>
        <translation>hat keine Tonspur</translation>
    </message>
    <message>
        <source>%1: no decoder for this codec is installed</source>
        <translation>%1: für diesen Codec ist kein Decoder installiert</translation>
    </message>
    <message>
        <source>%1: cannot open the decoder (%2)</source>
        <translation>%1: der Decoder lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>decoding was cancelled</source>
        <translation>das Dekodieren wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot convert this sample format</source>
        <translation>%1: dieses Sample-Format kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>%1: longer than the %2 hours Scorewright decodes at once</source>
        <translation>%1: länger als die %2 Stunden, die Scorewright auf einmal dekodiert</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a media file FFmpeg can read (%1)</source>
        <translation>keine Mediendatei, die FFmpeg lesen kann (%1)</translation>
    </message>
    <message>
        <source>cannot read the streams (%1)</source>
        <translation>die Datenströme können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no %1 encoder is installed</source>
        <translation>kein %1-Encoder ist installiert</translation>
    </message>
    <message>
        <source>the %1 encoder takes no sample format Scorewright writes</source>
        <translation>der %1-Encoder nimmt kein Sample-Format, das Scorewright schreibt</translation>
    </message>
    <message>
        <source>cannot start the %1 encoder (%2)</source>
        <translation>der %1-Encoder lässt sich nicht starten (%2)</translation>
    </message>
    <message>
        <source>there is no soundtrack to put under the video</source>
        <translation>es gibt keinen Soundtrack, der unter das Video gelegt werden kann</translation>
    </message>
    <message>
        <source>%1: has no video stream</source>
        <translation>%1: hat keine Videospur</translation>
    </message>
    <message>
        <source>cannot create a %1 file</source>
        <translation>eine %1-Datei kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the file header</source>
        <translation>der Dateikopf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot convert frames of this pixel format</source>
        <translation>%1: Bilder dieses Pixelformats können nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>has no video stream</source>
        <translation>hat keine Videospur</translation>
    </message>
    <message>
        <source>%1: frames of %2 x %3 pixels are larger than Scorewright reads</source>
        <translation>%1: Bilder mit %2 x %3 Pixeln sind größer, als Scorewright liest</translation>
    </message>
    <message>
        <source>no video is open</source>
        <translation>kein Video ist geöffnet</translation>
    </message>
    <message>
        <source>%1: too many frames cannot be decoded (%2)</source>
        <translation>%1: zu viele Bilder lassen sich nicht dekodieren (%2)</translation>
    </message>
    <message>
        <source>%1: the video data is damaged (%2)</source>
        <translation>%1: die Videodaten sind beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: cannot seek to %2 s (%3)</source>
        <translation>%1: Sprung zu %2 s nicht möglich (%3)</translation>
    </message>
    <message>
        <source>a video is written as .mp4, .mov or .mkv</source>
        <translation>ein Video wird als .mp4, .mov oder .mkv geschrieben</translation>
    </message>
    <message>
        <source>%1: the picture size cannot be read (the file is damaged or not a picture)</source>
        <translation>%1: die Bildgröße ist nicht lesbar (die Datei ist beschädigt oder kein Bild)</translation>
    </message>
    <message>
        <source>no temporary file can be made in %1 (%2): long audio is rendered there; set TMPDIR to a folder with room</source>
        <translation>in %1 kann keine temporäre Datei angelegt werden (%2): lange Audiodaten werden dort gerendert; setzen Sie TMPDIR auf einen Ordner mit genug Platz</translation>
    </message>
    <message>
        <source>writing audio to the temporary folder %1 failed: %2</source>
        <translation>das Schreiben von Audiodaten in den temporären Ordner %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>reading audio back from the temporary folder %1 failed: %2</source>
        <translation>das Lesen von Audiodaten aus dem temporären Ordner %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the temporary folder %1 is full (%2 free): long audio is rendered there; free some space or set TMPDIR to a folder with room</source>
        <translation>der temporäre Ordner %1 ist voll (%2 frei): lange Audiodaten werden dort gerendert; schaffen Sie Platz oder setzen Sie TMPDIR auf einen Ordner mit genug Platz</translation>
    </message>
    <message>
        <source>finishing the file failed</source>
        <translation>das Abschließen der Datei ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>sw::music</name>
    <message>
        <source>is not a regular file and cannot be replaced</source>
        <translation>ist keine reguläre Datei und kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>is read-only or belongs to another user, so it was not replaced; choose another name</source>
        <translation>ist schreibgeschützt oder gehört jemand anderem und wurde nicht ersetzt; wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>the folder cannot be written (%1)</source>
        <translation>in den Ordner kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the finished file could not be put in place (%1)</source>
        <translation>die fertige Datei konnte nicht an ihren Platz gelegt werden (%1)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>the disk is full: %1 free in %2, the file needs %3</source>
        <translation>das Laufwerk ist voll: %1 frei in %2, die Datei braucht %3</translation>
    </message>
    <message>
        <source>the disk is full: %1 free in %2</source>
        <translation>das Laufwerk ist voll: %1 frei in %2</translation>
    </message>
</context>
<context>
    <name>sw::project</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a readable project file (%1 at byte %2); it may be truncated or damaged</source>
        <translation>keine lesbare Projektdatei (%1 bei Byte %2); sie ist vielleicht abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>not a Scorewright project (the format field is missing)</source>
        <translation>kein Scorewright-Projekt (das Feld „format“ fehlt)</translation>
    </message>
    <message>
        <source>saved by a newer version of Scorewright (project format %1; this version reads formats %2 to %3); open it with a newer Scorewright</source>
        <translation>von einer neueren Scorewright-Version gespeichert (Projektformat %1; diese Version liest die Formate %2 bis %3); öffnen Sie es mit einer neueren Scorewright-Version</translation>
    </message>
    <message>
        <source>unknown project format version %1</source>
        <translation>unbekannte Projektformat-Version %1</translation>
    </message>
    <message>
        <source>the project is inconsistent: %1</source>
        <translation>das Projekt ist widersprüchlich: %1</translation>
    </message>
    <message>
        <source>Media file not found: %1. Its clips stay on the timeline, offline, until the file is relinked.</source>
        <translation>Mediendatei nicht gefunden: %1. Ihre Clips bleiben offline auf der Zeitleiste, bis die Datei neu verknüpft wird.</translation>
    </message>
    <message>
        <source>%1 was not saved: the project is inconsistent (%2). The file on disk is unchanged.</source>
        <translation>%1 wurde nicht gespeichert: das Projekt ist widersprüchlich (%2). Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. The file on disk is unchanged; choose another folder with Save As.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die Datei auf dem Datenträger ist unverändert; wählen Sie mit „Speichern unter“ einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1: ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2 MB is larger than any project file can be (%3 MB)</source>
        <translation>%1: %2 MB ist größer, als eine Projektdatei sein kann (%3 MB)</translation>
    </message>
    <message>
        <source>the folder cannot be written (%1)</source>
        <translation>in den Ordner kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>writing failed (%1); the disk may be full</source>
        <translation>das Schreiben ist fehlgeschlagen (%1); der Datenträger ist vielleicht voll</translation>
    </message>
    <message>
        <source>the written file did not read back identically</source>
        <translation>die geschriebene Datei ließ sich nicht identisch zurücklesen</translation>
    </message>
    <message>
        <source>the new file could not replace the old one (%1)</source>
        <translation>die neue Datei konnte die alte nicht ersetzen (%1)</translation>
    </message>
    <message>
        <source>converted times from seconds (format 1) to microseconds (format 2)</source>
        <translation>Zeiten von Sekunden (Format 1) in Mikrosekunden (Format 2) umgerechnet</translation>
    </message>
    <message>
        <source>format 3 adds the plan&apos;s pins; none were set</source>
        <translation>Format 3 ergänzt die Festlegungen des Plans; keine waren gesetzt</translation>
    </message>
    <message>
        <source>format 4 adds controllers (pan, sends, pedal, bends) to tracks; none were set</source>
        <translation>Format 4 ergänzt Spuren um Controller (Panorama, Sends, Pedal, Pitch-Bends); keine waren gesetzt</translation>
    </message>
    <message>
        <source>no migration from project format %1</source>
        <translation>keine Umwandlung aus Projektformat %1</translation>
    </message>
    <message>
        <source>format 5 adds locked notes; none were locked</source>
        <translation>Format 5 ergänzt gesperrte Noten; keine waren gesperrt</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1: ist keine normale Datei</translation>
    </message>
</context>
<context>
    <name>sw::project::Project</name>
    <message>
        <source>An element with this id is already in the project.</source>
        <translation>Ein Element mit dieser Kennung ist bereits im Projekt.</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>The source audio gain must lie between -96 dB and +24 dB.</source>
        <translation>Die Lautstärke des Originaltons muss zwischen -96 dB und +24 dB liegen.</translation>
    </message>
    <message>
        <source>Change source audio</source>
        <translation>Originalton ändern</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Plan ändern</translation>
    </message>
    <message>
        <source>Add %1 clip</source>
        <translation>%1-Clip hinzufügen</translation>
    </message>
    <message>
        <source>The clip no longer exists.</source>
        <translation>Der Clip existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A clip cannot start before the beginning of the timeline.</source>
        <translation>Ein Clip kann nicht vor dem Anfang der Zeitleiste beginnen.</translation>
    </message>
    <message>
        <source>Move clip</source>
        <translation>Clip verschieben</translation>
    </message>
    <message>
        <source>A clip cannot be trimmed to nothing.</source>
        <translation>Ein Clip kann nicht auf nichts gekürzt werden.</translation>
    </message>
    <message>
        <source>The clip cannot start before the beginning of its media.</source>
        <translation>Der Clip kann nicht vor dem Anfang seines Mediums beginnen.</translation>
    </message>
    <message>
        <source>Trim clip</source>
        <translation>Clip trimmen</translation>
    </message>
    <message>
        <source>The split point must lie inside the clip.</source>
        <translation>Der Schnittpunkt muss innerhalb des Clips liegen.</translation>
    </message>
    <message>
        <source>Split clip</source>
        <translation>Clip teilen</translation>
    </message>
    <message>
        <source>Only prompt and lyric clips hold text.</source>
        <translation>Nur Prompt- und Textclips enthalten Text.</translation>
    </message>
    <message>
        <source>A prompt cannot be empty.</source>
        <translation>Ein Prompt darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A lyric line cannot be empty.</source>
        <translation>Eine Textzeile darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Prompt bearbeiten</translation>
    </message>
    <message>
        <source>Edit lyrics</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Choose the file to use instead.</source>
        <translation>Wählen Sie die Datei, die stattdessen verwendet werden soll.</translation>
    </message>
    <message>
        <source>No clip uses %1.</source>
        <translation>Kein Clip verwendet %1.</translation>
    </message>
    <message>
        <source>Relink media</source>
        <translation>Medien neu verknüpfen</translation>
    </message>
    <message>
        <source>Add hit point</source>
        <translation>Trefferpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>Marker hinzufügen</translation>
    </message>
    <message>
        <source>The marker no longer exists.</source>
        <translation>Der Marker existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Move marker</source>
        <translation>Marker verschieben</translation>
    </message>
    <message>
        <source>Add music region</source>
        <translation>Musikbereich hinzufügen</translation>
    </message>
    <message>
        <source>The music region no longer exists.</source>
        <translation>Der Musikbereich existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Move music</source>
        <translation>Musik verschieben</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Take %1</translation>
    </message>
    <message>
        <source>Add take</source>
        <translation>Take hinzufügen</translation>
    </message>
    <message>
        <source>There is no take %1 in this region.</source>
        <translation>In diesem Bereich gibt es keinen Take %1.</translation>
    </message>
    <message>
        <source>Choose take</source>
        <translation>Take wählen</translation>
    </message>
    <message>
        <source>An element to delete no longer exists.</source>
        <translation>Ein zu löschendes Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Element löschen</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>%1 Elemente löschen</translation>
    </message>
    <message>
        <source>The music region has no take to edit.</source>
        <translation>Der Musikbereich hat keinen Take zum Bearbeiten.</translation>
    </message>
    <message>
        <source>The take has no track %1.</source>
        <translation>Der Take hat keine Spur %1.</translation>
    </message>
    <message>
        <source>A note cannot go beyond the MIDI range (C-1 to G9).</source>
        <translation>Eine Note kann den MIDI-Umfang (C-1 bis G9) nicht verlassen.</translation>
    </message>
    <message>
        <source>A note cannot start before the beginning of the take.</source>
        <translation>Eine Note kann nicht vor dem Anfang des Takes beginnen.</translation>
    </message>
    <message>
        <source>A note cannot be shortened to nothing.</source>
        <translation>Eine Note kann nicht auf nichts verkürzt werden.</translation>
    </message>
    <message>
        <source>A note&apos;s velocity lies between 1 and 127.</source>
        <translation>Die Anschlagstärke einer Note liegt zwischen 1 und 127.</translation>
    </message>
    <message>
        <source>A marker needs a name.</source>
        <translation>Eine Marke braucht einen Namen.</translation>
    </message>
    <message>
        <source>Make marker a hit point</source>
        <translation>Marke zum Trefferpunkt machen</translation>
    </message>
    <message>
        <source>Make hit point a marker</source>
        <translation>Trefferpunkt zur Marke machen</translation>
    </message>
    <message>
        <source>Rename marker to %1</source>
        <translation>Marke in %1 umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n clip(s)</source>
        <translation>
            <numerusform>%n Clip verschieben</numerusform>
            <numerusform>%n Clips verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::render</name>
    <message>
        <source>the soundfont %1 does not exist; choose another .sf2 or .sf3 file</source>
        <translation>die Soundfont %1 existiert nicht; wählen Sie eine andere .sf2- oder .sf3-Datei</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: no picture to put the music under</source>
        <translation>%1: kein Bild, unter das die Musik gelegt werden kann</translation>
    </message>
    <message>
        <source>nothing to export: choose at least one file to write</source>
        <translation>nichts zu exportieren: wählen Sie mindestens eine Datei, die geschrieben werden soll</translation>
    </message>
    <message>
        <source>WAV files are 16 or 24 bit, not %1</source>
        <translation>WAV-Dateien haben 16 oder 24 Bit, nicht %1</translation>
    </message>
    <message>
        <source>a video with the new soundtrack needs the video to put it under</source>
        <translation>ein Video mit dem neuen Soundtrack braucht das Video, unter das er gelegt wird</translation>
    </message>
    <message>
        <source>unknown loudness preset &quot;%1&quot; (web, podcast or broadcast)</source>
        <translation>unbekannte Lautheitsvorgabe „%1“ (web, podcast oder broadcast)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: not a soundfont FluidSynth can load</source>
        <translation>%1: keine Soundfont, die FluidSynth laden kann</translation>
    </message>
    <message>
        <source>no soundfont is loaded</source>
        <translation>keine Soundfont ist geladen</translation>
    </message>
    <message>
        <source>the score has no track %1</source>
        <translation>die Partitur hat keine Spur %1</translation>
    </message>
    <message>
        <source>rendering was cancelled</source>
        <translation>das Rendern wurde abgebrochen</translation>
    </message>
    <message>
        <source>the soundfont %1 is a folder; choose the .sf2 or .sf3 file in it</source>
        <translation>die Soundfont %1 ist ein Ordner; wähle die .sf2- oder .sf3-Datei darin</translation>
    </message>
    <message>
        <source>the soundfont %1 is not a regular file; choose a .sf2 or .sf3 file</source>
        <translation>die Soundfont %1 ist keine normale Datei; wähle eine .sf2- oder .sf3-Datei</translation>
    </message>
    <message>
        <source>the soundfont %1 cannot be read (permissions); choose another .sf2 or .sf3 file</source>
        <translation>die Soundfont %1 ist nicht lesbar (Rechte); wähle eine andere .sf2- oder .sf3-Datei</translation>
    </message>
    <message>
        <source>%1 is the video the music is put under; writing it would destroy it: choose another name</source>
        <translation>%1 ist das Video, unter das die Musik kommt; es zu schreiben würde es zerstören: wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: the mix can be written as %2</source>
        <translation>%1: die Mischung kann als %2 geschrieben werden</translation>
    </message>
    <message>
        <source>%1: MIDI is written as %2</source>
        <translation>%1: MIDI wird als %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: MusicXML is written as %2</source>
        <translation>%1: MusicXML wird als %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: a video with the new soundtrack can be written as %2</source>
        <translation>%1: ein Video mit der neuen Tonspur kann als %2 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>sw::scoring</name>
    <message>
        <source>There is nothing on the timeline to plan music for.</source>
        <translation>Auf der Zeitleiste gibt es nichts, wofür Musik geplant werden kann.</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>Die Modelle werden geladen</translation>
    </message>
    <message>
        <source>There are no lyrics on the timeline to sing. Add a lyric clip with the words.</source>
        <translation>Auf der Zeitleiste stehen keine Liedtexte zum Singen. Füge einen Textclip mit den Worten hinzu.</translation>
    </message>
    <message>
        <source>Reading the picture and the prompts</source>
        <translation>Bild und Prompts werden gelesen</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Wird geplant</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n bar(s)</source>
        <translation>
            <numerusform>%n Takt geplant</numerusform>
            <numerusform>%n Takte geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Wird komponiert</translation>
    </message>
    <message>
        <source>Singing the lyrics</source>
        <translation>Der Text wird gesungen</translation>
    </message>
    <message numerus="yes">
        <source>Composed %n note(s)</source>
        <translation>
            <numerusform>%n Note komponiert</numerusform>
            <numerusform>%n Noten komponiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the music</source>
        <translation>Die Musik planen</translation>
    </message>
    <message>
        <source>Regenerate bars %1-%2</source>
        <translation>Takte %1-%2 neu erzeugen</translation>
    </message>
    <message>
        <source>Arrange around the melody</source>
        <translation>Um die Melodie arrangieren</translation>
    </message>
    <message>
        <source>Score the video</source>
        <translation>Das Video vertonen</translation>
    </message>
    <message>
        <source>Take %1 (arranged)</source>
        <translation>Take %1 (arrangiert)</translation>
    </message>
    <message>
        <source>Take %1 (bars %2-%3 new)</source>
        <translation>Take %1 (Takte %2-%3 neu)</translation>
    </message>
    <message>
        <source>Take %1 (sung)</source>
        <translation>Take %1 (gesungen)</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Take %1</translation>
    </message>
    <message>
        <source>Nothing was composed.</source>
        <translation>Es wurde nichts komponiert.</translation>
    </message>
    <message>
        <source>The music region was removed; the new take was not added.</source>
        <translation>Der Musikbereich wurde entfernt; der neue Take wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vertonen</translation>
    </message>
    <message>
        <source>%1 was not composed from the plan alone (it is %2); it cannot be made again from its provenance</source>
        <translation>%1 wurde nicht allein aus dem Plan komponiert (es ist %2); es kann nicht aus seiner Herkunft neu erzeugt werden</translation>
    </message>
    <message>
        <source>a regeneration of %1</source>
        <translation>eine Neugenerierung von %1</translation>
    </message>
    <message>
        <source>an arrangement around %1</source>
        <translation>ein Arrangement um %1</translation>
    </message>
    <message>
        <source>the prompts or the plan&apos;s pins have changed since %1 was made; it cannot be made again as it was</source>
        <translation>die Prompts oder die Festlegungen des Plans haben sich geändert, seit %1 entstand; es kann nicht genau so neu erzeugt werden</translation>
    </message>
    <message>
        <source>Write down %1</source>
        <translation>%1 aufschreiben</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
</context>
<context>
    <name>sw::ui</name>
    <message>
        <source>No translation into %1 was found in %2.</source>
        <translation>Keine Übersetzung ins %1 in %2 gefunden.</translation>
    </message>
    <message>
        <source>%1: neither a picture nor a sound</source>
        <translation>%1: weder ein Bild noch ein Ton</translation>
    </message>
    <message>
        <source>%1: its length cannot be read</source>
        <translation>%1: seine Länge kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>sw::ui::AudioGuidance</name>
    <message>
        <source>Melody from Recordin&amp;g...</source>
        <translation>Melodie aus Aufnah&amp;me …</translation>
    </message>
    <message>
        <source>Record Melody from &amp;Microphone...</source>
        <translation>Melodie über &amp;Mikrofon aufnehmen …</translation>
    </message>
    <message>
        <source>Hum, sing, whistle or play into the microphone after a count-in at the take&apos;s tempo: a new take with your melody</source>
        <translation>Nach einem Einzähler im Tempo des Takes ins Mikrofon summen, singen, pfeifen oder spielen: ein neuer Take mit Ihrer Melodie</translation>
    </message>
    <message>
        <source>Guide by Reference &amp;Track...</source>
        <translation>Nach &amp;Referenztitel ausrichten …</translation>
    </message>
    <message>
        <source>Take a song&apos;s tempo, key and build into the plan, each as you choose</source>
        <translation>Tempo, Tonart und Aufbau eines Titels in den Plan übernehmen, jedes nach Wahl</translation>
    </message>
    <message>
        <source>Melody from Recording</source>
        <translation>Melodie aus Aufnahme</translation>
    </message>
    <message>
        <source>Cannot Record</source>
        <translation>Aufnahme nicht möglich</translation>
    </message>
    <message>
        <source>Record against a take: score the video first (Music &gt; Score Video); the take&apos;s tempo is what you are counted in at.</source>
        <translation>Aufgenommen wird zu einem Take: vertonen Sie zuerst das Video (Musik &gt; Video vertonen); im Tempo des Takes wird eingezählt.</translation>
    </message>
    <message>
        <source>A recording is being written down already</source>
        <translation>Eine Aufnahme wird bereits aufgeschrieben</translation>
    </message>
    <message>
        <source>Cannot Use the Recording</source>
        <translation>Die Aufnahme kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>A recorded melody becomes a take over the music: score the video first (Music &gt; Score Video), then bring the recording and Arrange Around Melody.</source>
        <translation>Eine aufgenommene Melodie wird zu einem Take über der Musik: vertonen Sie zuerst das Video (Musik &gt; Video vertonen), dann bringen Sie die Aufnahme und arrangieren um die Melodie.</translation>
    </message>
    <message>
        <source>Writing down %1...</source>
        <translation>%1 wird aufgeschrieben …</translation>
    </message>
    <message>
        <source>Writing down the recording was cancelled</source>
        <translation>Das Aufschreiben der Aufnahme wurde abgebrochen</translation>
    </message>
    <message>
        <source>The music region was removed; the recording was not added.</source>
        <translation>Der Musikbereich wurde entfernt; die Aufnahme wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Take %1 (hummed)</source>
        <translation>Take %1 (gesummt)</translation>
    </message>
    <message>
        <source>Add hummed take</source>
        <translation>Gesummten Take hinzufügen</translation>
    </message>
    <message>
        <source>Guide by Reference Track</source>
        <translation>Nach Referenztitel ausrichten</translation>
    </message>
    <message>
        <source>A reference track is being read already</source>
        <translation>Ein Referenztitel wird bereits gelesen</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the reference track was cancelled</source>
        <translation>Das Lesen des Referenztitels wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot Use the Reference Track</source>
        <translation>Der Referenztitel kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Nothing was pinned from %1</source>
        <translation>Aus %1 wurde nichts festgelegt</translation>
    </message>
    <message>
        <source>Pin from %1</source>
        <translation>Aus %1 festlegen</translation>
    </message>
    <message>
        <source>Pinned from %1: plan or score again to hear it</source>
        <translation>Aus %1 festgelegt: planen oder vertonen Sie erneut, um es zu hören</translation>
    </message>
    <message>
        <source>Write down a hummed, sung, whistled or played recording as the melody of a new take, and arrange the band around it</source>
        <translation>Eine gesummte, gesungene, gepfiffene oder gespielte Aufnahme als Melodie eines neuen Takes notieren und die Band darum herum arrangieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) written down; arranging the band around them</source>
        <translation>
            <numerusform>%1: %n Note notiert; die Band wird darum herum arrangiert</numerusform>
            <numerusform>%1: %n Noten notiert; die Band wird darum herum arrangiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::DialogPrompts</name>
    <message>
        <source>Scorewright projects (*.swproj)</source>
        <translation>Scorewright-Projekte (*.swproj)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing it?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Scorewright did not close properly while &quot;%1&quot; was open.</source>
        <translation>Scorewright wurde nicht ordnungsgemäß beendet, während „%1“ geöffnet war.</translation>
    </message>
    <message>
        <source>The autosaved version is from %1; the project file was last saved %2.</source>
        <translation>Die automatisch gesicherte Fassung ist vom %1; die Projektdatei wurde zuletzt am %2 gespeichert.</translation>
    </message>
    <message>
        <source>The autosaved version is from %1; the project was never saved.</source>
        <translation>Die automatisch gesicherte Fassung ist vom %1; das Projekt wurde nie gespeichert.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Where is %1?</source>
        <translation>Wo ist %1?</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 KB)</source>
        <translation>%1 gespeichert (%2 KB)</translation>
    </message>
    <message>
        <source>Restore Previous Version</source>
        <translation>Frühere Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Open which version? It opens unsaved; saving it replaces the current file, which is kept as a version too.</source>
        <translation>Welche Fassung öffnen? Sie wird ungespeichert geöffnet; beim Speichern ersetzt sie die aktuelle Datei, die ebenfalls als Fassung aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <source>Media (*.mp4 *.mov *.mkv *.webm *.avi *.png *.jpg *.jpeg *.webp *.wav *.flac *.mp3 *.m4a *.ogg);;All files (*)</source>
        <translation>Medien (*.mp4 *.mov *.mkv *.webm *.avi *.png *.jpg *.jpeg *.webp *.wav *.flac *.mp3 *.m4a *.ogg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sound (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aiff *.mp4 *.mov *.mkv);;All files (*)</source>
        <translation>Ton (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aiff *.mp4 *.mov *.mkv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Guide by %1</source>
        <translation>Nach %1 ausrichten</translation>
    </message>
    <message>
        <source>Take these from the reference track into the plan:</source>
        <translation>Dies aus dem Referenztitel in den Plan übernehmen:</translation>
    </message>
    <message>
        <source>Tempo: %1</source>
        <translation>Tempo: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Tonart: %1</translation>
    </message>
    <message>
        <source>Build (loudness over the timeline): %1</source>
        <translation>Aufbau (Lautstärke über die Zeitleiste): %1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>sw::ui::ExportDialog</name>
    <message>
        <source>Mix as WAV</source>
        <translation>Mischung als WAV</translation>
    </message>
    <message>
        <source>Mix as</source>
        <translation>Mischung als</translation>
    </message>
    <message>
        <source>Stems (one WAV per track)</source>
        <translation>Stems (eine WAV-Datei pro Spur)</translation>
    </message>
    <message>
        <source>MIDI file</source>
        <translation>MIDI-Datei</translation>
    </message>
    <message>
        <source>MusicXML score</source>
        <translation>MusicXML-Partitur</translation>
    </message>
    <message>
        <source>Video with the new soundtrack</source>
        <translation>Video mit dem neuen Soundtrack</translation>
    </message>
    <message>
        <source>Mix in the video&apos;s own sound</source>
        <translation>Originalton des Videos mischen</translation>
    </message>
    <message>
        <source>Export Soundtrack</source>
        <translation>Soundtrack exportieren</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>24-bit</source>
        <translation>24 Bit</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16 Bit</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How far the music goes down while someone speaks in the video</source>
        <translation>Wie weit die Musik abgesenkt wird, während im Video jemand spricht</translation>
    </message>
    <message>
        <source>Duck music under speech:</source>
        <translation>Musik unter Sprache absenken:</translation>
    </message>
    <message>
        <source>%1 (%2 LUFS, %3 dBTP)</source>
        <translation>%1 (%2 LUFS, %3 dBTP)</translation>
    </message>
    <message>
        <source>Loudness:</source>
        <translation>Lautheit:</translation>
    </message>
    <message>
        <source>The system&apos;s General MIDI soundfont</source>
        <translation>Die General-MIDI-Soundfont des Systems</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Soundfont</source>
        <translation>Soundfont</translation>
    </message>
    <message>
        <source>Soundfonts (*.sf2 *.sf3)</source>
        <translation>Soundfonts (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <source>Soundfont:</source>
        <translation>Soundfont:</translation>
    </message>
    <message>
        <source>The timeline has no video clip to put the music under</source>
        <translation>Die Zeitleiste hat keinen Videoclip, unter den die Musik gelegt werden kann</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Give the export a name (without slashes).</source>
        <translation>Geben Sie dem Export einen Namen (ohne Schrägstriche).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Choose at least one thing to export.</source>
        <translation>Wählen Sie mindestens eine Sache zum Exportieren.</translation>
    </message>
    <message>
        <source>These already exist and will be replaced:
%1</source>
        <translation>Diese Dateien existieren bereits und werden ersetzt:
%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::Inspector</name>
    <message>
        <source>mood: valence %1, arousal %2</source>
        <translation>Stimmung: Valenz %1, Erregung %2</translation>
    </message>
    <message>
        <source>tempo %1 bpm</source>
        <translation>Tempo %1 bpm</translation>
    </message>
    <message>
        <source>tempo %1-%2 bpm</source>
        <translation>Tempo %1-%2 bpm</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Tonart %1</translation>
    </message>
    <message>
        <source>minor mode</source>
        <translation>Moll</translation>
    </message>
    <message>
        <source>major mode</source>
        <translation>Dur</translation>
    </message>
    <message>
        <source>meter %1/%2</source>
        <translation>Takt %1/%2</translation>
    </message>
    <message>
        <source>instrument %1 (%2)</source>
        <translation>Instrument %1 (%2)</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <source>dynamics %1</source>
        <translation>Dynamik %1</translation>
    </message>
    <message>
        <source>not </source>
        <translation>nicht </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a clip, a marker, notes or bars to see them here.</source>
        <translation>Wählen Sie einen Clip, einen Marker, Noten oder Takte, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>At %1%2</source>
        <translation>Bei %1%2</translation>
    </message>
    <message>
        <source>; a hit point: the music accents it</source>
        <translation>; ein Trefferpunkt: die Musik betont ihn</translation>
    </message>
    <message numerus="yes">
        <source>From %1 for %2; %n take(s)</source>
        <translation>
            <numerusform>Ab %1 für %2; %n Take</numerusform>
            <numerusform>Ab %1 für %2; %n Takes</numerusform>
        </translation>
    </message>
    <message>
        <source>Playing %1: %2 notes in %3 tracks, seed %4</source>
        <translation>Es spielt %1: %2 Noten in %3 Spuren, Seed %4</translation>
    </message>
    <message>
        <source>From %1 for %2</source>
        <translation>Ab %1 für %2</translation>
    </message>
    <message>
        <source>Understood:</source>
        <translation>Verstanden:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>Nicht verstanden: %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s), stressed ones in bold:</source>
        <translation>
            <numerusform>%n Silbe, betonte fett:</numerusform>
            <numerusform>%n Silben, betonte fett:</numerusform>
        </translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Liedtext</translation>
    </message>
    <message>
        <source>%1 at %2, %3 ticks, velocity %4%5</source>
        <translation>%1 bei %2, %3 Ticks, Anschlag %4%5</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of %1</source>
        <translation>
            <numerusform>%n Note von %1</numerusform>
            <numerusform>%n Noten von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Bar %1</source>
        <translation>Takt %1</translation>
    </message>
    <message>
        <source>intensity %1, %2 bpm</source>
        <translation>Intensität %1, %2 bpm</translation>
    </message>
    <message>
        <source>Plan the music (Music &gt; Plan Music) to see why each bar is as it is.</source>
        <translation>Planen Sie die Musik (Musik &gt; Musik planen), um zu sehen, warum jeder Takt so ist, wie er ist.</translation>
    </message>
    <message>
        <source>Bars %1-%2</source>
        <translation>Takte %1-%2</translation>
    </message>
    <message>
        <source>sparse (density %1)</source>
        <translation>spärlich (Dichte %1)</translation>
    </message>
    <message>
        <source>busy (density %1)</source>
        <translation>dicht (Dichte %1)</translation>
    </message>
    <message>
        <source>Sung: every stressed syllable is on a beat at least as strong as its neighbours.</source>
        <translation>Gesungen: jede betonte Silbe liegt auf einem Schlag, der mindestens so stark ist wie der ihrer Nachbarn.</translation>
    </message>
    <message>
        <source>To look at:</source>
        <translation>Zu prüfen:</translation>
    </message>
    <message>
        <source>Rewrite line %1</source>
        <translation>Zeile %1 neu schreiben</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export Soundtrack...</source>
        <translation>Soundtrack &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the mix, stems, MIDI, MusicXML and the video with the new soundtrack</source>
        <translation>Mischung, Stems, MIDI, MusicXML und das Video mit dem neuen Soundtrack schreiben</translation>
    </message>
    <message>
        <source>Re&amp;link Missing Media...</source>
        <translation>Fehlende Medien neu &amp;verknüpfen …</translation>
    </message>
    <message>
        <source>Restore Previous &amp;Version...</source>
        <translation>Frühere &amp;Fassung wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Music</source>
        <translation>&amp;Musik</translation>
    </message>
    <message>
        <source>&amp;Plan Music</source>
        <translation>Musik &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Score Video</source>
        <translation>Video &amp;vertonen</translation>
    </message>
    <message>
        <source>Plan the music and compose it: adds a take to the music region</source>
        <translation>Die Musik planen und komponieren: fügt dem Musikbereich einen Take hinzu</translation>
    </message>
    <message>
        <source>Write &amp;Melody to Lyrics</source>
        <translation>&amp;Melodie zum Text schreiben</translation>
    </message>
    <message>
        <source>Sing the lyric clips over the active take: adds a take with a vocal line</source>
        <translation>Die Textclips über dem aktiven Take singen: fügt einen Take mit Gesangsstimme hinzu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Scorewright will appear in %1 the next time it starts.</source>
        <translation>Scorewright erscheint beim nächsten Start in %1.</translation>
    </message>
    <message>
        <source>Recovery File Set Aside</source>
        <translation>Wiederherstellungsdatei beiseitegelegt</translation>
    </message>
    <message>
        <source>A recovery file made Scorewright stop while it was loading. It was moved to %1 and will not be opened again.</source>
        <translation>Eine Wiederherstellungsdatei hat Scorewright beim Laden angehalten. Sie wurde nach %1 verschoben und wird nicht wieder geöffnet.</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>ein ungespeichertes Projekt</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Recovered the work autosaved %1; save it to keep it.</source>
        <translation>Die am %1 automatisch gesicherte Arbeit wurde wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>All media files are where the project expects them.</source>
        <translation>Alle Mediendateien sind dort, wo das Projekt sie erwartet.</translation>
    </message>
    <message>
        <source>Cannot Relink</source>
        <translation>Neu verknüpfen nicht möglich</translation>
    </message>
    <message>
        <source>No Previous Versions</source>
        <translation>Keine früheren Fassungen</translation>
    </message>
    <message>
        <source>Previous versions are kept beside the project file once it has been saved.</source>
        <translation>Frühere Fassungen werden neben der Projektdatei aufbewahrt, sobald sie gespeichert wurde.</translation>
    </message>
    <message>
        <source>%1 has no previous versions yet: one is kept each time it is saved over.</source>
        <translation>%1 hat noch keine früheren Fassungen: bei jedem Überschreiben wird eine aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened the version saved %1; save to make it current.</source>
        <translation>Die am %1 gespeicherte Fassung wurde geöffnet; speichern Sie, um sie zur aktuellen zu machen.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] - Scorewright</source>
        <translation>%1[*] - Scorewright</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened a project of an older format (%1); saving writes the current format.</source>
        <translation>Ein Projekt in einem älteren Format (%1) wurde geöffnet; beim Speichern wird das aktuelle Format geschrieben.</translation>
    </message>
    <message>
        <source>Missing Media</source>
        <translation>Fehlende Medien</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Arrange Around Melody</source>
        <translation>Um die Melodie &amp;arrangieren</translation>
    </message>
    <message>
        <source>Keep the active take&apos;s melody note for note and write new chords, bass and drums around it: adds a take</source>
        <translation>Die Melodie des aktiven Takes Note für Note behalten und neue Akkorde, Bass und Schlagzeug darum schreiben: fügt einen Take hinzu</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selection</source>
        <translation>Auswahl neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>Write the bars selected in the piano roll again for its track (everything else is kept): adds a take</source>
        <translation>Die in der Pianorolle gewählten Takte für ihre Spur neu schreiben (alles andere bleibt): fügt einen Take hinzu</translation>
    </message>
    <message>
        <source>Piano Roll</source>
        <translation>Pianorolle</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Generation Queue</source>
        <translation>Erzeugungswarteschlange</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <source>The music cannot be previewed: %1</source>
        <translation>Die Musik kann nicht vorgehört werden: %1</translation>
    </message>
    <message>
        <source>&amp;Import Media...</source>
        <translation>Medien &amp;importieren …</translation>
    </message>
    <message>
        <source>Put videos, images or sounds on the timeline at the playhead</source>
        <translation>Videos, Bilder oder Töne an der Abspielposition auf die Zeitleiste legen</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Import media</source>
        <translation>Medien importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>The take that plays and is edited (each with its seed)</source>
        <translation>Der Take, der spielt und bearbeitet wird (jeder mit seinem Seed)</translation>
    </message>
    <message>
        <source>Cannot Choose the Take</source>
        <translation>Take kann nicht gewählt werden</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1, Seed %2</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Loop Selection</source>
        <translation>Auswahl in &amp;Schleife</translation>
    </message>
    <message>
        <source>Play the bars selected in the piano roll, or the selected clip, over and over</source>
        <translation>Die in der Pianorolle gewählten Takte oder den gewählten Clip immer wieder abspielen</translation>
    </message>
    <message>
        <source>Select bars in the piano roll or a clip on the timeline to loop.</source>
        <translation>Wählen Sie Takte in der Pianorolle oder einen Clip auf der Zeitleiste für die Schleife.</translation>
    </message>
    <message>
        <source>Rewrite Sung &amp;Line</source>
        <translation>Gesungene &amp;Zeile neu schreiben</translation>
    </message>
    <message>
        <source>Write a new melody for the lyric line of the sung note selected in the piano roll; every other note is kept: adds a take</source>
        <translation>Eine neue Melodie für die Textzeile der in der Pianorolle gewählten gesungenen Note schreiben; alle anderen Noten bleiben: fügt einen Take hinzu</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 long</source>
        <translation>%1, %2, %3, %4 lang</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n Marker</numerusform>
            <numerusform>%n Marker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n music region(s)</source>
        <translation>
            <numerusform>%n Musikbereich</numerusform>
            <numerusform>%n Musikbereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Pro&amp;mpt</source>
        <translation>Pro&amp;mpt hinzufügen</translation>
    </message>
    <message>
        <source>Type a prompt for the music at the playhead</source>
        <translation>Einen Prompt für die Musik an der Abspielposition eingeben</translation>
    </message>
    <message>
        <source>Add L&amp;yrics</source>
        <translation>L&amp;iedtext hinzufügen</translation>
    </message>
    <message>
        <source>Type a line of lyrics at the playhead</source>
        <translation>Eine Liedtextzeile an der Abspielposition eingeben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Bring back every panel where it was when the program first opened</source>
        <translation>Alle Bereiche dorthin zurückholen, wo sie beim ersten Start waren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Scorewright</source>
        <translation>&amp;Über Scorewright</translation>
    </message>
    <message>
        <source>About Scorewright</source>
        <translation>Über Scorewright</translation>
    </message>
    <message>
        <source>Scorewright %1
Scores videos with music composed on this computer by models trained for it; nothing leaves the machine.</source>
        <translation>Scorewright %1
Vertont Videos mit Musik, die auf diesem Computer von eigens dafür trainierten Modellen komponiert wird; nichts verlässt den Rechner.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Put the copied clips on the timeline at the playhead</source>
        <translation>Die kopierten Clips an der Abspielposition in die Zeitleiste einfügen</translation>
    </message>
    <message>
        <source>Select clips on the timeline to copy them</source>
        <translation>Wählen Sie Clips in der Zeitleiste aus, um sie zu kopieren</translation>
    </message>
    <message>
        <source>Cannot Cut</source>
        <translation>Ausschneiden nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n clip(s)</source>
        <translation>
            <numerusform>%n Clip ausgeschnitten</numerusform>
            <numerusform>%n Clips ausgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n clip(s)</source>
        <translation>
            <numerusform>%n Clip kopiert</numerusform>
            <numerusform>%n Clips kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n clip(s)</source>
        <translation>
            <numerusform>%n Clip einfügen</numerusform>
            <numerusform>%n Clips einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy clips or text first</source>
        <translation>Nichts einzufügen: kopieren Sie zuerst Clips oder Text</translation>
    </message>
    <message>
        <source>Enter adds the pasted text as a prompt; Escape drops it</source>
        <translation>Eingabe fügt den eingefügten Text als Prompt hinzu, Escape verwirft ihn</translation>
    </message>
    <message>
        <source>Ruler in &amp;Bars and Beats</source>
        <translation>Lineal in &amp;Takten und Schlägen</translation>
    </message>
    <message>
        <source>&amp;Zoom to Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>Chords</source>
        <translation>Akkorde</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>The parts Music &gt; Regenerate Selection writes again</source>
        <translation>Die Stimmen, die Musik &gt; Auswahl neu erzeugen neu schreibt</translation>
    </message>
    <message>
        <source>Regenerate: %1</source>
        <translation>Neu erzeugen: %1</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Timeline: S split the selected clip at the playhead, M add a marker, H add a hit point, Delete remove the selection, double-click a lane to type a prompt or a lyric line, Ctrl+wheel or Ctrl+plus/minus zoom</source>
        <translation>Zeitleiste: S teilt den gewählten Clip am Abspielkopf, M setzt eine Marke, H einen Trefferpunkt, Entf entfernt die Auswahl, Doppelklick auf eine Spur tippt einen Prompt oder eine Textzeile, Strg+Mausrad oder Strg+Plus/Minus zoomt</translation>
    </message>
    <message>
        <source>Piano roll: arrows move notes, Up/Down transpose, Shift+arrows change length, Ctrl+D duplicate, Q quantise, S split, J join, L lock, Delete remove, double-click draw, Ctrl+wheel zoom in time, Ctrl+Shift+wheel the rows</source>
        <translation>Pianorolle: Pfeiltasten verschieben Noten, Auf/Ab transponiert, Umschalt+Pfeile ändern die Länge, Strg+D dupliziert, Q quantisiert, S teilt, J verbindet, L sperrt, Entf entfernt, Doppelklick zeichnet, Strg+Mausrad zoomt in der Zeit, Strg+Umschalt+Mausrad die Zeilen</translation>
    </message>
</context>
<context>
    <name>sw::ui::MediaBin</name>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>%1, offline</source>
        <translation>%1, offline</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
</context>
<context>
    <name>sw::ui::MidiActions</name>
    <message>
        <source>M&amp;IDI</source>
        <translation>M&amp;IDI</translation>
    </message>
    <message>
        <source>&amp;Preview on MIDI Output</source>
        <translation>Auf MIDI-Ausgang &amp;vorhören</translation>
    </message>
    <message>
        <source>Play the active take on the chosen MIDI output (a synthesizer or a sound module)</source>
        <translation>Den aktiven Take auf dem gewählten MIDI-Ausgang abspielen (ein Synthesizer oder Klangmodul)</translation>
    </message>
    <message>
        <source>&amp;Record Melody</source>
        <translation>Melodie &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Play a melody on the MIDI input while the active take plays; it becomes the melody of a new take</source>
        <translation>Spielen Sie eine Melodie am MIDI-Eingang, während der aktive Take läuft; sie wird die Melodie eines neuen Takes</translation>
    </message>
    <message>
        <source>The MIDI preview stopped: %1</source>
        <translation>Das MIDI-Vorhören wurde beendet: %1</translation>
    </message>
    <message>
        <source>The project has no music yet. Score the video first (Music &gt; Score Video).</source>
        <translation>Das Projekt hat noch keine Musik. Vertonen Sie zuerst das Video (Musik &gt; Video vertonen).</translation>
    </message>
    <message>
        <source>Playing %1 on %2</source>
        <translation>%1 wird auf %2 abgespielt</translation>
    </message>
    <message>
        <source>Cannot Preview on MIDI</source>
        <translation>Vorhören über MIDI nicht möglich</translation>
    </message>
    <message>
        <source>Record against a take: score the video first (Music &gt; Score Video), then play the melody while it plays.</source>
        <translation>Aufgenommen wird zu einem Take: vertonen Sie zuerst das Video (Musik &gt; Video vertonen) und spielen Sie dann die Melodie, während er läuft.</translation>
    </message>
    <message>
        <source>Recording from %1...</source>
        <translation>Aufnahme von %1 …</translation>
    </message>
    <message>
        <source>Cannot Record</source>
        <translation>Aufnahme nicht möglich</translation>
    </message>
    <message>
        <source>The music region was removed; the recording was not added.</source>
        <translation>Der Musikbereich wurde entfernt; die Aufnahme wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing was played; no take was added.</source>
        <translation>Es wurde nichts gespielt; kein Take wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Take %1 (recorded)</source>
        <translation>Take %1 (aufgenommen)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recorded note(s)</source>
        <translation>
            <numerusform>%1: %n aufgenommene Note</numerusform>
            <numerusform>%1: %n aufgenommene Noten</numerusform>
        </translation>
    </message>
    <message>
        <source>Record melody</source>
        <translation>Melodie aufnehmen</translation>
    </message>
</context>
<context>
    <name>sw::ui::MidiController</name>
    <message>
        <source>&amp;Output Port</source>
        <translation>&amp;Ausgang</translation>
    </message>
    <message>
        <source>&amp;Input Port</source>
        <translation>&amp;Eingang</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Choose a MIDI output port first (MIDI &gt; Output Port).</source>
        <translation>Wählen Sie zuerst einen MIDI-Ausgang (MIDI &gt; Ausgang).</translation>
    </message>
    <message>
        <source>Choose a MIDI input port first (MIDI &gt; Input Port).</source>
        <translation>Wählen Sie zuerst einen MIDI-Eingang (MIDI &gt; Eingang).</translation>
    </message>
</context>
<context>
    <name>sw::ui::MusicJobs</name>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>Warten Sie, bis die laufende Aufgabe fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Cannot Regenerate</source>
        <translation>Neu erzeugen nicht möglich</translation>
    </message>
    <message>
        <source>Select bars in the piano roll&apos;s ruler first (a take is needed: Music &gt; Score Video).</source>
        <translation>Wählen Sie zuerst Takte im Lineal der Pianorolle (dazu braucht es einen Take: Musik &gt; Video vertonen).</translation>
    </message>
    <message>
        <source>The vocal line is written by Music &gt; Write Melody to Lyrics; one of its lines by Music &gt; Rewrite Sung Line.</source>
        <translation>Die Gesangsstimme schreibt Musik &gt; Melodie zum Text schreiben, eine ihrer Zeilen Musik &gt; Gesungene Zeile neu schreiben.</translation>
    </message>
    <message>
        <source>Cannot Arrange</source>
        <translation>Arrangieren nicht möglich</translation>
    </message>
    <message>
        <source>The active take has no melody to arrange around. Record one (MIDI &gt; Record Melody) or score the video first.</source>
        <translation>Der aktive Take hat keine Melodie, um die arrangiert werden kann. Nehmen Sie eine auf (MIDI &gt; Melodie aufnehmen) oder vertonen Sie zuerst das Video.</translation>
    </message>
    <message>
        <source>Cannot Score the Video</source>
        <translation>Das Video kann nicht vertont werden</translation>
    </message>
    <message>
        <source>Cannot Plan the Music</source>
        <translation>Die Musik kann nicht geplant werden</translation>
    </message>
    <message>
        <source>Planning cancelled</source>
        <translation>Planung abgebrochen</translation>
    </message>
    <message>
        <source>Planned %1 bars at %2 bpm in %3%4</source>
        <translation>%1 Takte bei %2 bpm in %3 geplant%4</translation>
    </message>
    <message>
        <source>%1: %2 bars at %3 bpm in %4, %5 notes</source>
        <translation>%1: %2 Takte bei %3 bpm in %4, %5 Noten</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>Export wird abgebrochen …</translation>
    </message>
    <message>
        <source>The timeline changed while the music was being written: that result was discarded. Score again when ready.</source>
        <translation>Die Zeitleiste hat sich geändert, während die Musik geschrieben wurde: dieses Ergebnis wurde verworfen. Vertonen Sie erneut, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>The lyrics changed while the melody was being written: that result was discarded.</source>
        <translation>Der Text hat sich geändert, während die Melodie geschrieben wurde: dieses Ergebnis wurde verworfen.</translation>
    </message>
    <message>
        <source>Cannot Write the Melody</source>
        <translation>Die Melodie kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The project has no music to sing over yet. Score the video first (Music &gt; Score Video).</source>
        <translation>Das Projekt hat noch keine Musik, über der gesungen werden kann. Vertonen Sie zuerst das Video (Musik &gt; Video vertonen).</translation>
    </message>
    <message>
        <source>There are no lyrics on the timeline. Add a lyric clip with the words to sing.</source>
        <translation>Auf der Zeitleiste gibt es keinen Text. Fügen Sie einen Textclip mit den zu singenden Worten hinzu.</translation>
    </message>
    <message>
        <source>Cannot Rewrite the Line</source>
        <translation>Die Zeile kann nicht neu geschrieben werden</translation>
    </message>
    <message>
        <source>The active take has no vocal line. Write one first (Music &gt; Write Melody to Lyrics).</source>
        <translation>Der aktive Take hat keine Gesangsstimme. Schreiben Sie zuerst eine (Musik &gt; Melodie zum Text schreiben).</translation>
    </message>
    <message>
        <source>Select a sung note of the Voice track in the piano roll, or the bars where the line is sung.</source>
        <translation>Wählen Sie in der Pianorolle eine gesungene Note der Gesangsspur oder die Takte, in denen die Zeile gesungen wird.</translation>
    </message>
    <message>
        <source>Writing the melody was cancelled</source>
        <translation>Das Schreiben der Melodie wurde abgebrochen</translation>
    </message>
    <message>
        <source>The music region was removed; the melody was not added.</source>
        <translation>Der Musikbereich wurde entfernt; die Melodie wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Take %1 (line %2 sung anew)</source>
        <translation>Take %1 (Zeile %2 neu gesungen)</translation>
    </message>
    <message>
        <source>Take %1 (vocal)</source>
        <translation>Take %1 (Gesang)</translation>
    </message>
    <message>
        <source>Rewrite Sung Line</source>
        <translation>Gesungene Zeile neu schreiben</translation>
    </message>
    <message>
        <source>Write Melody to Lyrics</source>
        <translation>Melodie zum Text schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sung note(s)</source>
        <translation>
            <numerusform>%1: %n gesungene Note</numerusform>
            <numerusform>%1: %n gesungene Noten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>The project has no music yet. Score the video first (Music &gt; Score Video).</source>
        <translation>Das Projekt hat noch keine Musik. Vertonen Sie zuerst das Video (Musik &gt; Video vertonen).</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>%n Datei exportiert</numerusform>
            <numerusform>%n Dateien exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files written before the cancel: %1</source>
        <translation>Export abgebrochen; vor dem Abbruch geschriebene Dateien: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Singing &amp;Voice</source>
        <translation>Sing&amp;stimme</translation>
    </message>
    <message>
        <source>Soprano</source>
        <translation>Sopran</translation>
    </message>
    <message>
        <source>Alto</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <source>No take sings these lyrics as they are now. Write the melody again (Music &gt; Write Melody to Lyrics).</source>
        <translation>Keine Aufnahme singt diesen Text in seiner jetzigen Form. Die Melodie neu schreiben (Musik &gt; Melodie zum Text schreiben).</translation>
    </message>
</context>
<context>
    <name>sw::ui::MusicOutput</name>
    <message>
        <source>No audio output: the picture plays against the system clock and the music is not heard (is a sound server running?).</source>
        <translation>Keine Audioausgabe: das Bild läuft nach der Systemuhr und die Musik ist nicht zu hören (läuft ein Soundserver?).</translation>
    </message>
</context>
<context>
    <name>sw::ui::PianoRoll</name>
    <message>
        <source>No music yet: Music &gt; Score Video writes a take to edit here.</source>
        <translation>Noch keine Musik: Musik &gt; Video vertonen schreibt einen Take, der hier bearbeitet werden kann.</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Noten verschieben</translation>
    </message>
    <message>
        <source>Transpose notes</source>
        <translation>Noten transponieren</translation>
    </message>
    <message>
        <source>Change note length</source>
        <translation>Notenlänge ändern</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Noten duplizieren</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Noten löschen</translation>
    </message>
    <message>
        <source>Draw note</source>
        <translation>Note zeichnen</translation>
    </message>
    <message>
        <source>Quantize notes</source>
        <translation>Noten quantisieren</translation>
    </message>
    <message>
        <source>Split notes</source>
        <translation>Noten teilen</translation>
    </message>
    <message>
        <source>Join notes</source>
        <translation>Noten verbinden</translation>
    </message>
    <message>
        <source>Unlock notes</source>
        <translation>Noten entsperren</translation>
    </message>
    <message>
        <source>Lock notes</source>
        <translation>Noten sperren</translation>
    </message>
    <message>
        <source>Change velocity</source>
        <translation>Anschlagstärke ändern</translation>
    </message>
</context>
<context>
    <name>sw::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>MIDI output:</source>
        <translation>MIDI-Ausgang:</translation>
    </message>
    <message>
        <source>MIDI input:</source>
        <translation>MIDI-Eingang:</translation>
    </message>
    <message>
        <source>The system&apos;s General MIDI soundfont</source>
        <translation>Die General-MIDI-Soundfont des Systems</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Soundfont</source>
        <translation>Soundfont</translation>
    </message>
    <message>
        <source>Soundfonts (*.sf2 *.sf3)</source>
        <translation>Soundfonts (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <source>Soundfont:</source>
        <translation>Soundfont:</translation>
    </message>
    <message>
        <source>%1 is not a file; choose a .sf2 or .sf3 soundfont, or leave the field empty for the system&apos;s.</source>
        <translation>%1 ist keine Datei; wählen Sie eine .sf2- oder .sf3-Soundfont oder lassen Sie das Feld für die des Systems leer.</translation>
    </message>
    <message>
        <source>A guide voice, in the melody&apos;s own range</source>
        <translation>Eine Führungsstimme, im Tonumfang der Melodie</translation>
    </message>
    <message>
        <source>A guide voice: soprano</source>
        <translation>Eine Führungsstimme: Sopran</translation>
    </message>
    <message>
        <source>A guide voice: alto</source>
        <translation>Eine Führungsstimme: Alt</translation>
    </message>
    <message>
        <source>A guide voice: tenor</source>
        <translation>Eine Führungsstimme: Tenor</translation>
    </message>
    <message>
        <source>A guide voice: bass</source>
        <translation>Eine Führungsstimme: Bass</translation>
    </message>
    <message>
        <source>The vocal track&apos;s instrument</source>
        <translation>Das Instrument der Gesangsspur</translation>
    </message>
    <message>
        <source>Who sings the lyrics in the preview and the export. A guide voice sings the words; a chosen voice sings the melody in its octaves.</source>
        <translation>Wer den Liedtext in der Vorschau und im Export singt. Eine Führungsstimme singt die Worte; eine gewählte Stimmlage singt die Melodie in ihren Oktaven.</translation>
    </message>
    <message>
        <source>Lyrics sung by:</source>
        <translation>Liedtext gesungen von:</translation>
    </message>
</context>
<context>
    <name>sw::ui::PreviewPanel</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>sw::ui::ProjectOutline</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Liedtext</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Offline: %1 not found</source>
        <translation>Offline: %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s)</source>
        <translation>
            <numerusform>%n Take</numerusform>
            <numerusform>%n Takes</numerusform>
        </translation>
    </message>
    <message>
        <source>; playing &quot;%1&quot;: %2 notes, %3 bpm</source>
        <translation>; es spielt „%1“: %2 Noten, %3 bpm</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>Hit point</source>
        <translation>Trefferpunkt</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
</context>
<context>
    <name>sw::ui::RecordDialog</name>
    <message>
        <source>No microphone was found. Connect one and choose it in your system&apos;s sound settings, or bring a recording: Music &gt; Melody from Recording.</source>
        <translation>Kein Mikrofon gefunden. Schließen Sie eines an und wählen Sie es in den Toneinstellungen des Systems, oder bringen Sie eine Aufnahme: Musik &gt; Melodie aus Aufnahme.</translation>
    </message>
    <message>
        <source>Record Melody</source>
        <translation>Melodie aufnehmen</translation>
    </message>
    <message>
        <source>A bar of count-in at %1 bpm, then hum, sing, whistle or play the melody. Stop when it is done: it becomes a take, written down as notes.</source>
        <translation>Ein Takt Einzähler bei %1 bpm, dann summen, singen, pfeifen oder spielen Sie die Melodie. Stoppen Sie, wenn sie fertig ist: sie wird ein Take, als Noten aufgeschrieben.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Stop and Keep</source>
        <translation>Stoppen und behalten</translation>
    </message>
    <message>
        <source>The microphone could not be opened</source>
        <translation>Das Mikrofon ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>Recording %1:%2</source>
        <translation>Aufnahme %1:%2</translation>
    </message>
    <message>
        <source>Nothing after the count-in was recorded</source>
        <translation>Nach dem Einzähler wurde nichts aufgenommen</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sw::ui::TaskList</name>
    <message>
        <source>%1: waiting</source>
        <translation>%1: wartet</translation>
    </message>
    <message>
        <source>%1: %2% %3</source>
        <translation>%1: %2 % %3</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>sw::ui::TimelineView</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Liedtext</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>Cuts, beats</source>
        <translation>Schnitte, Beats</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Marker %1</source>
        <translation>Marker %1</translation>
    </message>
    <message>
        <source>Draw intensity</source>
        <translation>Intensität zeichnen</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>%1 bpm, %2</source>
        <translation>%1 bpm, %2</translation>
    </message>
    <message>
        <source>Hit %1</source>
        <translation>Treffer %1</translation>
    </message>
    <message>
        <source>Split at Playhead</source>
        <translation>An der Abspielposition teilen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add Prompt Here</source>
        <translation>Prompt hier hinzufügen</translation>
    </message>
    <message>
        <source>Add Lyrics Here</source>
        <translation>Liedtext hier hinzufügen</translation>
    </message>
    <message>
        <source>Describe the music, e.g. tense strings, building to a hit</source>
        <translation>Die Musik beschreiben, z. B. gespannte Streicher, steigernd bis zu einem Schlag</translation>
    </message>
    <message>
        <source>Type a line of the lyrics</source>
        <translation>Eine Zeile des Liedtexts eingeben</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Import a video (Ctrl+I) or drop one here; double-click the Prompts lane to describe the music</source>
        <translation>Ein Video importieren (Strg+I) oder hier ablegen; doppelt in die Prompt-Spur klicken, um die Musik zu beschreiben</translation>
    </message>
    <message>
        <source>Rename Section...</source>
        <translation>Abschnitt umbenennen...</translation>
    </message>
    <message>
        <source>A name: verse, chorus, bridge... An earlier section&apos;s name repeats its music</source>
        <translation>Ein Name: Strophe, Refrain, Bridge... Der Name eines früheren Abschnitts wiederholt dessen Musik</translation>
    </message>
    <message>
        <source>Rename section to %1</source>
        <translation>Abschnitt in %1 umbenennen</translation>
    </message>
    <message>
        <source>bar %1</source>
        <translation>Takt %1</translation>
    </message>
    <message>
        <source>Move section %1 to bar %2</source>
        <translation>Abschnitt %1 nach Takt %2 verschieben</translation>
    </message>
    <message>
        <source>Split Section at Bar %1</source>
        <translation>Abschnitt bei Takt %1 teilen</translation>
    </message>
    <message>
        <source>Join with Next Section</source>
        <translation>Mit nächstem Abschnitt verbinden</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Split section %1 at bar %2</source>
        <translation>Abschnitt %1 bei Takt %2 teilen</translation>
    </message>
    <message>
        <source>Join sections %1 and %2</source>
        <translation>Abschnitte %1 und %2 verbinden</translation>
    </message>
    <message>
        <source>Rename Marker...</source>
        <translation>Marke umbenennen...</translation>
    </message>
    <message>
        <source>Hit Point</source>
        <translation>Trefferpunkt</translation>
    </message>
    <message>
        <source>A hit point: the music accents it (a crash, accented notes)</source>
        <translation>Ein Trefferpunkt: die Musik betont ihn (ein Becken, betonte Noten)</translation>
    </message>
    <message>
        <source>Delete Marker</source>
        <translation>Marke löschen</translation>
    </message>
    <message>
        <source>A name: door slam, kiss, title card...</source>
        <translation>Ein Name: Türknall, Kuss, Titelkarte...</translation>
    </message>
</context>
</TS>
