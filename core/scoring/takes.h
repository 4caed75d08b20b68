#pragma once
// Where a scoring job's result goes and where a take comes out: the new take added to its
// music region as one undo step (the same for the desktop's Score Video and the command line's
// `score --save`), and an export request that places the chosen take in the picture's time.

#include "render/soundtrackexport.h"
#include "scoring/scoringjob.h"

namespace sw::project {
class Project;
}

namespace sw::scoring {

/// "A" for the first take of a region, then "B", ... "Z", then numbers.
QString nextTakeLetter(int takes);

/// The first music region whose active take has notes: what export and the vocal work on.
const project::MusicRegion* firstScoredRegion(const project::ProjectContent& content);

/// Adds the composed take to `project` as one undo step named after the job: to the request's
/// region, else to the region that starts where the music does, else to a new region over the
/// music. The new take becomes the region's active one. `regionId` and `take` (when given)
/// receive where it went and what it was called. Fails without changing the project.
bool addScoredTake(project::Project& project, const ScoringRequest& request,
                   const ScoringResult& result, QUuid* regionId, project::Take* take,
                   QString* error);

/// The request that makes `take` again from its provenance, over `content` (the project it was
/// made in: the prompts and pins it was made from are in the project, and the provenance says
/// which they were). Takes composed from the plan (sung or not) can be made again; a take
/// regenerated from or arranged around another, or recorded, says so in `error`.
bool remakeRequest(const project::ProjectContent& content, const project::Take& take,
                   const QString& modelsDir, ScoringRequest* request, QString* error);

/// An export of the active take of `region`. The first video on the timeline whose file is
/// there carries the picture, and the music lies in that file's time; without a video the
/// timeline is the picture, and the music is placed in its time (a lead-in before it).
render::ExportRequest exportRequestForRegion(const project::ProjectContent& content,
                                             const project::MusicRegion& region);

} // namespace sw::scoring
