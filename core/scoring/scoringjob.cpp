#include "scoring/scoringjob.h"

#include "engine/leadarrangement.h"
#include "engine/modelfiles.h"
#include "project/projectfile.h"
#include "scoring/projectguidance.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace sw::scoring {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sw::scoring", text, disambiguation, n);
}

// Shares of the whole job, so that one progress bar runs once from 0 to 1.
constexpr double kGuidanceShareComposing = 0.35;
constexpr double kPlanShareComposing = 0.4;
constexpr double kComposeEnd = 0.95;

// The weights used and their digest. Shipped weights were checked against their card when
// they loaded, so the card's digest is theirs: the 7 MB file is not hashed again.
std::pair<QString, QString> composerWeightsAndDigest(const ScoringRequest& request)
{
    if (!request.composerWeights.isEmpty())
        return {QFileInfo(request.composerWeights).fileName(),
                engine::fileSha256(request.composerWeights)};
    return {QStringLiteral("composer.pt"),
            engine::modelCardSha256(request.modelsDir, QStringLiteral("composer"))};
}

// How the take was made, enough to make it again: the model and its digest, the sampler's
// settings, the seed, what the person asked (prompts, pins) and the program that did it.
project::Provenance provenanceOf(const ScoringRequest& request, const ScoringResult& result)
{
    project::Provenance p;
    p.engine = QStringLiteral("composer");
    const auto [model, sha256] = composerWeightsAndDigest(request);
    p.model = model;
    p.seed = request.compose.seed;
    const plan::MusicPlan& plan = result.plan;
    p.controls =
        QJsonObject{{QStringLiteral("bpm"), plan.tempo.bpm},
                    {QStringLiteral("key"), plan.key.name()},
                    {QStringLiteral("bars"), int(plan.bars.size())},
                    {QStringLiteral("music_start_s"), double(result.musicStartUs) / 1e6},
                    {QStringLiteral("temperature"), request.compose.temperature},
                    {QStringLiteral("top_p"), request.compose.topP},
                    {QStringLiteral("pin_key"), request.compose.pinKey},
                    {QStringLiteral("model_sha256"), sha256},
                    {QStringLiteral("prompts"), promptTexts(request.content)},
                    {QStringLiteral("pins"), project::planPinsToJson(request.content.planPins)},
                    {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
    switch (request.kind) {
    case ScoringKind::Regenerate:
        p.controls.insert(QStringLiteral("from"), request.basedOn);
        p.controls.insert(
            QStringLiteral("regenerated"),
            QStringLiteral("%1-%2").arg(request.firstBar + 1).arg(request.lastBar + 1));
        break;
    case ScoringKind::ArrangeAroundLead:
        p.controls.insert(QStringLiteral("lead"), request.basedOn);
        break;
    default:
        break;
    }
    if (request.sing) {
        p.controls.insert(QStringLiteral("sung"), true);
        p.controls.insert(QStringLiteral("voice"), engine::voiceTypeName(request.voice));
    }
    return p;
}

std::unique_ptr<engine::Composer> loadComposer(const ScoringRequest& request, QString* error)
{
    return request.composerWeights.isEmpty()
               ? engine::Composer::loadFromModels(request.modelsDir, error)
               : engine::Composer::loadWeights(request.composerWeights, error);
}

bool compose(engine::Composer& composer, const ScoringRequest& request, ScoringResult* result,
             QString* error, const engine::ComposeProgress& progress)
{
    switch (request.kind) {
    case ScoringKind::ArrangeAroundLead:
        result->plan = engine::planInKeyOfMelody(result->plan, request.lead.notes);
        return engine::arrangeAroundLead(composer, request.lead, result->plan, request.compose,
                                         &result->score, error, progress, &result->stats);
    case ScoringKind::Regenerate:
        return composer.regenerate(request.from, result->plan, request.roles, request.firstBar,
                                   request.lastBar, request.compose, &result->score, error,
                                   progress, &result->stats);
    default:
        return composer.compose(result->plan, request.compose, &result->score, error, progress,
                                &result->stats);
    }
}

} // namespace

QJsonArray promptTexts(const project::ProjectContent& content)
{
    QJsonArray prompts;
    for (const project::Clip& clip : content.clips) {
        if (clip.kind == project::ClipKind::Prompt)
            prompts.append(clip.text);
    }
    return prompts;
}

namespace {
bool isSung(const project::Clip& clip)
{
    return clip.kind == project::ClipKind::Lyrics && !clip.text.trimmed().isEmpty();
}
} // namespace

QVector<engine::LyricPlacement> lyricPlacements(const project::ProjectContent& content,
                                                qint64 musicStartUs)
{
    QVector<engine::LyricPlacement> lyrics;
    for (const project::Clip& clip : content.clips) {
        if (isSung(clip))
            lyrics.append({clip.startUs - musicStartUs, clip.text, clip.durationUs});
    }
    return lyrics;
}

int lyricPlacementIndex(const project::ProjectContent& content, const QUuid& clipId)
{
    int index = 0;
    for (const project::Clip& clip : content.clips) {
        if (clip.id == clipId)
            return isSung(clip) ? index : -1;
        index += isSung(clip);
    }
    return -1;
}

bool runScoring(const ScoringRequest& request, ScoringResult* result, QString* error,
                const media::StopRequested& stop, const ScoringProgress& progress)
{
    auto tell = [&](double fraction, const QString& stage) {
        if (progress)
            progress(fraction, stage);
    };
    auto stopped = [&] { return stop && stop(); };
    error->clear();
    *result = ScoringResult{};
    if (request.content.durationUs() <= 0) {
        *error = tr("There is nothing on the timeline to plan music for.");
        return false;
    }
    const bool composes = request.kind != ScoringKind::Plan;
    if (composes)
        tell(0.0, tr("Loading the models"));
    // The lyricist is loaded before anything long, so that missing weights cost nothing.
    std::unique_ptr<engine::Lyricist> lyricist;
    if (composes && request.sing) {
        if (lyricPlacements(request.content, 0).isEmpty()) {
            *error = tr("There are no lyrics on the timeline to sing. Add a lyric clip with the "
                        "words.");
            return false;
        }
        lyricist = engine::Lyricist::loadFromModels(request.modelsDir, error);
        if (!lyricist)
            return false;
    }
    std::unique_ptr<engine::Composer> composer;
    if (composes) {
        composer = loadComposer(request, error);
        if (!composer)
            return false;
    }

    const double guidanceShare = composes ? kGuidanceShareComposing : 0.9;
    const QString reading = tr("Reading the picture and the prompts");
    tell(0.0, reading);
    if (!buildGuidance(request.content, &result->guidance, &result->notes, stop,
                       [&](double f) { tell(guidanceShare * f, reading); },
                       {AnalysisStore(request.analysisFolder), true}))
        return false;
    tell(guidanceShare, tr("Planning"));
    result->plan = plan::makePlan(result->guidance);
    result->musicStartUs = result->plan.tempo.musicStartUs;
    result->musicLengthUs =
        std::max<qint64>(1, result->plan.tempo.musicEndUs - result->plan.tempo.musicStartUs);
    if (!composes) {
        tell(1.0, tr("Planned %n bar(s)", nullptr, int(result->plan.bars.size())));
        return true;
    }
    if (stopped())
        return false;

    const double composeStart = kPlanShareComposing;
    const double composeEnd = request.sing ? kComposeEnd : 1.0;
    const engine::ComposeProgress composing{
        [&](double f) { tell(composeStart + (composeEnd - composeStart) * f, tr("Composing")); },
        stopped};
    if (!compose(*composer, request, result, error, composing)) {
        if (stopped())
            error->clear();
        return false;
    }
    if (request.sing) {
        tell(composeEnd, tr("Singing the lyrics"));
        engine::VocalOptions vocal;
        vocal.seed = request.compose.seed;
        vocal.voice = request.voice;
        QStringList sung;
        if (!engine::addVocalLine(*lyricist, lyricPlacements(request.content, result->musicStartUs),
                                  vocal, &result->score, &sung, error))
            return false;
        result->notes += sung;
    }
    result->provenance = provenanceOf(request, *result);
    tell(1.0, tr("Composed %n note(s)", nullptr, result->score.noteCount()));
    return true;
}

QString scoringTitle(const ScoringRequest& request)
{
    switch (request.kind) {
    case ScoringKind::Plan:
        return tr("Plan the music");
    case ScoringKind::Regenerate:
        return tr("Regenerate bars %1-%2").arg(request.firstBar + 1).arg(request.lastBar + 1);
    case ScoringKind::ArrangeAroundLead:
        return tr("Arrange around the melody");
    case ScoringKind::Compose:
        break;
    }
    return tr("Score the video");
}

ScoringTask::ScoringTask(ScoringRequest request)
    : jobs::Task(scoringTitle(request), request.regionId), m_request(std::move(request))
{
}

bool ScoringTask::run()
{
    QString error;
    if (runScoring(m_request, &m_result, &error, stopRequested(),
                   [this](double f, const QString& stage) { setProgress(f, stage); }))
        return true;
    if (!isCancelled())
        setError(error);
    return false;
}

} // namespace sw::scoring
