#include "render/wavfile.h"

#include "music/outputfile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <cmath>

namespace sw::render {

namespace {

void appendLittle(QByteArray& out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

bool writeWav(const QString& path, const StereoAudio& audio, int bits, QString* error)
{
    const QString name = QFileInfo(path).fileName();
    // QSaveFile replaces the target by renaming over it (music/outputfile.h).
    QString why;
    if (!music::outputCanReplace(path, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    if (bits != 16 && bits != 24) {
        *error = QStringLiteral("%1: WAV files are written with 16 or 24 bits").arg(name);
        return false;
    }
    const int bytesPerSample = bits / 8;
    const quint32 dataBytes = quint32(audio.samples.size() * size_t(bytesPerSample));
    QByteArray out;
    out.reserve(int(44 + dataBytes));
    out.append("RIFF");
    appendLittle(out, 36 + dataBytes, 4);
    out.append("WAVEfmt ");
    appendLittle(out, 16, 4);
    appendLittle(out, 1, 2); // PCM
    appendLittle(out, kChannels, 2);
    appendLittle(out, kSampleRate, 4);
    appendLittle(out, quint32(kSampleRate * kChannels * bytesPerSample), 4);
    appendLittle(out, quint32(kChannels * bytesPerSample), 2);
    appendLittle(out, quint32(bits), 2);
    out.append("data");
    appendLittle(out, dataBytes, 4);
    const double scale = bits == 16 ? 32767.0 : 8388607.0;
    for (float s : audio.samples) {
        const double clamped = std::clamp(double(s), -1.0, 1.0);
        const qint32 value = qint32(std::lround(clamped * scale));
        appendLittle(out, quint32(value), bytesPerSample);
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot be written (%2)").arg(name, file.errorString());
        return false;
    }
    if (file.write(out) != out.size() || !file.commit()) {
        *error = QStringLiteral("%1: writing failed (%2); nothing was left under that name")
                     .arg(name, file.errorString());
        return false;
    }
    return true;
}

} // namespace sw::render
