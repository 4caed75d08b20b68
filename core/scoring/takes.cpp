#include "scoring/takes.h"

#include "music/leadin.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

bool remakeRequest(const project::ProjectContent& content, const project::Take& take,
                   const QString& modelsDir, ScoringRequest* request, QString* error)
{
    const QJsonObject& controls = take.provenance.controls;
    if (take.provenance.engine != QLatin1String("composer") ||
        controls.contains(QStringLiteral("from")) || controls.contains(QStringLiteral("lead"))) {
        *error =
            tr("%1 was not composed from the plan alone (it is %2); it cannot be made again "
               "from its provenance")
                .arg(take.name, controls.contains(QStringLiteral("from"))
                                    ? tr("a regeneration of %1")
                                          .arg(controls.value(QStringLiteral("from")).toString())
                                : controls.contains(QStringLiteral("lead"))
                                    ? tr("an arrangement around %1")
                                          .arg(controls.value(QStringLiteral("lead")).toString())
                                    : take.provenance.engine);
        return false;
    }
    // The same notes need the same guidance: the prompts and pins it was made under.
    if (promptTexts(content) != controls.value(QStringLiteral("prompts")).toArray() ||
        project::planPinsToJson(content.planPins) !=
            controls.value(QStringLiteral("pins")).toObject()) {
        *error = tr("the prompts or the plan's pins have changed since %1 was made; it cannot be "
                    "made again as it was")
                     .arg(take.name);
        return false;
    }
    *request = ScoringRequest{};
    request->kind = ScoringKind::Compose;
    request->content = content;
    request->modelsDir = modelsDir;
    request->compose.seed = take.provenance.seed;
    request->compose.temperature =
        controls.value(QStringLiteral("temperature")).toDouble(request->compose.temperature);
    request->compose.topP = controls.value(QStringLiteral("top_p")).toDouble(request->compose.topP);
    request->compose.pinKey = controls.value(QStringLiteral("pin_key")).toBool(true);
    request->sing = controls.value(QStringLiteral("sung")).toBool(false);
    if (request->sing)
        engine::parseVoiceType(controls.value(QStringLiteral("voice")).toString(), &request->voice);
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
