#pragma once
// Standard MIDI Files (SMF), format 0 and 1, written and read by the project.
//
// Writing: format 1 puts tempo, meter, key and chord symbols in a conductor track and each score
// track in its own MTrk with its name, program and lyrics; format 0 merges everything into one
// track. Events use running status; notes end with note-on velocity 0. Drum tracks play on
// channel 10; other tracks take channels 1..16 in order, skipping 10.
//
// Reading is bounds-checked everywhere: a truncated file, a chunk whose length runs past the end,
// an over-long variable-length number or a data byte without a status gives an error that names
// the byte offset, never a crash. Ticks of any division are rescaled to 480 per quarter note.

#include "music/score.h"

#include <QByteArray>
#include <QStringList>

namespace sw::music {

/// Files larger than this are refused before they are read into memory.
constexpr qint64 kMaxMidiFileBytes = 64 * 1024 * 1024;

/// What a MIDI file looked like on disk, for `scorewright-cli midi` and for diagnostics.
struct MidiFileInfo
{
    int format = 1;
    int trackChunks = 0;
    int division = kTicksPerQuarter; ///< ticks per quarter in the file, before rescaling
    int events = 0;
    QStringList warnings; ///< things that were skipped or repaired, one sentence each
};

QByteArray writeMidi(const Score& score, int format = 1);
/// The MIDI channel (0-based) each track plays on: drum kits on channel 10 (9), the others in
/// order, skipping it. Shared by the file writer and the live MIDI output.
QVector<int> midiChannelsOfScore(const Score& score);
bool readMidi(const QByteArray& data, Score* score, QString* error, MidiFileInfo* info = nullptr);

/// Writes atomically: the file under `path` is either the old one or the complete new one.
bool writeMidiFile(const QString& path, const Score& score, int format, QString* error);
/// Errors start with the file name ("song.mid: bad chunk length at byte 22 ...").
bool readMidiFile(const QString& path, Score* score, QString* error, MidiFileInfo* info = nullptr);

/// How our own metadata travels, shared by reader and writer so that our files round-trip
/// losslessly without disturbing other programs. Text (0x01) and lyric events are off limits:
/// MuseScore 3 imports both as lyrics. Chord symbols are marker events ("Chord: Am7"), which
/// DAWs show on their timeline and notation programs ignore; a track's role is a
/// sequencer-specific event under the non-commercial manufacturer id, which others skip.
inline constexpr quint8 kChordMetaType = 0x06;
inline constexpr quint8 kSequencerSpecificMetaType = 0x7F;
inline constexpr quint8 kNonCommercialManufacturerId = 0x7D;
inline constexpr char kChordTextPrefix[] = "Chord: ";
inline constexpr char kRoleTextPrefix[] = "Scorewright role: ";
/// In the conductor track at the tick where a placed score's music starts (Score::leadInTicks).
inline constexpr char kMusicStartText[] = "Scorewright music starts";

} // namespace sw::music
