#pragma once
// The guide vocal: the lyrics sung so that the words are heard. Each word of a vocal track is
// spoken by espeak-ng on one pitch, cut into its syllables at the phonemes espeak-ng reports,
// and each syllable is stretched and pitched onto its notes by pitch-synchronous overlap-add
// (formants kept, so the voice does not turn into a chipmunk when it moves up): the consonants
// before the vowel keep their length, the vowel holds the note, a note of a melisma takes its
// share of the vowel and its pitch. Syllables are joined with short crossfades.

#include "media/mediainfo.h"
#include "music/score.h"
#include "render/audio.h"
#include "render/synthesizer.h"

#include <QString>
#include <QVector>

namespace sw::render {

/// The voice that sings. Auto picks by the melody's own range and sings it where it is written;
/// a chosen voice sings it in whole octaves that put it in that voice's range.
enum class VoiceType
{
    Auto,
    Soprano,
    Alto,
    Tenor,
    Bass
};

QString voiceTypeName(VoiceType voice); ///< "auto", "soprano", "alto", "tenor", "bass"
bool parseVoiceType(const QString& name, VoiceType* voice);

/// How a vocal track with lyrics is heard: sung by the guide voice, or played by its General
/// MIDI instrument like any other track.
enum class VocalSound
{
    GuideVoice,
    Instrument
};

/// True for a vocal track whose notes carry syllables: the tracks the guide voice sings.
bool hasSungLyrics(const music::Track& track);

/// Where one syllable was sung, in frames of the stem (for tests and the bench).
struct SungSyllable
{
    QString text;
    qint64 startFrame = 0;
    qint64 endFrame = 0;
};

/// Sings track `index` of `score` into a stem laid out like Synthesizer::renderTrack's (same
/// length and placement), centred. False with `error` when espeak-ng fails or `stop` says so.
bool renderGuideVocal(const music::Score& score, int index, VoiceType voice, StereoAudio* out,
                      QString* error, const media::StopRequested& stop = {},
                      const TrackPlacement& placement = {}, QVector<SungSyllable>* sung = nullptr);
/// The same into an open stereo spool.
bool renderGuideVocal(const music::Score& score, int index, VoiceType voice, media::AudioSpool* out,
                      QString* error, const media::StopRequested& stop = {},
                      const TrackPlacement& placement = {}, QVector<SungSyllable>* sung = nullptr);

} // namespace sw::render
