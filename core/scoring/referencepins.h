#pragma once
// A reference track's findings offered as plan pins, each accepted or not by the person: its
// tempo (when it has a steady beat), its key and mode, and its build (the loudness contour laid
// over the timeline as intensity). Both front ends offer the same pins with the same words.

#include "analysis/referencetrack.h"
#include "project/timeline.h"

#include <QSet>

namespace sw::scoring {

enum class ReferencePin
{
    Tempo,
    Key,
    Build
};

struct ReferencePinOffer
{
    ReferencePin pin;
    QString name;   ///< "tempo", "key", "build": as --accept takes them
    QString detail; ///< "96.0 bpm", "D minor", "quiet opening, loudest at 70%"
};

/// The pins the track offers (no tempo when its beat is not steady).
QVector<ReferencePinOffer> referencePinOffers(const analysis::ReferenceTrack& track);

/// Parses "tempo,key,build"; false for an unknown name.
bool parseReferencePins(const QString& list, QSet<ReferencePin>* pins);

/// `pins` with the accepted offers of `track` set: the build as intensity points spread over
/// `timelineUs` (replacing any before).
project::PlanPins withReferencePins(project::PlanPins pins, const analysis::ReferenceTrack& track,
                                    const QSet<ReferencePin>& accepted, qint64 timelineUs);

} // namespace sw::scoring
