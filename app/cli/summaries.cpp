#include "cli/summaries.h"

#include <QFileInfo>
#include <QTextStream>

namespace sw::cli {

using music::Score;
using project::formatMediaTime;

namespace {

// "140" for 140.00007 bpm (a whole number of microseconds per quarter rarely gives a whole
// bpm), "93.75" where the tempo really has decimals.
QString bpmText(double bpm)
{
    QString text = QString::number(bpm, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QString describeScore(const Score& score, const QString& indent)
{
    QString text;
    QTextStream s(&text);
    const music::TempoMap& map = score.tempoMap;
    const qint64 end = score.endTick();
    const music::BarPosition last = map.positionOf(std::max<qint64>(0, end - 1));
    s << indent << "Length: " << formatMediaTime(score.durationMicros()) << " ("
      << (end > 0 ? last.bar + 1 : 0) << " bars, " << score.noteCount() << " notes)\n";
    QStringList tempos;
    for (const music::TempoChange& t : map.tempoChanges())
        tempos << QStringLiteral("%1 bpm at %2")
                      .arg(bpmText(music::TempoMap::bpmFromMicrosPerQuarter(t.microsPerQuarter)),
                           map.formatPosition(t.tick));
    s << indent << "Tempo: " << tempos.join(QStringLiteral(", ")) << "\n";
    QStringList meters;
    for (const music::MeterChange& m : map.meterChanges())
        meters << QStringLiteral("%1/%2 at %3")
                      .arg(m.numerator)
                      .arg(m.denominator)
                      .arg(map.formatPosition(m.tick));
    s << indent << "Meter: " << meters.join(QStringLiteral(", ")) << "\n";
    QStringList keys;
    for (const music::KeySignature& k : score.keys)
        keys << QStringLiteral("%1 at %2").arg(k.name(), map.formatPosition(k.tick));
    s << indent << "Key: "
      << (keys.isEmpty() ? QStringLiteral("none given") : keys.join(QStringLiteral(", "))) << "\n";
    if (!score.chords.isEmpty()) {
        QStringList chords;
        for (int i = 0; i < score.chords.size() && i < 16; ++i)
            chords << score.chords[i].name();
        s << indent << "Chords: " << chords.join(QLatin1Char(' '))
          << (score.chords.size() > 16 ? QStringLiteral(" ... (%1 in all)").arg(score.chords.size())
                                       : QString())
          << "\n";
    }
    for (int i = 0; i < score.tracks.size(); ++i) {
        const music::Track& t = score.tracks[i];
        int low = 127, high = 0, sung = 0;
        for (const music::Note& n : t.notes) {
            low = std::min(low, n.pitch);
            high = std::max(high, n.pitch);
            sung += n.lyric.isEmpty() ? 0 : 1;
        }
        s << indent << "Track " << i + 1 << ": \"" << t.name << "\", "
          << music::trackRoleName(t.role) << ", "
          << music::generalMidiProgramName(t.program, t.drumKit) << ", " << t.notes.size()
          << " notes";
        if (!t.notes.isEmpty())
            s << " (" << music::pitchName(low) << ".." << music::pitchName(high) << ")";
        if (sung > 0)
            s << ", " << sung << " with lyrics";
        s << "\n";
    }
    return text;
}

QString describeNotes(const Score& score)
{
    QString text;
    QTextStream s(&text);
    for (int i = 0; i < score.tracks.size(); ++i) {
        s << "Track " << i + 1 << " \"" << score.tracks[i].name << "\":\n";
        for (const music::Note& n : score.tracks[i].notes) {
            s << "  " << score.tempoMap.formatPosition(n.startTick).leftJustified(10) << " "
              << music::pitchName(n.pitch).leftJustified(4) << " vel " << n.velocity << "  "
              << n.durationTicks << " ticks";
            if (!n.lyric.isEmpty())
                s << "  \"" << n.lyric << "\"";
            s << "\n";
        }
    }
    return text;
}

QString describeMidiFile(const music::MidiFileInfo& info)
{
    QString text;
    QTextStream s(&text);
    s << "Standard MIDI File: format " << info.format << ", " << info.trackChunks
      << " track chunks, " << info.division << " ticks per quarter, " << info.events << " events\n";
    for (const QString& w : info.warnings)
        s << "Note: " << w << "\n";
    return text;
}

QString describeProject(const project::ProjectContent& content, const QString& path,
                        const project::ProjectLoadReport& report)
{
    using namespace project;
    QString text;
    QTextStream s(&text);
    s << "Project: "
      << (content.title.isEmpty() ? QFileInfo(path).completeBaseName() : content.title) << "\n";
    s << "File: " << QFileInfo(path).absoluteFilePath() << " (format " << report.fileVersion
      << ")\n";
    for (const QString& n : report.migrationNotes)
        s << "Migrated: " << n << "\n";
    s << "Length: " << formatMediaTime(content.durationUs()) << "\n";
    const QStringList missing = content.missingMedia();
    auto clipLine = [&](const Clip& c) {
        s << "  " << formatMediaTime(c.startUs) << " - " << formatMediaTime(c.endUs()) << "  "
          << clipKindName(c.kind).leftJustified(7) << " ";
        if (clipKindUsesMedia(c.kind)) {
            s << (c.name.isEmpty() ? QFileInfo(c.mediaPath).fileName() : c.name);
            if (missing.contains(c.mediaPath))
                s << "  [offline: " << c.mediaPath << " not found]";
        } else {
            s << "\"" << c.text << "\"";
        }
        s << "\n";
    };
    s << "Clips (" << content.clips.size() << "):\n";
    for (const Clip& c : content.clips)
        clipLine(c);
    s << "Markers (" << content.markers.size() << "):\n";
    for (const Marker& m : content.markers)
        s << "  " << formatMediaTime(m.timeUs) << "  "
          << (m.kind == MarkerKind::HitPoint ? "hit point" : "marker   ") << " " << m.name << "\n";
    s << "Music (" << content.musicRegions.size() << " regions):\n";
    for (const MusicRegion& r : content.musicRegions) {
        s << "  " << formatMediaTime(r.startUs) << " - " << formatMediaTime(r.endUs()) << "  \""
          << r.name << "\", " << r.takes.size() << " takes\n";
        if (const Take* take = r.active()) {
            s << "    Active take: \"" << take->name << "\" by " << take->provenance.engine;
            if (!take->provenance.model.isEmpty())
                s << " (" << take->provenance.model << ")";
            s << ", seed " << take->provenance.seed << "\n";
            s << describeScore(take->score, QStringLiteral("    "));
        }
    }
    s << "Source audio: " << (content.sourceAudio.muted ? "muted" : "on") << ", "
      << content.sourceAudio.gainDb << " dB\n";
    for (const QString& w : report.warnings)
        s << "Warning: " << w << "\n";
    return text;
}

} // namespace sw::cli
