// `scorewright-cli eval prompts`: each prompt of the table (resources/eval/prompt-asks.tsv, or
// --table) scores the same picture, a bright, colourful clip cut every few seconds (so that
// words must outrank colour), through the parser, the planner and the composer as the desktop
// does; the score is measured (engine/promptfidelity.h) against what the table asks, and the
// misses are printed. Density is judged against the same clip scored without a prompt.

#include "cli/evalprompts.h"

#include "analysis/promptparser.h"
#include "cli/clicommand.h"
#include "engine/composer.h"
#include "engine/promptfidelity.h"
#include "music/feel.h"
#include "plan/planner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>
#include <cmath>

namespace sw::cli {

namespace {

struct TableRow
{
    QString prompt;
    QVector<engine::PromptAsk> asks;
};

bool readTable(const QString& path, QVector<TableRow>* rows, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err << "cannot read the prompt table " << path << ": " << file.errorString() << "\n";
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        TableRow row;
        row.prompt = fields.value(0).trimmed();
        QString error;
        if (fields.size() != 2 || !engine::parsePromptAsks(fields[1], &row.asks, &error)) {
            err << path << ":" << lineNumber << ": "
                << (error.isEmpty() ? QStringLiteral("expected PROMPT<TAB>ASKS") : error) << "\n";
            return false;
        }
        rows->append(row);
    }
    return true;
}

// A bright, saturated, warm clip (the picture alone would ask for a happy major piece), cut
// every 4-6 s.
plan::PlanGuidance brightClip(double seconds)
{
    plan::PlanGuidance g;
    g.durationUs = qint64(seconds * 1e6);
    plan::TimedVideo video;
    video.analysis.durationUs = g.durationUs;
    video.analysis.frameRate = 25;
    // Motion that comes and goes (0.1-0.5 frame widths a second over 12 s), so that the
    // unprompted piece is neither at its calmest nor its busiest.
    const int samples = int(g.durationUs / video.analysis.motion.stepUs);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) * video.analysis.motion.stepUs / 1e6;
        video.analysis.motion.values.append(float(0.3 + 0.2 * std::sin(2 * M_PI * t / 12)));
    }
    const qint64 shotLengths[] = {5000000, 4200000, 6100000, 4600000, 5400000};
    qint64 start = 0;
    for (int i = 0; start < g.durationUs; ++i) {
        const qint64 end = std::min(g.durationUs, start + shotLengths[i % 5]);
        analysis::Shot shot;
        shot.startUs = start;
        shot.endUs = end;
        shot.brightness = 0.8;
        shot.saturation = 0.7;
        shot.warmth = 0.5;
        shot.motion = 0.3;
        shot.mood = {0.6, 0.3, QStringLiteral("bright, saturated, warm")};
        video.analysis.shots.append(shot);
        if (end < g.durationUs)
            video.analysis.transitions.append({end, 0, analysis::TransitionKind::Hard, 1.0});
        start = end;
    }
    g.videos.append(video);
    return g;
}

bool scorePrompt(engine::Composer& composer, const analysis::PromptParser& parser,
                 const QString& prompt, const PromptEvalSettings& settings, music::Score* score,
                 QString* error)
{
    plan::PlanGuidance g = brightClip(settings.seconds);
    if (!prompt.isEmpty())
        g.prompts.append({0, g.durationUs, parser.parse(prompt)});
    const plan::MusicPlan plan = plan::makePlan(g);
    engine::ComposeOptions options;
    options.seed = settings.seed;
    return composer.compose(plan, options, score, error);
}

} // namespace

int evalPrompts(const PromptEvalSettings& settings, QTextStream& out, QTextStream& err)
{
    QVector<TableRow> rows;
    const QString table = settings.tablePath.isEmpty()
                              ? QStringLiteral(":/scorewright/eval/prompt-asks.tsv")
                              : settings.tablePath;
    if (!readTable(table, &rows, err))
        return kExitBadInput;
    QString error;
    std::unique_ptr<engine::Composer> composer =
        settings.weightsPath.isEmpty()
            ? engine::Composer::loadFromModels(engine::Composer::defaultModelsDirectory(), &error)
            : engine::Composer::loadWeights(settings.weightsPath, &error);
    if (!composer) {
        err << error << "\n";
        return kExitBadInput;
    }
    const analysis::PromptParser parser;
    QElapsedTimer clock;
    clock.start();
    music::Score neutralScore;
    if (!scorePrompt(*composer, parser, {}, settings, &neutralScore, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    const engine::PieceMeasures neutral = engine::measurePiece(music::performedScore(neutralScore));
    struct Tally
    {
        int asked = 0, met = 0;
    };
    QMap<QString, Tally> byKind;
    Tally all;
    int promptsFullyMet = 0;
    QStringList misses;
    for (const TableRow& row : rows) {
        music::Score score;
        if (!scorePrompt(*composer, parser, row.prompt, settings, &score, &error)) {
            err << "\"" << row.prompt << "\": " << error << "\n";
            return kExitBadInput;
        }
        // What plays: swung eighths where they are heard.
        const engine::PieceMeasures m = engine::measurePiece(music::performedScore(score));
        bool everything = true;
        for (const engine::PromptAsk& ask : row.asks) {
            QString found;
            const bool met = engine::askMet(ask, m, neutral, &found);
            Tally& t = byKind[engine::promptAskKindName(ask.kind)];
            ++t.asked;
            ++all.asked;
            t.met += met ? 1 : 0;
            all.met += met ? 1 : 0;
            everything = everything && met;
            if (!met)
                misses << QStringLiteral("  \"%1\": %2, found %3").arg(row.prompt, ask.text, found);
            else if (settings.verbose)
                out << "  met \"" << row.prompt << "\": " << ask.text << " (" << found << ")\n";
        }
        promptsFullyMet += everything ? 1 : 0;
    }
    out << "Prompt fidelity: " << rows.size() << " prompts of " << table << ", each scoring a "
        << QString::number(settings.seconds, 'f', 0)
        << " s bright, warm clip (the picture alone asks for a happy piece), seed " << settings.seed
        << "; " << QString::number(clock.elapsed() / 1000.0, 'f', 0) << " s\n";
    out << QStringLiteral("  %1 %2 %3\n")
               .arg(QStringLiteral("ask"), -12)
               .arg(QStringLiteral("met"), 10)
               .arg(QStringLiteral("share"), 7);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(it.key(), -12)
                   .arg(QStringLiteral("%1/%2").arg(it->met).arg(it->asked), 10)
                   .arg(QStringLiteral("%1%").arg(100.0 * it->met / std::max(1, it->asked), 0, 'f',
                                                  0),
                        7);
    out << "  all asks met: " << all.met << "/" << all.asked << " ("
        << QString::number(100.0 * all.met / std::max(1, all.asked), 'f', 1)
        << "%); prompts with every ask met: " << promptsFullyMet << "/" << rows.size() << "\n";
    out << "  unprompted: " << QString::number(neutral.bpm, 'f', 0) << " bpm, "
        << QString::number(neutral.notesPerSecond, 'f', 1) << " notes/s, "
        << (neutral.drumNotes > 0 ? "drums" : "no drums") << "\n";
    if (!misses.isEmpty())
        out << "Misses:\n" << misses.join(QLatin1Char('\n')) << "\n";
    return kExitOk;
}

} // namespace sw::cli
