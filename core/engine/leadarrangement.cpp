#include "engine/leadarrangement.h"

#include "engine/lyricsdata.h"
#include "music/harmonizer.h"

#include <QCoreApplication>

namespace sw::engine {

plan::MusicPlan planInKeyOfMelody(const plan::MusicPlan& plan, const QVector<music::Note>& melody)
{
    if (melody.isEmpty())
        return plan;
    QVector<int> pitches;
    QVector<double> weights;
    for (const music::Note& n : melody) {
        pitches << n.pitch;
        weights << double(n.durationTicks);
    }
    plan::MusicPlan inKey = plan;
    inKey.key = estimateKeyOfPitches(pitches, weights);
    inKey.reasons << QCoreApplication::translate("sw::engine", "key %1 from the pinned melody")
                         .arg(inKey.key.name());
    return inKey;
}

bool arrangeAroundLead(Composer& composer, const music::Track& lead, const plan::MusicPlan& plan,
                       const ComposeOptions& options, music::Score* out, QString* error,
                       const ComposeProgress& progress, ComposeStats* stats)
{
    if (lead.notes.isEmpty()) {
        *error =
            QCoreApplication::translate("sw::engine", "the melody to arrange around has no notes");
        return false;
    }
    // Half the work composes the band, half rewrites its harmony under the lead.
    music::Score band;
    if (!composer.compose(plan, options, &band, error, progress.part(0.0, 0.5), stats))
        return false;

    const qint64 end = band.tempoMap.barStartTick(plan.bars.size());
    music::Track pinned = lead;
    pinned.role = music::TrackRole::Melody;
    pinned.notes.clear();
    for (const music::Note& n : lead.notes) {
        if (n.startTick < end)
            pinned.notes.append(n);
    }
    bool replaced = false;
    for (music::Track& t : band.tracks) {
        if (t.role == music::TrackRole::Melody && !replaced) {
            pinned.controls = t.controls; // the band's pan and sends for the lead's place
            if (pinned.name.isEmpty())
                pinned.name = t.name;
            t = pinned;
            replaced = true;
        }
    }
    if (!replaced)
        band.tracks.prepend(pinned);
    band.chords = music::harmonizeMelody(pinned.notes, plan.key, band.tempoMap, 0, end);

    const QSet<music::TrackRole> accompaniment{music::TrackRole::Chords, music::TrackRole::Bass,
                                               music::TrackRole::Drums};
    music::Score arranged;
    if (!composer.regenerate(band, plan, accompaniment, 0, int(plan.bars.size()) - 1, options,
                             &arranged, error, progress.part(0.5, 1.0), stats))
        return false;
    *out = arranged;
    return true;
}

} // namespace sw::engine
