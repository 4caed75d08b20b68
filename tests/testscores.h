#pragma once
// Scores that tests build in code: small, deterministic, and covering what the file formats
// must carry (tempo changes, meter changes, keys, chords, several roles, drums, lyrics).

#include "music/score.h"

namespace sw::testing {

inline music::Note note(int pitch, qint64 start, qint64 duration, int velocity = 90,
                        const QString& lyric = {},
                        music::Syllabic syllabic = music::Syllabic::Single)
{
    music::Note n;
    n.pitch = pitch;
    n.startTick = start;
    n.durationTicks = duration;
    n.velocity = velocity;
    n.lyric = lyric;
    n.syllabic = syllabic;
    return n;
}

/// Eight bars: 4/4 at 100 bpm, then 3/4 at 140 bpm from bar 5; D minor then F major; a sung
/// melody with lyrics (including a two-syllable word), a chord track, a bass and drums.
inline music::Score richScore()
{
    using namespace music;
    Score s;
    s.title = QStringLiteral("Test Song");
    s.tempoMap.setTempo(0, TempoMap::microsPerQuarterFromBpm(100));
    s.tempoMap.setMeter(0, 4, 4);
    const qint64 bar5 = 4 * 1920;
    s.tempoMap.setTempo(bar5, TempoMap::microsPerQuarterFromBpm(140));
    s.tempoMap.setMeter(bar5, 3, 4);
    s.keys = {KeySignature{0, -1, KeyMode::Minor}, KeySignature{bar5, -1, KeyMode::Major}};
    ChordSymbol dm{0, 2, ChordQuality::Minor, -1};
    ChordSymbol a7{1920 * 2, 9, ChordQuality::Dominant7, -1};
    ChordSymbol fOverC{bar5, 5, ChordQuality::Major, 0};
    s.chords = {dm, a7, fOverC};

    Track voice;
    voice.name = QStringLiteral("Voice");
    voice.program = 53;
    voice.role = TrackRole::Vocal;
    voice.notes = {note(62, 0, 480, 90, QStringLiteral("Morn"), Syllabic::Begin),
                   note(65, 480, 480, 90, QStringLiteral("ing"), Syllabic::End),
                   note(69, 960, 960, 100, QStringLiteral("comes")),
                   note(67, 1920, 240),
                   note(65, 2160, 240),
                   note(64, 2400, 1440),
                   note(65, bar5, 480, 80, QStringLiteral("light")),
                   note(69, bar5 + 480, 960, 85)};
    // A bend up a whole tone into the last beats of the held note, and back.
    voice.controls = {{2880, controller::kPitchBend, 4096}, {3600, controller::kPitchBend, 0}};
    Track chords;
    chords.name = QStringLiteral("Piano");
    chords.program = 0;
    chords.role = TrackRole::Chords;
    chords.controls = {{0, controller::kPan, 40}, {0, controller::kReverbSend, 70}};
    for (int bar = 0; bar < 4; ++bar) {
        for (int p : {50, 53, 57})
            chords.notes.append(note(p, bar * 1920, 1920, 70));
        // The sustain pedal changes with each chord: lifted, then pressed again.
        chords.controls.append({bar * 1920, controller::kSustain, 0});
        chords.controls.append({bar * 1920 + 10, controller::kSustain, 127});
    }
    Track bass;
    bass.name = QStringLiteral("Bass");
    bass.program = 33;
    bass.role = TrackRole::Bass;
    for (int beat = 0; beat < 16; ++beat)
        bass.notes.append(note(38, beat * 480, 240, 100));
    Track drums;
    drums.name = QStringLiteral("Drums");
    drums.drumKit = true;
    drums.role = TrackRole::Drums;
    for (int beat = 0; beat < 12; ++beat) {
        drums.notes.append(note(beat % 2 ? 38 : 36, bar5 + beat * 480, 120, 110));
        drums.notes.append(note(42, bar5 + beat * 480, 60, 60));
    }
    s.tracks = {voice, chords, bass, drums};
    s.normalize();
    return s;
}

} // namespace sw::testing
