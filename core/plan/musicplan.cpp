#include "plan/musicplan.h"

#include "plan/form.h"

#include <QJsonArray>
#include <cmath>

namespace sw::plan {

namespace {

double seconds(qint64 us)
{
    return std::round(double(us) / 1000.0) / 1000.0;
}

double rounded(double v, double scale = 1000.0)
{
    return std::round(v * scale) / scale;
}

} // namespace

QJsonObject MusicPlan::toJson() const
{
    QJsonArray barList;
    for (const PlanBar& b : bars) {
        QJsonObject programsJson;
        QJsonArray rolesJson;
        for (music::TrackRole role : b.roles) {
            rolesJson.append(music::trackRoleName(role));
            programsJson.insert(music::trackRoleName(role), b.programs.value(role));
        }
        barList.append(
            QJsonObject{{QStringLiteral("index"), b.index},
                        {QStringLiteral("start_s"), seconds(b.startUs)},
                        {QStringLiteral("end_s"), seconds(b.endUs)},
                        {QStringLiteral("beats"), b.beats},
                        {QStringLiteral("bpm"), rounded(b.bpm)},
                        {QStringLiteral("section"), b.section},
                        {QStringLiteral("intensity"), rounded(b.intensity, 100)},
                        {QStringLiteral("density"), b.density},
                        {QStringLiteral("valence"), rounded(b.valence, 100)},
                        {QStringLiteral("arousal"), rounded(b.arousal, 100)},
                        {QStringLiteral("roles"), rolesJson},
                        {QStringLiteral("programs"), programsJson},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(b.reasons)}});
    }
    QJsonArray sectionList;
    for (const PlanSection& s : sections)
        sectionList.append(QJsonObject{{QStringLiteral("first_bar"), s.firstBar},
                                       {QStringLiteral("last_bar"), s.lastBar},
                                       {QStringLiteral("label"), s.label},
                                       {QStringLiteral("reason"), s.reason}});
    QJsonArray phraseList;
    for (const PlanPhrase& p : phrases)
        phraseList.append(QJsonObject{{QStringLiteral("first_bar"), p.firstBar},
                                      {QStringLiteral("last_bar"), p.lastBar},
                                      {QStringLiteral("letter"), QString(p.letter)}});
    QJsonArray events;
    for (const EventPlacement& p : tempo.placements)
        events.append(
            QJsonObject{{QStringLiteral("time_s"), seconds(p.event.timeUs)},
                        {QStringLiteral("kind"), eventKindName(p.event.kind)},
                        {QStringLiteral("weight"), rounded(p.event.weight, 100)},
                        {QStringLiteral("bar"), p.bar},
                        {QStringLiteral("offset_to_downbeat_s"), seconds(p.offsetToDownbeatUs)},
                        {QStringLiteral("offset_to_beat_s"), seconds(p.offsetToBeatUs)}});
    return {{QStringLiteral("bpm"), rounded(tempo.bpm)},
            {QStringLiteral("meter"),
             QStringLiteral("%1/%2").arg(meterNumerator).arg(meterDenominator)},
            {QStringLiteral("key"), key.name()},
            {QStringLiteral("swing_percent"), swingPercent},
            {QStringLiteral("loose_ms"), looseMs},
            {QStringLiteral("laid_back_ms"), laidBackMs},
            {QStringLiteral("groove"), groove},
            {QStringLiteral("music_start_s"), seconds(tempo.musicStartUs)},
            {QStringLiteral("music_end_s"), seconds(tempo.musicEndUs)},
            {QStringLiteral("bars"), barList},
            {QStringLiteral("sections"), sectionList},
            {QStringLiteral("phrases"), phraseList},
            {QStringLiteral("form"), formString(phrases)},
            {QStringLiteral("events"), events},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
            {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)}};
}

music::Score MusicPlan::toScore() const
{
    music::Score score;
    score.title = QStringLiteral("Plan");
    score.tempoMap = tempo.tempoMap;
    score.swingPercent = swingPercent;
    score.keys = {music::KeySignature{0, key.fifths, key.mode}};
    music::Track click;
    click.name = QStringLiteral("Click");
    click.drumKit = true;
    click.role = music::TrackRole::Drums;
    const qint64 beatTicks = music::TempoMap::beatLengthTicks(meterDenominator);
    qint64 tick = 0;
    for (const PlanBar& bar : bars) {
        for (int beat = 0; beat < bar.beats; ++beat) {
            music::Note n;
            n.pitch = beat == 0 ? 76 : 77; // high and low wood block
            n.velocity = beat == 0 ? 110 : 70;
            n.startTick = tick + beat * beatTicks;
            n.durationTicks = beatTicks / 2;
            click.notes.append(n);
        }
        tick += bar.beats * beatTicks;
    }
    score.tracks = {click};
    return score;
}

} // namespace sw::plan
