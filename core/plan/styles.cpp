#include "plan/styles.h"

#include <QStringList>

namespace sw::plan {

namespace {

// genre, bpm range, melody / chords / bass programs, drums, density shift, swing, groove.
const Style kStyles[] = {
    {"lullaby", 60, 80, 8, 46, 32, false, -2},    // celesta, harp, acoustic bass
    {"ambient", 60, 90, 89, 88, 38, false, -2},   // warm pad lead, new-age pad, synth bass
    {"new age", 60, 90, 91, 88, 38, false, -1},   // choir pad, new-age pad
    {"minimal", 70, 110, 11, 0, 32, false, -1},   // vibraphone, piano
    {"classical", 70, 120, 40, 48, 42, false, 0}, // violin, strings, cello
    {"chamber", 70, 120, 40, 48, 42, false, 0},
    {"baroque", 80, 120, 6, 48, 42, false, 0},               // harpsichord
    {"romantic", 60, 100, 0, 48, 42, false, 0},              // piano over strings
    {"orchestral", 70, 110, 60, 48, 42, true, 0},            // horn, strings, cello; timpani hits
    {"cinematic", 60, 100, 48, 49, 42, true, 0},             // strings, slow strings, cello
    {"trailer", 80, 120, 61, 48, 42, true, 1},               // brass section over strings
    {"jazz", 110, 180, 65, 0, 32, true, 0, 66, "jazz ride"}, // alto sax, piano, walking bass; swung
    {"swing", 120, 180, 65, 0, 32, true, 0, 66, "jazz ride"},
    {"blues", 70, 110, 26, 0, 33, true, 0, 67, "shuffle"}, // jazz guitar, piano; a shuffle
    {"shuffle", 80, 130, 26, 0, 33, true, 0, 67, "shuffle"},
    {"rock", 110, 150, 29, 30, 34, true, 1}, // overdriven / distorted guitar
    {"metal", 120, 180, 30, 30, 34, true, 2},
    {"punk", 150, 190, 30, 30, 34, true, 2},
    {"pop", 95, 125, 0, 4, 33, true, 0},                                    // piano, electric piano
    {"synthpop", 100, 130, 80, 89, 38, true, 0, 50, "four on the floor"},   // square lead, pad
    {"electronic", 110, 130, 81, 89, 38, true, 1, 50, "four on the floor"}, // saw lead
    {"edm", 120, 130, 81, 89, 38, true, 1, 50, "four on the floor"},
    {"house", 118, 128, 81, 89, 38, true, 1, 50, "four on the floor"},
    {"techno", 125, 140, 81, 89, 38, true, 1, 50, "four on the floor"},
    {"trance", 130, 140, 81, 90, 38, true, 1, 50, "four on the floor"},
    {"drum and bass", 160, 180, 81, 89, 38, true, 2, 50, "breakbeat"},
    {"hip hop", 80, 100, 0, 4, 38, true, 0, 56},
    {"trap", 130, 150, 80, 89, 38, true, 0, 50, "half time"},
    {"lofi", 70, 90, 4, 0, 33, true, -1, 58}, // electric piano, lazily swung
    {"rnb", 65, 100, 4, 4, 33, true, 0},
    {"soul", 70, 110, 4, 16, 33, true, 0},  // organ
    {"funk", 95, 120, 28, 16, 36, true, 1}, // muted guitar, organ, slap bass
    {"disco", 110, 130, 48, 4, 33, true, 1, 50, "four on the floor"},
    {"reggae", 70, 90, 16, 27, 33, true, 0, 50, "one drop"},
    {"bossa nova", 110, 140, 73, 24, 32, true, -1, 50, "bossa nova"}, // flute, nylon guitar
    {"latin", 90, 130, 56, 24, 32, true, 0, 50, "bossa nova"},        // trumpet, nylon guitar
    {"country", 90, 130, 25, 25, 32, true, 0},                        // steel guitar
    {"flamenco", 90, 140, 24, 24, 32, false, 0},                      // nylon guitars
    {"meditation", 50, 70, 89, 88, 38, false, -2},                    // warm pad, new-age pad
    {"folk", 80, 120, 25, 25, 32, false, -1},
    {"celtic", 90, 130, 72, 46, 32, false, 0},             // piccolo, harp
    {"march", 100, 130, 56, 61, 58, true, 0, 50, "march"}, // trumpet, brass, tuba
    {"waltz", 84, 180, 0, 48, 32, false, 0, 50, "waltz"},
    {"solo", 50, 130, 0, 0, 0, false, -1}, // one player: the piano's left hand is the bass
    {"ragtime", 90, 130, 0, 0, 32, false, 0, 58},
    {"chiptune", 120, 160, 80, 81, 38, true, 1},
    {"synthwave", 80, 118, 81, 89, 38, true, 0},
    {"noir", 60, 90, 65, 0, 32, true, -1, 50, "jazz ride"}, // saxophone, piano
    {"western", 80, 110, 24, 25, 32, true, 0},
    {"game", 110, 150, 80, 81, 38, true, 1},
    {"cartoon", 110, 150, 71, 0, 58, true, 1}, // clarinet, tuba
    {"holiday", 90, 120, 9, 0, 32, true, 0},   // glockenspiel
};

// Whether `style` is one of the genres `names` (none for no style).
bool isGenre(const Style* style, std::initializer_list<const char*> names)
{
    if (!style)
        return false;
    for (const char* n : names) {
        if (qstrcmp(style->genre, n) == 0)
            return true;
    }
    return false;
}

} // namespace

QStringList idiomaticTonics(const Style* style, bool minor)
{
    auto is = [style](std::initializer_list<const char*> names) { return isGenre(style, names); };
    if (is({"rock", "metal", "punk", "blues", "shuffle", "country", "folk", "flamenco", "western",
            "reggae", "bossa nova"}))
        return minor ? QStringList{"E", "A", "B", "D", "F#"} : QStringList{"E", "A", "D", "G", "C"};
    if (is({"jazz", "swing", "noir", "march", "latin", "funk", "soul", "disco", "ragtime"}))
        return minor ? QStringList{"C", "F", "G", "D", "Bb"}
                     : QStringList{"F", "Bb", "Eb", "C", "Ab"};
    if (is({"classical", "chamber", "baroque", "romantic", "orchestral", "cinematic", "trailer",
            "celtic", "waltz"}))
        return minor ? QStringList{"D", "G", "C", "E", "A", "B"}
                     : QStringList{"D", "G", "C", "F", "Eb", "A"};
    if (is({"electronic", "edm", "house", "techno", "trance", "drum and bass", "trap", "synthpop",
            "synthwave", "chiptune", "game", "hip hop", "lofi", "rnb", "ambient", "new age",
            "meditation"}))
        return minor ? QStringList{"A", "F", "G", "C#", "E", "D"}
                     : QStringList{"C", "F", "G", "A", "D", "Eb"};
    if (is({"lullaby", "holiday", "cartoon"}))
        return minor ? QStringList{"D", "A", "E"} : QStringList{"F", "G", "C", "D", "Eb"};
    return minor ? QStringList{"A", "E", "D", "C", "G", "B"}
                 : QStringList{"C", "G", "F", "D", "Bb", "A", "Eb", "E"};
}

Playing playingOf(const Style* style)
{
    auto is = [style](std::initializer_list<const char*> names) { return isGenre(style, names); };
    // Sequenced music is on the grid; a drum machine has no looseness to give.
    if (is({"electronic", "edm", "house", "techno", "trance", "drum and bass", "trap", "synthpop",
            "synthwave", "chiptune", "game"}))
        return {0, 0};
    if (is({"lofi"}))
        return {8, 18};
    if (is({"hip hop", "rnb", "soul", "reggae"}))
        return {6, 12};
    if (is({"jazz", "swing", "noir", "blues", "shuffle"}))
        return {7, 8};
    if (is({"punk", "metal"}))
        return {4, -6};
    if (is({"rock", "funk", "disco", "country", "western"}))
        return {4, 0};
    if (is({"classical", "chamber", "baroque", "romantic", "orchestral", "cinematic", "trailer",
            "solo", "flamenco", "folk", "celtic", "waltz", "lullaby", "ragtime"}))
        return {8, 0}; // players without a click
    return {5, 0};
}

const Style* styleOf(const QString& genre)
{
    for (const Style& s : kStyles) {
        if (genre == QLatin1String(s.genre))
            return &s;
    }
    return nullptr;
}

} // namespace sw::plan
