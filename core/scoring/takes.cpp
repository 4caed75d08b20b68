#include "scoring/takes.h"

#include "music/leadin.h"
#include "project/project.h"

#include <QCoreApplication>

namespace sw::scoring {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sw::scoring", text);
}

// How far apart the starts of a region and of newly planned music may be and still be the
// same region: a re-plan of the same picture lands within a millisecond of the old start.
constexpr qint64 kSameRegionToleranceUs = 1000;

QString takeNameFor(const ScoringRequest& request, int takes)
{
    const QString letter = nextTakeLetter(takes);
    switch (request.kind) {
    case ScoringKind::ArrangeAroundLead:
        return tr("Take %1 (arranged)").arg(letter);
    case ScoringKind::Regenerate:
        return tr("Take %1 (bars %2-%3 new)")
            .arg(letter)
            .arg(request.firstBar + 1)
            .arg(request.lastBar + 1);
    default:
        return request.sing ? tr("Take %1 (sung)").arg(letter) : tr("Take %1").arg(letter);
    }
}

} // namespace

QString nextTakeLetter(int takes)
{
    return takes < 26 ? QString(QChar(u'A' + takes)) : QString::number(takes + 1);
}

const project::MusicRegion* firstScoredRegion(const project::ProjectContent& content)
{
    for (const project::MusicRegion& r : content.musicRegions) {
        if (r.active() && r.active()->score.noteCount() > 0)
            return &r;
    }
    return nullptr;
}

bool addScoredTake(project::Project& project, const ScoringRequest& request,
                   const ScoringResult& result, QUuid* regionId, project::Take* takeOut,
                   QString* error)
{
    if (!result.composed()) {
        *error = tr("Nothing was composed.");
        return false;
    }
    const project::MusicRegion* region =
        request.regionId.isNull() ? nullptr : project.musicRegion(request.regionId);
    if (!request.regionId.isNull() && !region) {
        *error = tr("The music region was removed; the new take was not added.");
        return false;
    }
    if (!region) {
        for (const project::MusicRegion& r : project.content().musicRegions) {
            if (std::llabs(r.startUs - result.musicStartUs) < kSameRegionToleranceUs) {
                region = &r;
                break;
            }
        }
    }
    project::Take take;
    take.id = QUuid::createUuid();
    take.created = QDateTime::currentDateTimeUtc();
    take.name = takeNameFor(request, region ? int(region->takes.size()) : 0);
    take.provenance = result.provenance;
    take.score = result.score;
    const QString action = scoringTitle(request);
    bool added = false;
    QUuid id;
    if (region) {
        id = region->id;
        added = project.requestAddTake(id, take, nullptr, action);
    } else {
        // A new region holding its first take: one request, so one undo step that cannot fail
        // half-way.
        project::MusicRegion fresh;
        fresh.name = tr("Score");
        fresh.startUs = result.musicStartUs;
        fresh.durationUs = result.musicLengthUs;
        fresh.takes = {take};
        fresh.activeTake = 0;
        added = project.requestAddMusicRegion(fresh, &id, action);
    }
    if (!added) {
        *error = project.lastError();
        return false;
    }
    if (regionId)
        *regionId = id;
    if (takeOut)
        *takeOut = take;
    return true;
}

render::ExportRequest exportRequestForRegion(const project::ProjectContent& content,
                                             const project::MusicRegion& region)
{
    render::ExportRequest request;
    if (const project::Take* take = region.active())
        request.score = take->score;
    const QStringList missing = content.missingMedia();
    for (const project::Clip& clip : content.clips) {
        if (clip.kind == project::ClipKind::Video && !missing.contains(clip.mediaPath)) {
            request.videoPath = clip.mediaPath;
            request.musicOffsetUs = region.startUs - clip.startUs + clip.sourceInUs;
            return request;
        }
    }
    // No picture file: the timeline is the picture, and everything written starts at its 0.
    QString ignored;
    music::Score placed;
    if (region.startUs > 0 &&
        music::placeAfterLeadIn(request.score, region.startUs, &placed, &ignored))
        request.score = placed;
    return request;
}

} // namespace sw::scoring
