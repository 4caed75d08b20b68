#pragma once
// Audio too long to hold in memory. An export of a feature film renders a stem per track, the
// video's own sound, and the mix: at 48 kHz stereo in floats, 1.4 GB each an hour. A spool holds
// such a signal in memory when the whole job is small (the preview, a three-minute piece) and in
// an unnamed temporary file otherwise: frames are written and read by range, so every step of
// the render goes through it a block at a time. The file has no name (O_TMPFILE), so it is gone
// when the spool closes and also when the process is killed; nothing is left in the temporary
// folder.

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace sw::media {

class AudioSpool
{
public:
    enum class Storage
    {
        Memory,
        File
    };

    AudioSpool();
    AudioSpool(AudioSpool&&) noexcept;
    AudioSpool& operator=(AudioSpool&&) noexcept;
    ~AudioSpool();

    /// An empty spool of `channels` interleaved channels. File storage lies in the temporary
    /// folder (QDir::tempPath(), $TMPDIR); false with `error` when no file can be made there.
    bool open(Storage storage, int channels, QString* error);
    /// Memory storage holding `samples` (moved in).
    static AudioSpool adopt(std::vector<float>&& samples, int channels);
    /// Reads samples held elsewhere, which must outlive the spool; writing to it fails.
    static AudioSpool view(const std::vector<float>& samples, int channels);

    bool isOpen() const;
    bool inMemory() const;
    int channels() const;
    qint64 frames() const; ///< one past the last frame written (or extended to)

    /// Memory storage: room for `frames` frames without reallocating (a growing vector of a
    /// long stem would briefly hold it one and a half times).
    void reserve(qint64 frames);
    /// Writes `count` frames at frame `first`; what lies between the end and `first` is silence.
    /// The error says what failed (a full disk names the folder and what it had free).
    bool write(qint64 first, const float* data, qint64 count, QString* error);
    /// Makes the spool at least `frames` long, the new frames silent.
    bool extendTo(qint64 frames, QString* error);
    /// Reads frames [first, first + count) into `data`; frames past the end read as silence.
    bool read(qint64 first, float* data, qint64 count, QString* error) const;

    /// Memory storage: the samples, moved out (the spool is then empty). File storage: read
    /// whole into memory.
    std::vector<float> takeSamples();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Reads a spool front to back a block at a time, for consumers that take one sample at a time
/// (the audio encoders). Frames past the end are silence; so is everything once a read failed.
class SpoolCursor
{
public:
    explicit SpoolCursor(const AudioSpool& spool);

    float at(qint64 frame, int channel);
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    const AudioSpool& m_spool;
    std::vector<float> m_block;
    qint64 m_first = -1;
    qint64 m_count = 0;
    QString m_error;
};

/// Frames a block of the render works on at a time: about 1.4 s at 48 kHz.
inline constexpr qint64 kSpoolBlockFrames = 1 << 16;

/// Reads `spool` front to back, `blockFrames` at a time: `work(samples, first, count)` for each
/// block, until it returns false. False with `error` when a read failed.
bool readBlocks(const AudioSpool& spool, qint64 blockFrames,
                const std::function<bool(const float* samples, qint64 first, qint64 count)>& work,
                QString* error);
/// Rewrites `spool` block by block: `work(samples, first, count, read)` changes the first
/// `count` frames, which are written back. `lookAhead` more frames are read after each block
/// (`read` in all, fewer at the end) for work that must see what comes; they are not written.
bool rewriteBlocks(
    AudioSpool& spool, qint64 blockFrames, qint64 lookAhead,
    const std::function<void(float* samples, qint64 first, qint64 count, qint64 read)>& work,
    QString* error);

/// The folder file-backed spools go in.
QString spoolFolder();

} // namespace sw::media
