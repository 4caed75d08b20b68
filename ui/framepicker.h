#pragma once
// The frame to show at a time: the last frame whose presentation time is at or before it.
// Playing forward reads on from where the decoder is; going back, or jumping more than two
// seconds ahead, seeks. Decodes at preview size in the GUI thread (a 360p frame costs about a
// millisecond; see PERFORMANCE.md).

#include "media/videodecoder.h"

#include <memory>

namespace sw::ui {

class FramePicker
{
public:
    FramePicker();
    ~FramePicker();
    FramePicker(FramePicker&&) noexcept;
    FramePicker& operator=(FramePicker&&) noexcept;

    bool open(const QString& path, int width, QString* error);
    bool isOpen() const { return m_decoder != nullptr; }
    QString path() const { return m_path; }
    /// The nominal time between frames (from the stream's frame rate).
    qint64 frameDurationUs() const { return m_frameUs; }

    /// The frame to show at `timeUs` (media time of the file), or null when the file has no
    /// frame there (before its first frame, or decoding failed).
    const media::VideoFrame* frameAt(qint64 timeUs);
    /// Frames decoded since opening; seeks done (for the tests and the status line).
    int decodedFrames() const { return m_decoded; }
    int seeks() const { return m_seeks; }

private:
    bool readNext();

    QString m_path;
    std::unique_ptr<media::VideoDecoder> m_decoder;
    qint64 m_frameUs = 40000;
    media::VideoFrame m_current; ///< the frame shown now
    media::VideoFrame m_next;    ///< read ahead: the first frame after m_current
    bool m_hasCurrent = false;
    bool m_hasNext = false;
    bool m_atEnd = false;
    int m_decoded = 0;
    int m_seeks = 0;
};

} // namespace sw::ui
