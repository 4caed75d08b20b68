#pragma once
// Reads a project's timeline into the planner's guidance: each video and image clip is analysed
// (offline media and unreadable files are skipped with a note), prompts are parsed, markers
// become events, and the person's plan pins become the planner's settings. A file analysed
// before in this run of the program, and not changed since (path, size, modification time),
// is not analysed again.

#include "media/mediainfo.h"
#include "plan/planner.h"
#include "project/timeline.h"
#include "scoring/analysisstore.h"

#include <functional>

namespace sw::scoring {

/// How a guidance finds its media's analyses: kept on disk in `store` (read first, written
/// after analysing), and whether a file found nowhere is analysed (`analyse`) or left out.
struct GuidanceSources
{
    AnalysisStore store;
    bool analyse = true;
};

/// Analyses what is on the timeline. `notes` lists the clips that were skipped and why.
/// Returns false only when stopped.
bool buildGuidance(const project::ProjectContent& content, plan::PlanGuidance* guidance,
                   QStringList* notes, const media::StopRequested& stop = {},
                   const std::function<void(double)>& progress = {},
                   const GuidanceSources& sources = {});

/// The guidance of a reopened project from the analyses stored beside it, analysing nothing:
/// what its lanes showed when it was saved. False when a media file's analysis is not stored
/// (never analysed, or changed since), or the timeline has no media.
bool storedGuidance(const project::ProjectContent& content, const AnalysisStore& store,
                    plan::PlanGuidance* guidance);

/// Writes to `store` the analyses of the timeline's media this run of the program has made
/// (a project saved for the first time, or under another name), analysing nothing.
void keepAnalyses(const project::ProjectContent& content, const AnalysisStore& store);

plan::PlanSettings settingsFromPins(const project::PlanPins& pins);

/// Forgets every analysis kept so far: the next guidance analyses its media again (for
/// benchmarks that time a cold job).
void forgetAnalyses();

} // namespace sw::scoring
