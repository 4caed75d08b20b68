#pragma once
// Reads a song of the POP909 dataset (Wang et al., ISMIR 2020) into the composer's bars: the
// MIDI file's MELODY track is the melody, BRIDGE and PIANO together the accompaniment; bars come
// from the downbeats of beat_midi.txt, chords from chord_midi.txt, keys from key_audio.txt.

#include "engine/barcontrols.h"

#include <QStringList>

namespace sw::engine {

struct Pop909Song
{
    QString id;
    QVector<TokenBar> bars;
};

/// The song folders under a POP909 root (folders holding NNN/NNN.mid), sorted.
QStringList pop909SongFolders(const QString& root);
bool loadPop909Song(const QString& folder, Pop909Song* song, QString* error);

/// Parses POP909's chord labels ("C:maj", "A:min7/b7", "F:sus4(b7)", "N").
bool parsePop909Chord(const QString& label, SourceChord* chord);

} // namespace sw::engine
