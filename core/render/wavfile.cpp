#include "render/wavfile.h"

#include "music/outputfile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
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
    return writeWav(path, media::AudioSpool::view(audio.samples, kChannels), bits, error);
}

bool writeWav(const QString& path, const media::AudioSpool& audio, int bits, QString* error,
              float gain)
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
    const quint64 samples = quint64(audio.frames()) * kChannels;
    const quint64 dataBytes = samples * quint64(bytesPerSample);
    // RIFF counts in 32 bits: past 4 GB the sizes would wrap and the file lie about itself.
    if (dataBytes > quint64(0xFFFFFFFFu) - 36) {
        *error = QStringLiteral("%1: %2 GB of audio is more than a WAV file can hold (4 GB); "
                                "write the mix as FLAC instead")
                     .arg(name)
                     .arg(double(dataBytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
        return false;
    }
    QByteArray header;
    header.append("RIFF");
    appendLittle(header, quint32(36 + dataBytes), 4);
    header.append("WAVEfmt ");
    appendLittle(header, 16, 4);
    appendLittle(header, 1, 2); // PCM
    appendLittle(header, kChannels, 2);
    appendLittle(header, kSampleRate, 4);
    appendLittle(header, quint32(kSampleRate * kChannels * bytesPerSample), 4);
    appendLittle(header, quint32(kChannels * bytesPerSample), 2);
    appendLittle(header, quint32(bits), 2);
    header.append("data");
    appendLittle(header, quint32(dataBytes), 4);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot be written (%2)").arg(name, file.errorString());
        return false;
    }
    // Written a block at a time: the samples are converted into a small buffer, never into a
    // second copy of the whole mix (2 GB for two hours at 24 bits).
    const double scale = bits == 16 ? 32767.0 : 8388607.0;
    bool written = file.write(header) == header.size();
    QByteArray block;
    QString readError;
    const auto convert = [&](const float* pcm, qint64, qint64 count) {
        block.clear();
        for (qint64 i = 0; i < count * kChannels; ++i) {
            const double clamped = std::clamp(double(pcm[i] * gain), -1.0, 1.0);
            appendLittle(block, quint32(qint32(std::lround(clamped * scale))), bytesPerSample);
        }
        written = file.write(block) == block.size();
        return written;
    };
    if (written)
        media::readBlocks(audio, media::kSpoolBlockFrames / 2, convert, &readError);
    if (!readError.isEmpty()) {
        *error = QStringLiteral("%1: %2; nothing was left under that name").arg(name, readError);
        return false;
    }
    if (!written || !file.commit()) {
        // QSaveFile says "Unknown error" of a full disk.
        const QString full = music::diskFullReason(path, qint64(dataBytes) + 44);
        *error = QStringLiteral("%1: writing failed (%2); nothing was left under that name")
                     .arg(name, full.isEmpty() ? file.errorString() : full);
        return false;
    }
    return true;
}

} // namespace sw::render
