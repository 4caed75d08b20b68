// MIDI devices behind the project's own interface: a preview sends the score's notes in order
// at their times (checked on a simulated clock to the microsecond, well inside 5 ms), chases
// programs and controllers on a seek and silences every channel on stop and seek; a melody
// played into an input comes back quantised to the tempo map; ports that vanish mid-play give a
// message, not a crash; the system backend without a MIDI system says so.
#include "devices/midipreview.h"
#include "devices/midirecorder.h"
#include "devices/virtualmidibackend.h"

#include <QtTest>

#include <thread>

using namespace sw::devices;
using sw::music::Note;
using sw::music::Score;
using sw::music::TempoMap;
using sw::music::Track;

namespace {

Note note(int pitch, int velocity, qint64 start, qint64 duration)
{
    Note n;
    n.pitch = pitch;
    n.velocity = velocity;
    n.startTick = start;
    n.durationTicks = duration;
    return n;
}

// Two tracks at 120 bpm, then 60 bpm from bar 2: a melody of quarter notes and a bass note.
Score previewScore()
{
    Score score;
    score.tempoMap = TempoMap::constant(120);
    score.tempoMap.setTempo(1920, TempoMap::microsPerQuarterFromBpm(60));
    Track melody;
    melody.role = sw::music::TrackRole::Melody;
    melody.program = 73;
    for (int i = 0; i < 6; ++i)
        melody.notes.append(note(60 + i, 90, i * 480, 480));
    melody.controls.append({0, sw::music::controller::kPan, 30});
    melody.controls.append({2400, sw::music::controller::kPan, 100});
    Track bass;
    bass.role = sw::music::TrackRole::Bass;
    bass.program = 33;
    bass.notes.append(note(36, 100, 0, 1920));
    score.tracks = {melody, bass};
    return score;
}

int kindOf(const MidiBytes& m)
{
    return m[0] & 0xF0;
}

QVector<SentMidiMessage> notesOnly(const QVector<SentMidiMessage>& sent)
{
    QVector<SentMidiMessage> notes;
    for (const SentMidiMessage& m : sent) {
        if (kindOf(m.bytes) == 0x90 || kindOf(m.bytes) == 0x80)
            notes.append(m);
    }
    return notes;
}

bool waitUntilDone(const MidiPreviewPlayer& player)
{
    QElapsedTimer t;
    t.start();
    while (player.isPlaying() && t.elapsed() < 5000)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return !player.isPlaying();
}

} // namespace

class TestMidiDevices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoreBecomesTimedMessages()
    {
        const Score score = previewScore();
        const QVector<TimedMidiMessage> messages = midiMessagesOfScore(score);
        // Programs and the pan in force first, at time zero.
        QCOMPARE(messages[0].bytes, (MidiBytes{0xC0, 73}));
        QCOMPARE(messages[2].bytes, (MidiBytes{0xC1, 33}));
        QCOMPARE(messages[1].bytes, (MidiBytes{0xB0, 10, 30}));
        // The melody's fifth quarter starts at bar 2, 2 s in; the sixth a 60-bpm beat later.
        qint64 lastTime = 0;
        QVector<qint64> onsets;
        for (const TimedMidiMessage& m : messages) {
            QVERIFY(m.timeUs >= lastTime);
            lastTime = m.timeUs;
            if (kindOf(m.bytes) == 0x90 && (m.bytes[0] & 0x0F) == 0)
                onsets << m.timeUs;
        }
        QCOMPARE(onsets, (QVector<qint64>{0, 500000, 1000000, 1500000, 2000000, 3000000}));
        // At 1.5 s, the third note's off comes before the fourth note's on.
        int off = -1, on = -1;
        for (int i = 0; i < messages.size(); ++i) {
            if (messages[i].timeUs == 1500000 && messages[i].bytes == MidiBytes{0x80, 62, 0})
                off = i;
            if (messages[i].timeUs == 1500000 && messages[i].bytes == MidiBytes{0x90, 63, 90})
                on = i;
        }
        QVERIFY(off >= 0 && on > off);
    }

    void previewSendsNotesInOrderOnTime()
    {
        auto clock = std::make_shared<SimulatedPlaybackClock>();
        clock->setNowUs(1000000);
        VirtualMidiBackend backend(clock);
        backend.addOutputPort(QStringLiteral("Synth"));
        QString error;
        auto output = backend.openOutput(QStringLiteral("Synth"), &error);
        QVERIFY2(output, qPrintable(error));
        MidiPreviewPlayer player(clock);
        const Score score = previewScore();
        player.play(std::move(output), score);
        QVERIFY(waitUntilDone(player));
        QVERIFY(player.error().isEmpty());

        const QVector<TimedMidiMessage> expected = midiMessagesOfScore(score);
        const QVector<SentMidiMessage> sent = backend.sent(QStringLiteral("Synth"));
        QCOMPARE(sent.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(sent[i].bytes, expected[i].bytes);
            const qint64 lateness = sent[i].timeUs - 1000000 - expected[i].timeUs;
            QVERIFY2(std::abs(lateness) <= 5000, qPrintable(QString::number(lateness)));
        }
    }

    void stopAndSeekSilenceEveryChannel()
    {
        const Score score = previewScore();
        // A real clock, so that the test's thread seeks and stops while the player plays.
        auto steady = std::make_shared<SteadyPlaybackClock>();
        VirtualMidiBackend live(steady);
        live.addOutputPort(QStringLiteral("Synth"));
        MidiPreviewPlayer player(steady);
        player.play(live.openOutput(QStringLiteral("Synth"), nullptr), score);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const qint64 position = player.positionUs();
        QVERIFY(position >= 250000 && position < 2000000);
        player.seek(2000000);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        QVERIFY(player.stop() != nullptr);

        const QVector<SentMidiMessage> sent = live.sent(QStringLiteral("Synth"));
        // At the seek: the bass (sounding since 0) and the melody's note get their note-offs,
        // then All Notes Off and the pedal on channels 0 and 1; the same again at the stop.
        int allNotesOff = 0;
        bool bassReleased = false;
        for (const SentMidiMessage& m : sent) {
            allNotesOff += kindOf(m.bytes) == 0xB0 && m.bytes[1] == 123;
            bassReleased |= m.bytes == MidiBytes{0x81, 36, 0};
        }
        QCOMPARE(allNotesOff, 4);
        QVERIFY(bassReleased);
        // After the seek the program and the pan in force at 2 s are sent again, then the
        // melody goes on from its fifth note (bar 2); the bass note that began at 0 is not
        // restarted.
        int seekAt = -1;
        for (int i = 0; i < sent.size(); ++i) {
            if (sent[i].bytes == MidiBytes{0xC0, 73} && i > 0)
                seekAt = i;
        }
        QVERIFY(seekAt > 0);
        const QVector<SentMidiMessage> after = notesOnly(sent.mid(seekAt));
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.first().bytes, (MidiBytes{0x90, 64, 90}));
        for (const SentMidiMessage& m : after)
            QVERIFY(m.bytes != (MidiBytes{0x91, 36, 100}));
    }

    void aVanishingPortStopsThePreviewWithAMessage()
    {
        auto steady = std::make_shared<SteadyPlaybackClock>();
        VirtualMidiBackend backend(steady);
        backend.addOutputPort(QStringLiteral("USB Synth"));
        MidiPreviewPlayer player(steady);
        player.play(backend.openOutput(QStringLiteral("USB Synth"), nullptr), previewScore());
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        backend.removePort(QStringLiteral("USB Synth"));
        QVERIFY(waitUntilDone(player));
        QVERIFY2(player.error().contains(QStringLiteral("USB Synth")), qPrintable(player.error()));
        player.stop(); // silencing a vanished port must not crash or throw
        QString error;
        QVERIFY(!backend.openOutput(QStringLiteral("USB Synth"), &error));
        QVERIFY(error.contains(QStringLiteral("USB Synth")));
        QVERIFY(backend.outputPorts().isEmpty());
    }

    void aPlayedMelodyIsRecordedQuantised()
    {
        auto clock = std::make_shared<SimulatedPlaybackClock>();
        VirtualMidiBackend backend(clock);
        backend.addInputPort(QStringLiteral("Keyboard"));
        MidiRecorder recorder(clock);
        QString error;
        auto input = backend.openInput(
            QStringLiteral("Keyboard"), [&recorder](const MidiBytes& m) { recorder.handle(m); },
            &error);
        QVERIFY2(input, qPrintable(error));
        recorder.start();
        // At 120 bpm a 16th is 125 ms. Played a little off the grid, as people play.
        struct Played
        {
            qint64 onMs, offMs;
            int pitch;
        };
        const QVector<Played> played{
            {8, 240, 60}, {492, 730, 62}, {1010, 1480, 64}, {1490, 1995, 65}, {2130, 2600, 67}};
        QVector<std::pair<qint64, MidiBytes>> events;
        for (const Played& p : played) {
            events.append({p.onMs, {0x90, static_cast<unsigned char>(p.pitch), 100}});
            // Note-off as note-on with velocity 0, as many keyboards send it.
            events.append({p.offMs, {0x90, static_cast<unsigned char>(p.pitch), 0}});
        }
        events.append({700, {0xB0, 64, 127}}); // a pedal is not a note
        std::sort(events.begin(), events.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [ms, bytes] : events) {
            clock->setNowUs(ms * 1000);
            QVERIFY(backend.play(QStringLiteral("Keyboard"), bytes));
        }
        clock->setNowUs(3000000);
        recorder.stop();
        QVERIFY(!backend.play(QStringLiteral("Nobody"), {0x90, 60, 100}));

        const QVector<PlayedNote> notes = recorder.playedNotes();
        QCOMPARE(notes.size(), 5);
        QCOMPARE(notes[2].startUs, 1010000);
        QCOMPARE(notes[2].endUs, 1480000);

        const Track melody =
            quantisedMelody(notes, TempoMap::constant(120), 0, /*16th*/ 120, /*flute*/ 73);
        QCOMPARE(melody.role, sw::music::TrackRole::Melody);
        QCOMPARE(melody.program, 73);
        QVector<std::pair<qint64, qint64>> got;
        for (const Note& n : melody.notes)
            got.append({n.startTick, n.durationTicks});
        // 8 ms -> 0; 492 -> 480 (one beat); 1010 -> 960; 1490 -> 1440; 2130 -> 2040 (17 16ths)
        const QVector<std::pair<qint64, qint64>> expected{
            {0, 240}, {480, 240}, {960, 480}, {1440, 480}, {2040, 480}};
        QCOMPARE(got, expected);
        QCOMPARE(melody.notes[4].pitch, 67);
    }

    void recordingAfterAnOffsetLandsOnTheScoresBars()
    {
        // Recording started 2 s into the score (bar 2 at 120 bpm in 4/4 is at 2 s).
        const QVector<PlayedNote> notes{{72, 90, 0, 500000}};
        const Track melody = quantisedMelody(notes, TempoMap::constant(120), 2000000, 120);
        QCOMPARE(melody.notes.first().startTick, 1920);
        QCOMPARE(melody.notes.first().durationTicks, 480);
    }

    void overlappingKeysBecomeOneLine()
    {
        // Legato playing: each key released after the next is pressed.
        const QVector<PlayedNote> notes{{60, 90, 0, 600000}, {62, 90, 500000, 1100000}};
        const Track melody = quantisedMelody(notes, TempoMap::constant(120), 0, 120);
        QCOMPARE(melody.notes.size(), 2);
        QCOMPARE(melody.notes[0].endTick(), melody.notes[1].startTick);
    }

    void theSystemBackendSaysWhyItCannotWork()
    {
        // With an ALSA sequencer it lists ports; without one (a build machine, a container) it
        // says why, lists none and refuses to open, never throwing.
        std::unique_ptr<MidiBackend> system = createSystemMidiBackend();
        QString error;
        if (!system->unavailableReason().isEmpty()) {
            QVERIFY(system->outputPorts().isEmpty());
            QVERIFY(system->inputPorts().isEmpty());
            QVERIFY(!system->openOutput(QStringLiteral("Any"), &error));
            QVERIFY(error.contains(QStringLiteral("MIDI")));
        } else {
            QVERIFY(!system->openOutput(QStringLiteral("No such port 1234"), &error));
            QVERIFY(error.contains(QStringLiteral("No such port 1234")));
        }
    }
};

QTEST_GUILESS_MAIN(TestMidiDevices)
#include "test_mididevices.moc"
