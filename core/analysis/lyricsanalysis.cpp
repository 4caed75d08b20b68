#include "analysis/lyricsanalysis.h"

#include "analysis/espeakengine.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <espeak-ng/speak_lib.h>
#include <hyphen.h>

namespace sw::analysis {

namespace {

using detail::Engines;
using detail::engines;

struct Pronunciation
{
    QString phonemes;
    QVector<Stress> syllables; // one entry per vowel, with its stress
};

// espeak-ng's ASCII phonemes, '_'-separated; a phoneme is a syllable nucleus when it starts with
// a vowel symbol (after the stress mark).
Pronunciation pronounce(const QString& word)
{
    Pronunciation p;
    Engines& e = engines();
    if (!e.espeakReady)
        return p;
    const QByteArray utf8 = word.toUtf8();
    const void* text = utf8.constData();
    QStringList phonemes;
    while (text) {
        const char* out = espeak_TextToPhonemes(&text, espeakCHARS_UTF8, int('_') << 8);
        if (!out)
            break;
        phonemes << QString::fromUtf8(out).trimmed();
    }
    p.phonemes = phonemes.join(u' ');
    static const QString kVowelStarts = QStringLiteral("aeiouAEIOUV03@");
    for (const QString& group : phonemes) {
        for (QString ph :
             group.split(QRegularExpression(QStringLiteral("[_ ]")), Qt::SkipEmptyParts)) {
            Stress stress = Stress::None;
            while (!ph.isEmpty() && (ph[0] == u'\'' || ph[0] == u',')) {
                stress = ph[0] == u'\'' ? Stress::Primary : Stress::Secondary;
                ph.remove(0, 1);
            }
            if (!ph.isEmpty() && kVowelStarts.contains(ph[0]))
                p.syllables.append(stress);
        }
    }
    p.phonemes.remove(u'_');
    return p;
}

// libhyphen's break points for display; then adjusted to `count` pieces.
QStringList splitForDisplay(const QString& word, int count)
{
    QStringList pieces;
    Engines& e = engines();
    const QByteArray lower = word.toLower().toUtf8();
    if (e.hyphen && lower.size() > 0 && lower.size() == word.size()) {
        QByteArray hyphens(lower.size() + 5, '\0');
        char** rep = nullptr;
        int* pos = nullptr;
        int* cut = nullptr;
        if (hnj_hyphen_hyphenate2(e.hyphen, lower.constData(), lower.size(), hyphens.data(),
                                  nullptr, &rep, &pos, &cut) == 0) {
            int start = 0;
            for (int i = 0; i < lower.size() - 1; ++i) {
                if (hyphens[i] & 1) {
                    pieces << word.mid(start, i + 1 - start);
                    start = i + 1;
                }
            }
            pieces << word.mid(start);
        }
        if (rep) {
            for (int i = 0; i < lower.size(); ++i)
                free(rep[i]);
            free(rep);
            free(pos);
            free(cut);
        }
    }
    if (pieces.isEmpty())
        pieces << word;
    // Too many pieces: merge the shortest into its neighbour.
    while (pieces.size() > count && pieces.size() > 1) {
        int shortest = 0;
        for (int i = 1; i < pieces.size(); ++i) {
            if (pieces[i].size() < pieces[shortest].size())
                shortest = i;
        }
        const int into = shortest == pieces.size() - 1 ? shortest - 1 : shortest;
        pieces[into] += pieces[into + 1];
        pieces.removeAt(into + 1);
    }
    // Too few: split the longest piece between two vowel groups.
    static const QRegularExpression kVowelGroups(QStringLiteral("[aeiouyAEIOUY]+"));
    while (pieces.size() < count) {
        int longest = 0;
        for (int i = 1; i < pieces.size(); ++i) {
            if (pieces[i].size() > pieces[longest].size())
                longest = i;
        }
        const QString piece = pieces[longest];
        QVector<int> groupEnds;
        auto it = kVowelGroups.globalMatch(piece);
        while (it.hasNext())
            groupEnds.append(int(it.next().capturedEnd()));
        if (groupEnds.size() < 2)
            break; // no honest place to split: the count stays with the pronunciation
        const int at = groupEnds.first() + (groupEnds.first() < piece.size() - 1 ? 1 : 0);
        pieces[longest] = piece.left(at);
        pieces.insert(longest + 1, piece.mid(at));
    }
    return pieces;
}

// Read one at a time, every word gets its dictionary stress; in a sung line these short
// function words are unstressed.
bool isUnstressedFunctionWord(const QString& word)
{
    static const QStringList kWords = {
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),
        QStringLiteral("of"),   QStringLiteral("to"),   QStringLiteral("and"),
        QStringLiteral("or"),   QStringLiteral("but"),  QStringLiteral("in"),
        QStringLiteral("on"),   QStringLiteral("at"),   QStringLiteral("for"),
        QStringLiteral("from"), QStringLiteral("with"), QStringLiteral("is"),
        QStringLiteral("am"),   QStringLiteral("are"),  QStringLiteral("was"),
        QStringLiteral("were"), QStringLiteral("be"),   QStringLiteral("my"),
        QStringLiteral("your"), QStringLiteral("his"),  QStringLiteral("her"),
        QStringLiteral("its"),  QStringLiteral("our"),  QStringLiteral("their"),
        QStringLiteral("as"),   QStringLiteral("than"), QStringLiteral("that"),
        QStringLiteral("it"),   QStringLiteral("can")};
    return kWords.contains(word.toLower());
}

bool isLatinWord(const QString& word)
{
    for (QChar c : word) {
        if (c.isLetter() && c.script() != QChar::Script_Latin)
            return false;
    }
    return true;
}

} // namespace

int LyricsAnalysis::syllableCount() const
{
    int n = 0;
    for (const LyricLine& l : lines)
        n += l.syllables.size();
    return n;
}

LyricsAnalysis analyzeLyrics(const QString& input)
{
    LyricsAnalysis result;
    QString text = input;
    if (text.size() > kMaxLyricsCharacters) {
        result.warnings << QStringLiteral(
                               "the lyrics have %1 characters; only the first %2 were read")
                               .arg(text.size())
                               .arg(kMaxLyricsCharacters);
        text.truncate(kMaxLyricsCharacters);
    }
    if (text.trimmed().isEmpty()) {
        result.warnings << QStringLiteral("the lyrics are empty");
        return result;
    }
    Engines& e = engines();
    std::lock_guard<std::mutex> lock(e.mutex);
    if (!e.espeakReady)
        result.warnings << QStringLiteral("espeak-ng is not available: syllables are counted from "
                                          "the spelling alone and have no stress");
    bool otherScript = false;
    static const QRegularExpression kWord(QStringLiteral("[\\w'\\x{2019}-]+|[,.;:!?\\x{2014}]"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (const QString& rawLine : text.split(u'\n')) {
        const QString lineText = rawLine.trimmed();
        if (lineText.isEmpty())
            continue;
        LyricLine line;
        line.text = lineText;
        auto it = kWord.globalMatch(lineText);
        while (it.hasNext()) {
            const QString token = it.next().captured();
            if (QStringLiteral(",.;:!?\u2014").contains(token)) {
                if (!line.syllables.isEmpty())
                    line.syllables.last().phraseEnd = true;
                continue;
            }
            QString clean = token;
            clean.remove(QRegularExpression(QStringLiteral("^[-']+|[-']+$")));
            if (clean.isEmpty())
                continue;
            LyricWord word;
            word.text = clean;
            QVector<Stress> stresses;
            if (!isLatinWord(clean)) {
                otherScript = true;
                word.flag =
                    QStringLiteral("not in an alphabet the English pronunciation reads; sung "
                                   "as one syllable");
                stresses = {Stress::None};
            } else {
                const Pronunciation p = pronounce(clean);
                word.phonemes = p.phonemes;
                stresses = p.syllables;
                if (stresses.size() == 1 && isUnstressedFunctionWord(clean))
                    stresses = {Stress::None};
                const bool hasDigit = clean.contains(QRegularExpression(QStringLiteral("\\d")));
                const bool noVowelLetters =
                    !clean.contains(QRegularExpression(QStringLiteral("[aeiouyAEIOUY]")));
                if (hasDigit)
                    word.flag =
                        QStringLiteral(
                            "a number is sung as words (\"%1\": %2 syllables); write it out "
                            "to place each syllable")
                            .arg(p.phonemes)
                            .arg(stresses.size());
                else if (noVowelLetters && clean.size() > 1)
                    word.flag = QStringLiteral("read letter by letter (\"%1\")").arg(p.phonemes);
                if (stresses.isEmpty()) {
                    stresses = {Stress::None};
                    if (word.flag.isEmpty())
                        word.flag = QStringLiteral("no pronunciation found; sung as one syllable");
                }
            }
            word.syllableCount = stresses.size();
            QStringList pieces =
                word.flag.isEmpty() ? splitForDisplay(clean, stresses.size()) : QStringList{clean};
            const int wordIndex = line.words.size();
            for (int s = 0; s < stresses.size(); ++s) {
                LyricSyllable syllable;
                syllable.text = s < pieces.size() ? pieces[s] : QString();
                // A word whose display split came out short keeps the rest on its last piece.
                if (s == stresses.size() - 1 && pieces.size() > stresses.size())
                    syllable.text = pieces.mid(s).join(QString());
                syllable.stress = stresses[s];
                syllable.word = wordIndex;
                const int n = stresses.size();
                syllable.syllabic = n == 1       ? music::Syllabic::Single
                                    : s == 0     ? music::Syllabic::Begin
                                    : s == n - 1 ? music::Syllabic::End
                                                 : music::Syllabic::Middle;
                line.syllables.append(syllable);
            }
            line.words.append(word);
        }
        if (!line.syllables.isEmpty())
            line.syllables.last().phraseEnd = true;
        result.lines.append(line);
    }
    if (otherScript)
        result.warnings << QStringLiteral(
            "some words are in a script Scorewright's English lyrics "
            "analysis does not cover; they are sung one syllable each");
    return result;
}

QJsonObject LyricsAnalysis::toJson() const
{
    static const char* const kStress[] = {"none", "secondary", "primary"};
    static const char* const kSyllabic[] = {"single", "begin", "middle", "end"};
    QJsonArray lineList;
    for (const LyricLine& l : lines) {
        QJsonArray syllables;
        for (const LyricSyllable& s : l.syllables)
            syllables.append(QJsonObject{
                {QStringLiteral("text"), s.text},
                {QStringLiteral("stress"), QString::fromLatin1(kStress[int(s.stress)])},
                {QStringLiteral("syllabic"), QString::fromLatin1(kSyllabic[int(s.syllabic)])},
                {QStringLiteral("word"), s.word},
                {QStringLiteral("phrase_end"), s.phraseEnd}});
        QJsonArray words;
        for (const LyricWord& w : l.words) {
            QJsonObject o{{QStringLiteral("text"), w.text},
                          {QStringLiteral("phonemes"), w.phonemes},
                          {QStringLiteral("syllables"), w.syllableCount}};
            if (!w.flag.isEmpty())
                o.insert(QStringLiteral("flag"), w.flag);
            words.append(o);
        }
        lineList.append(QJsonObject{{QStringLiteral("text"), l.text},
                                    {QStringLiteral("words"), words},
                                    {QStringLiteral("syllables"), syllables}});
    }
    return {{QStringLiteral("kind"), QStringLiteral("lyrics")},
            {QStringLiteral("lines"), lineList},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

namespace {

// Text without a byte-order mark: UTF-8, unless it holds NUL bytes, which UTF-8 text never does
// and UTF-16 text has in every other byte when it is mostly Latin letters (the high byte of
// each character: at odd offsets little-endian, at even ones big-endian).
QStringConverter::Encoding unmarkedEncoding(const QByteArray& bytes)
{
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 ? oddZeros : evenZeros);
    }
    if (evenZeros + oddZeros == 0)
        return QStringConverter::Utf8;
    return oddZeros >= evenZeros ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
}

} // namespace

bool readLyricsFile(const QString& path, QString* text, QString* error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.exists() && !info.isFile()) {
        *error = QStringLiteral("%1: is not a regular file").arg(name);
        return false;
    }
    // Not opened as Text: that drops 0x0D bytes, which UTF-16 text holds inside its characters.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(name, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(qint64(kMaxLyricsCharacters) * 4);
    // Editors on Windows save "Unicode" text as UTF-16 with a byte-order mark; read as UTF-8
    // it became one letter and one NUL at a time, sung letter by letter.
    QStringDecoder decoder(
        QStringConverter::encodingForData(bytes).value_or(unmarkedEncoding(bytes)));
    QString decoded = decoder.decode(bytes);
    decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    decoded.replace(u'\r', u'\n');
    *text = decoded;
    return true;
}

} // namespace sw::analysis
