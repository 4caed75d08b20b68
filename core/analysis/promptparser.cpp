#include "analysis/promptparser.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

// The lexicon is a resource of this static library: make sure the linker keeps it.
static void initLexiconResource()
{
    Q_INIT_RESOURCE(analysis);
}

namespace sw::analysis {

namespace {

using Kind = PromptConstraint::Kind;

// One reading of a lexicon term.
struct Entry
{
    QString category;
    QStringList values;
};

struct Token
{
    QString text; // lower case
    int start = 0;
    int end = 0;
    bool boundary = false; // punctuation that ends a clause
    bool consumed = false;
};

constexpr int kLongestTerm = 4; // words
constexpr int kMaxUnknownWords = 50;

QVector<Token> tokenize(const QString& text)
{
    QVector<Token> tokens;
    int i = 0;
    const int n = text.size();
    auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'\'' || c == u'&' || c == u'#' || c == u'\u2019';
    };
    while (i < n) {
        const QChar c = text[i];
        if (isWordChar(c)) {
            int j = i;
            while (j < n && (isWordChar(text[j]) ||
                             (text[j] == u'-' && j + 1 < n && isWordChar(text[j + 1]) && j > i)))
                ++j;
            tokens.append({text.mid(i, j - i).toLower(), i, j, false, false});
            i = j;
        } else {
            if (QStringLiteral(".,;:!?()[]\n").contains(c) || c == u'\u2014')
                tokens.append({QString(c), i, i + 1, true, false});
            ++i;
        }
    }
    return tokens;
}

// Marks the tokens inside [start, end) as read.
void consume(QVector<Token>& tokens, int start, int end)
{
    for (Token& t : tokens) {
        if (t.start >= start && t.end <= end)
            t.consumed = true;
    }
}

} // namespace

QString promptConstraintKindName(PromptConstraint::Kind kind)
{
    switch (kind) {
    case Kind::Mood:
        return QStringLiteral("mood");
    case Kind::Genre:
        return QStringLiteral("genre");
    case Kind::Tempo:
        return QStringLiteral("tempo");
    case Kind::Key:
        return QStringLiteral("key");
    case Kind::Mode:
        return QStringLiteral("mode");
    case Kind::Meter:
        return QStringLiteral("meter");
    case Kind::Instrument:
        return QStringLiteral("instrument");
    case Kind::Drums:
        return QStringLiteral("drums");
    case Kind::Dynamics:
        return QStringLiteral("dynamics");
    case Kind::Density:
        return QStringLiteral("density");
    case Kind::Shape:
        return QStringLiteral("shape");
    case Kind::Section:
        return QStringLiteral("section");
    }
    return {};
}

struct PromptParser::Lexicon
{
    QHash<QString, QVector<Entry>> terms;
    QStringList errors;

    void load(const QString& tsv)
    {
        static const QHash<QString, int> kValueCounts = {
            {QStringLiteral("mood"), 2},        {QStringLiteral("genre"), 1},
            {QStringLiteral("tempo"), 2},       {QStringLiteral("instrument"), 2},
            {QStringLiteral("drums"), 1},       {QStringLiteral("dynamics"), 1},
            {QStringLiteral("density"), 1},     {QStringLiteral("shape"), 1},
            {QStringLiteral("section"), 1},     {QStringLiteral("mode"), 1},
            {QStringLiteral("meter"), 2},       {QStringLiteral("negation"), 0},
            {QStringLiteral("intensifier"), 1}, {QStringLiteral("sequence"), 0},
            {QStringLiteral("ignore"), 0}};
        const QStringList lines = tsv.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList fields = lines[i].split(u'\t');
            for (QString& f : fields)
                f = f.trimmed();
            if (fields.size() < 2 || !kValueCounts.contains(fields[1]) ||
                fields.size() - 2 < kValueCounts.value(fields[1])) {
                errors << QStringLiteral("line %1: \"%2\"").arg(i + 1).arg(line);
                continue;
            }
            terms[fields[0].toLower()].append({fields[1], fields.mid(2)});
        }
    }
};

PromptParser::PromptParser() : m_lexicon(std::make_unique<Lexicon>())
{
    initLexiconResource();
    QFile file(QStringLiteral(":/scorewright/lexicon/prompt-lexicon.tsv"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        m_lexicon->load(QString::fromUtf8(file.readAll()));
    else
        m_lexicon->errors << QStringLiteral("the built-in lexicon is missing");
}

PromptParser::PromptParser(const QString& lexiconTsv) : m_lexicon(std::make_unique<Lexicon>())
{
    m_lexicon->load(lexiconTsv);
}

PromptParser::~PromptParser() = default;

int PromptParser::termCount() const
{
    return m_lexicon->terms.size();
}

QStringList PromptParser::lexiconErrors() const
{
    return m_lexicon->errors;
}

namespace {

// The tempos a prompt may ask for, as a pinned tempo may (PlanPins::validate).
constexpr int kMinPromptBpm = 20;
constexpr int kMaxPromptBpm = 400;

// Reads numbers and keys, which no word list can hold: "96 bpm", "at 120", "3/4", "in D minor".
class PatternReader
{
public:
    PatternReader(const QString& text, QVector<Token>& tokens, QVector<PromptConstraint>& out,
                  QStringList& refused)
        : m_text(text), m_tokens(tokens), m_out(out), m_refused(refused)
    {
    }

    void readAll()
    {
        readTempoNumbers();
        readMeters();
        readKeys();
        readGermanKeys();
    }

private:
    void add(PromptConstraint c, const QRegularExpressionMatch& match)
    {
        c.words = match.captured(0).trimmed();
        c.explicitNumber = true;
        c.label = QString::number(match.capturedStart(0)); // position, replaced by the parser
        m_out.append(c);
        consume(m_tokens, match.capturedStart(0), match.capturedEnd(0));
    }

    void readTempoNumbers()
    {
        static const QRegularExpression withUnit(
            QStringLiteral("(\\d{2,3}(?:\\.\\d+)?)\\s*(?:-|to|–)?\\s*(\\d{2,3})?\\s*"
                           "(?:bpm|beats per minute|beats a minute|beats/min)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression withWord(
            QStringLiteral("\\b(?:at|tempo|around|about|roughly)\\s+(\\d{2,3})\\b(?!\\s*(?:/"
                           "|%|s\\b|sec|seconds|minutes|percent|per cent|times|x\\b))"),
            QRegularExpression::CaseInsensitiveOption);
        for (const auto* pattern : {&withUnit, &withWord}) {
            auto it = pattern->globalMatch(m_text);
            while (it.hasNext()) {
                const auto match = it.next();
                const double first = match.captured(1).toDouble();
                const double second = pattern == &withUnit && !match.captured(2).isEmpty()
                                          ? match.captured(2).toDouble()
                                          : first;
                if (alreadyRead(match))
                    continue;
                if (first < kMinPromptBpm || first > kMaxPromptBpm || second < kMinPromptBpm ||
                    second > kMaxPromptBpm) {
                    // "a hit at 10" is a time, not a tempo: only a number said in bpm is
                    // reported.
                    if (pattern == &withUnit)
                        m_refused << QStringLiteral("\"%1\" is outside the %2-%3 bpm a tempo may "
                                                    "have; it is ignored")
                                         .arg(match.captured(0).trimmed())
                                         .arg(kMinPromptBpm)
                                         .arg(kMaxPromptBpm);
                    continue;
                }
                PromptConstraint c;
                c.kind = Kind::Tempo;
                c.bpmMin = std::min(first, second);
                c.bpmMax = std::max(first, second);
                add(c, match);
            }
        }
    }

    void readMeters()
    {
        static const QRegularExpression meter(
            QStringLiteral("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\b"));
        auto it = meter.globalMatch(m_text);
        while (it.hasNext()) {
            const auto match = it.next();
            const int num = match.captured(1).toInt();
            const int den = match.captured(2).toInt();
            if (num < 1 || num > 32 || den < 1 || den > 32 || (den & (den - 1)) != 0 ||
                alreadyRead(match))
                continue;
            PromptConstraint c;
            c.kind = Kind::Meter;
            c.meterNumerator = num;
            c.meterDenominator = den;
            add(c, match);
        }
    }

    // "in D minor", "F# major", "Bb", "key of E", "C minor". A lone lower-case "a" is a key
    // only after "in" or "key of" ("in a minor" is A minor; "a minor key" is any minor key).
    void readKeys()
    {
        static const QRegularExpression key(QStringLiteral(
            "(\\b(?:in|key "
            "of)\\s+)?\\b([A-Ga-g])(#|\u266f|b|\u266d|-sharp|-flat|\\s+sharp|\\s+flat)?"
            "(?:\\s*(major|minor|maj|min|m|dur|moll)\\b|(?=\\s+key\\b))?(?!\\w)"));
        auto it = key.globalMatch(m_text);
        while (it.hasNext()) {
            const auto match = it.next();
            const bool introduced = !match.captured(1).isEmpty();
            const QString letter = match.captured(2);
            const QString accidental = match.captured(3).trimmed().toLower();
            const QString mode = match.captured(4).toLower();
            const bool capital = letter.at(0).isUpper();
            const QString after = m_text.mid(match.capturedEnd(0)).trimmed().toLower();
            if (!introduced && (!capital || (mode.isEmpty() && accidental.isEmpty())))
                continue; // "a bright tune", "b" in "b-roll": not keys
            if (!introduced && mode.isEmpty())
                continue;
            if (letter == QLatin1String("a") && !capital && after.startsWith(QLatin1String("key")))
                continue; // "a minor key": the mode alone, read by the lexicon
            if (alreadyRead(match))
                continue;
            QString name = letter.toUpper();
            if (accidental.contains(QLatin1String("sharp")) || accidental == QLatin1String("#") ||
                accidental == QStringLiteral("\u266f"))
                name += u'#';
            else if (!accidental.isEmpty())
                name += u'b';
            const bool minor = mode == QLatin1String("minor") || mode == QLatin1String("min") ||
                               mode == QLatin1String("m") || mode == QLatin1String("moll");
            addKey(name, minor, match);
        }
    }

    // A key named by its tonic ("F#", "Bb") and mode, read at `match`; a name KeySignature does
    // not know is no key.
    void addKey(const QString& tonic, bool minor, const QRegularExpressionMatch& match)
    {
        music::KeySignature parsed;
        if (!music::KeySignature::parse(
                tonic + (minor ? QStringLiteral(" minor") : QStringLiteral(" major")), &parsed))
            return;
        PromptConstraint c;
        c.kind = Kind::Key;
        c.key = parsed;
        add(c, match);
    }

    // German key names: "d-Moll", "G-Dur", "fis-Moll", "Es-Dur"; German B is B flat and H is B.
    void readGermanKeys()
    {
        static const QRegularExpression key(
            QStringLiteral("(?<!\\w)([A-Ha-h])(is|es|s)?-(dur|moll)(?!\\w)"),
            QRegularExpression::CaseInsensitiveOption);
        auto it = key.globalMatch(m_text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (alreadyRead(match))
                continue;
            const QChar letter = match.captured(1).at(0).toUpper();
            const QString suffix = match.captured(2).toLower();
            QString name;
            if (letter == u'H')
                name = QStringLiteral("B");
            else if (letter == u'B')
                name = QStringLiteral("Bb");
            else
                name = QString(letter) + (suffix == QLatin1String("is") ? QStringLiteral("#")
                                          : suffix.isEmpty()            ? QString()
                                                                        : QStringLiteral("b"));
            addKey(name, match.captured(3).toLower() == QLatin1String("moll"), match);
        }
    }

    bool alreadyRead(const QRegularExpressionMatch& match) const
    {
        for (const Token& t : m_tokens) {
            if (t.consumed && t.start < match.capturedEnd(0) && t.end > match.capturedStart(0))
                return true;
        }
        return false;
    }

    const QString& m_text;
    QVector<Token>& m_tokens;
    QVector<PromptConstraint>& m_out;
    QStringList& m_refused; ///< numbers that ask for what cannot be, said in the conflicts
};

bool constraintFromEntry(const Entry& e, PromptConstraint* c)
{
    const QString& cat = e.category;
    const QStringList& v = e.values;
    if (cat == QLatin1String("mood")) {
        c->kind = Kind::Mood;
        c->valence = v[0].toDouble();
        c->arousal = v[1].toDouble();
    } else if (cat == QLatin1String("genre")) {
        c->kind = Kind::Genre;
        c->label = v[0];
    } else if (cat == QLatin1String("tempo")) {
        c->kind = Kind::Tempo;
        c->bpmMin = v[0].toDouble();
        c->bpmMax = v[1].toDouble();
    } else if (cat == QLatin1String("instrument")) {
        c->kind = Kind::Instrument;
        c->program = v[0].toInt();
        c->label = v[1];
    } else if (cat == QLatin1String("drums")) {
        c->kind = Kind::Drums;
        c->program = v[0].toInt();
    } else if (cat == QLatin1String("dynamics")) {
        c->kind = Kind::Dynamics;
        c->level = v[0].toDouble();
    } else if (cat == QLatin1String("density")) {
        c->kind = Kind::Density;
        c->level = v[0].toDouble();
    } else if (cat == QLatin1String("shape")) {
        c->kind = Kind::Shape;
        c->label = v[0];
    } else if (cat == QLatin1String("section")) {
        c->kind = Kind::Section;
        c->label = v[0];
    } else if (cat == QLatin1String("mode")) {
        c->kind = Kind::Mode;
        c->key.mode =
            v[0] == QLatin1String("minor") ? music::KeyMode::Minor : music::KeyMode::Major;
    } else if (cat == QLatin1String("meter")) {
        c->kind = Kind::Meter;
        c->meterNumerator = v[0].toInt();
        c->meterDenominator = v[1].toInt();
    } else {
        return false;
    }
    return true;
}

void summarize(PromptAnalysis& a)
{
    double valence = 0, arousal = 0;
    int moods = 0;
    double dynamics = 0, density = 0;
    int dynamicsCount = 0, densityCount = 0;
    bool explicitTempo = false;
    // The last word on drums and the last tempo number of each segment win; an earlier one
    // that says otherwise in the same segment is a contradiction the person should see.
    const PromptConstraint* drumsSaid = nullptr;
    const PromptConstraint* tempoNumberSaid = nullptr;
    auto sameSegment = [](const PromptConstraint* before, const PromptConstraint& c) {
        return before && before->segment == c.segment;
    };
    for (const PromptConstraint& c : a.constraints) {
        if (c.kind == Kind::Drums) {
            if (sameSegment(drumsSaid, c) && drumsSaid->negated != c.negated) {
                const QString before =
                    drumsSaid->negated ? QStringLiteral("excluded") : QStringLiteral("asked for");
                const QString after =
                    c.negated ? QStringLiteral("excluded") : QStringLiteral("asked for");
                a.conflicts << QStringLiteral("drums are both %1 and %2; the last, %2, is used")
                                   .arg(before, after);
            }
            drumsSaid = &c;
        }
        if (c.kind == Kind::Tempo && c.explicitNumber && !c.negated) {
            if (sameSegment(tempoNumberSaid, c) &&
                (tempoNumberSaid->bpmMin != c.bpmMin || tempoNumberSaid->bpmMax != c.bpmMax))
                a.conflicts << QStringLiteral("\"%1\" and \"%2\" ask for different tempos; "
                                              "the last, \"%2\", is used")
                                   .arg(tempoNumberSaid->words, c.words);
            tempoNumberSaid = &c;
        }
        switch (c.kind) {
        case Kind::Mood:
            if (!c.negated) {
                valence += c.valence;
                arousal += c.arousal;
                ++moods;
            }
            break;
        case Kind::Tempo:
            if (c.negated)
                break;
            // A number is a hard constraint; words only narrow what no number fixed.
            if (c.explicitNumber || (!explicitTempo && a.bpmMin == 0)) {
                a.bpmMin = c.bpmMin;
                a.bpmMax = c.bpmMax;
                explicitTempo |= c.explicitNumber;
            } else if (!explicitTempo) {
                a.bpmMin = std::min(a.bpmMin, c.bpmMin);
                a.bpmMax = std::max(a.bpmMax, c.bpmMax);
            }
            break;
        case Kind::Key:
            if (!c.negated) {
                a.key = c.key;
                a.mode = c.key.mode;
            }
            break;
        case Kind::Mode:
            if (!c.negated && !a.key)
                a.mode = c.key.mode;
            else if (c.negated && !a.key)
                a.mode = c.key.mode == music::KeyMode::Minor ? music::KeyMode::Major
                                                             : music::KeyMode::Minor;
            break;
        case Kind::Meter:
            if (!c.negated && (c.explicitNumber || a.meterNumerator == 0)) {
                a.meterNumerator = c.meterNumerator;
                a.meterDenominator = c.meterDenominator;
            }
            break;
        case Kind::Instrument:
            if (c.negated) {
                if (!a.excludedPrograms.contains(c.program))
                    a.excludedPrograms.append(c.program);
            } else if (!a.programs.contains(c.program)) {
                a.programs.append(c.program);
            }
            break;
        case Kind::Drums:
            a.drums = !c.negated;
            break;
        case Kind::Dynamics:
            if (!c.negated) {
                dynamics += c.level;
                ++dynamicsCount;
            }
            break;
        case Kind::Density:
            if (!c.negated) {
                density += c.level;
                ++densityCount;
            }
            break;
        case Kind::Genre:
            if (!c.negated && !a.genres.contains(c.label))
                a.genres << c.label;
            break;
        case Kind::Shape:
            if (!c.negated)
                a.shapes << c.label;
            break;
        case Kind::Section:
            if (!c.negated && !a.sections.contains(c.label))
                a.sections << c.label;
            break;
        }
    }
    if (moods > 0) {
        a.valence = valence / moods;
        a.arousal = arousal / moods;
    }
    if (dynamicsCount > 0)
        a.dynamics = dynamics / dynamicsCount;
    if (densityCount > 0)
        a.density = density / densityCount;
    // An excluded instrument is not also wanted: "no strings" beats "strings" said elsewhere.
    for (int p : a.excludedPrograms)
        a.programs.removeAll(p);
}

} // namespace

PromptAnalysis PromptParser::parse(const QString& prompt) const
{
    PromptAnalysis a;
    QString text = prompt;
    if (text.size() > kMaxPromptCharacters) {
        a.warnings << QStringLiteral("the prompt has %1 characters; only the first %2 were read")
                          .arg(text.size())
                          .arg(kMaxPromptCharacters);
        text.truncate(kMaxPromptCharacters);
    }
    // Control characters and other binary junk separate words and mean nothing.
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            c = u' ';
    }
    a.text = text;
    if (text.trimmed().isEmpty()) {
        a.warnings << QStringLiteral("the prompt is empty");
        return a;
    }

    QVector<Token> tokens = tokenize(text);
    QVector<PromptConstraint> patterned;
    QStringList refused;
    PatternReader(text, tokens, patterned, refused).readAll();

    QVector<PromptConstraint> found;
    bool negating = false;
    double intensity = 1.0;
    int segment = 0;
    int patternIndex = 0;
    std::sort(patterned.begin(), patterned.end(),
              [](const PromptConstraint& x, const PromptConstraint& y) {
                  return x.label.toInt() < y.label.toInt();
              });
    auto flushPatterns = [&](int upTo) {
        while (patternIndex < patterned.size() && patterned[patternIndex].label.toInt() < upTo) {
            PromptConstraint c = patterned[patternIndex++];
            c.label.clear();
            c.segment = segment;
            c.negated = negating;
            found.append(c);
        }
    };
    for (int i = 0; i < tokens.size(); ++i) {
        flushPatterns(tokens[i].start);
        Token& token = tokens[i];
        if (token.boundary) {
            negating = false;
            intensity = 1.0;
            continue;
        }
        if (token.consumed)
            continue;
        if (token.text == QLatin1String("but") || token.text == QLatin1String("with") ||
            token.text == QLatin1String("plus")) {
            negating = false;
            token.consumed = true;
            continue;
        }
        // Longest term first: "french horn" before "horn".
        int length = 0;
        const QVector<Entry>* entries = nullptr;
        for (int n = std::min(kLongestTerm, int(tokens.size()) - i); n >= 1 && !entries; --n) {
            QStringList words;
            bool usable = true;
            for (int k = i; k < i + n; ++k) {
                if (tokens[k].boundary || tokens[k].consumed) {
                    usable = false;
                    break;
                }
                words << tokens[k].text;
            }
            if (!usable)
                continue;
            auto it = m_lexicon->terms.constFind(words.join(u' '));
            if (it == m_lexicon->terms.constEnd() && n == 1 && words[0].size() > 3 &&
                words[0].endsWith(u's'))
                it = m_lexicon->terms.constFind(words[0].chopped(1)); // "pianos"
            if (it != m_lexicon->terms.constEnd()) {
                entries = &it.value();
                length = n;
            }
        }
        if (!entries)
            continue;
        for (int k = i; k < i + length; ++k)
            tokens[k].consumed = true;
        const QString words =
            text.mid(tokens[i].start, tokens[i + length - 1].end - tokens[i].start);
        i += length - 1;
        const QString& category = entries->first().category;
        if (category == QLatin1String("negation")) {
            negating = true;
            continue;
        }
        if (category == QLatin1String("sequence")) {
            ++segment;
            negating = false;
            continue;
        }
        if (category == QLatin1String("intensifier")) {
            intensity = entries->first().values.value(0).toDouble();
            continue;
        }
        if (category == QLatin1String("ignore"))
            continue;
        for (const Entry& e : *entries) {
            PromptConstraint c;
            if (!constraintFromEntry(e, &c))
                continue;
            c.words = words;
            c.negated = negating;
            c.segment = segment;
            if (intensity != 1.0) {
                c.valence = std::clamp(c.valence * intensity, -1.0, 1.0);
                c.arousal = std::clamp(c.arousal * intensity, -1.0, 1.0);
                if (c.kind == Kind::Dynamics || c.kind == Kind::Density)
                    c.level = std::clamp(0.5 + (c.level - 0.5) * intensity, 0.0, 1.0);
            }
            found.append(c);
        }
        intensity = 1.0;
    }
    flushPatterns(INT_MAX);
    a.constraints = found;
    a.segments = segment + 1;

    bool otherScript = false;
    for (const Token& t : tokens) {
        if (t.consumed || t.boundary)
            continue;
        bool hasLetter = false;
        for (QChar c : t.text) {
            hasLetter |= c.isLetter();
            otherScript |= c.isLetter() && c.script() != QChar::Script_Latin;
        }
        if (hasLetter && !a.unknownWords.contains(t.text) &&
            a.unknownWords.size() < kMaxUnknownWords)
            a.unknownWords << t.text;
    }
    if (otherScript)
        a.warnings << QStringLiteral("some words are in a script the prompt lexicon does not cover "
                                     "(it reads English music terms)");
    summarize(a);
    a.conflicts += refused;
    return a;
}

QJsonObject PromptAnalysis::toJson() const
{
    QJsonArray list;
    for (const PromptConstraint& c : constraints) {
        QJsonObject o{{QStringLiteral("kind"), promptConstraintKindName(c.kind)},
                      {QStringLiteral("words"), c.words},
                      {QStringLiteral("segment"), c.segment}};
        if (c.negated)
            o.insert(QStringLiteral("negated"), true);
        switch (c.kind) {
        case Kind::Mood:
            o.insert(QStringLiteral("valence"), c.valence);
            o.insert(QStringLiteral("arousal"), c.arousal);
            break;
        case Kind::Tempo:
            o.insert(QStringLiteral("bpm_min"), c.bpmMin);
            o.insert(QStringLiteral("bpm_max"), c.bpmMax);
            break;
        case Kind::Key:
            o.insert(QStringLiteral("key"), c.key.name());
            break;
        case Kind::Mode:
            o.insert(QStringLiteral("mode"), c.key.mode == music::KeyMode::Minor
                                                 ? QStringLiteral("minor")
                                                 : QStringLiteral("major"));
            break;
        case Kind::Meter:
            o.insert(QStringLiteral("meter"),
                     QStringLiteral("%1/%2").arg(c.meterNumerator).arg(c.meterDenominator));
            break;
        case Kind::Instrument:
        case Kind::Drums:
            o.insert(QStringLiteral("program"), c.program);
            if (!c.label.isEmpty())
                o.insert(QStringLiteral("role"), c.label);
            break;
        case Kind::Dynamics:
        case Kind::Density:
            o.insert(QStringLiteral("level"), c.level);
            break;
        default:
            o.insert(QStringLiteral("label"), c.label);
            break;
        }
        list.append(o);
    }
    QJsonObject summary;
    if (valence)
        summary.insert(QStringLiteral("valence"), *valence);
    if (arousal)
        summary.insert(QStringLiteral("arousal"), *arousal);
    if (bpmMax > 0)
        summary.insert(QStringLiteral("tempo_bpm"), QJsonArray{bpmMin, bpmMax});
    if (key)
        summary.insert(QStringLiteral("key"), key->name());
    else if (mode)
        summary.insert(QStringLiteral("mode"), *mode == music::KeyMode::Minor
                                                   ? QStringLiteral("minor")
                                                   : QStringLiteral("major"));
    if (meterNumerator > 0)
        summary.insert(QStringLiteral("meter"),
                       QStringLiteral("%1/%2").arg(meterNumerator).arg(meterDenominator));
    QJsonArray wanted, excluded;
    for (int p : programs)
        wanted.append(p);
    for (int p : excludedPrograms)
        excluded.append(p);
    summary.insert(QStringLiteral("programs"), wanted);
    summary.insert(QStringLiteral("excluded_programs"), excluded);
    if (drums)
        summary.insert(QStringLiteral("drums"), *drums);
    if (dynamics)
        summary.insert(QStringLiteral("dynamics"), *dynamics);
    if (density)
        summary.insert(QStringLiteral("density"), *density);
    summary.insert(QStringLiteral("genres"), QJsonArray::fromStringList(genres));
    summary.insert(QStringLiteral("shapes"), QJsonArray::fromStringList(shapes));
    summary.insert(QStringLiteral("sections"), QJsonArray::fromStringList(sections));
    summary.insert(QStringLiteral("segments"), segments);
    return {{QStringLiteral("kind"), QStringLiteral("prompt")},
            {QStringLiteral("text"), text},
            {QStringLiteral("constraints"), list},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("unknown_words"), QJsonArray::fromStringList(unknownWords)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)}};
}

} // namespace sw::analysis
