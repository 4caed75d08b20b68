#include "ui/framepicker.h"

namespace sw::ui {

FramePicker::FramePicker() = default;
FramePicker::~FramePicker() = default;
FramePicker::FramePicker(FramePicker&&) noexcept = default;
FramePicker& FramePicker::operator=(FramePicker&&) noexcept = default;

bool FramePicker::open(const QString& path, int width, QString* error)
{
    auto decoder = std::make_unique<media::VideoDecoder>();
    media::VideoDecodeOptions options;
    options.width = width;
    options.format = media::PixelFormat::Bgr24;
    options.threads = 1;        // the GUI thread waits for it; one thread decodes 360p fast
    options.fastDecode = false; // people look at this picture
    if (!decoder->open(path, options, error)) {
        m_decoder.reset();
        return false;
    }
    const double fps = decoder->stream().frameRate;
    m_frameUs = fps > 0 ? qint64(1e6 / fps + 0.5) : 40000;
    m_decoder = std::move(decoder);
    m_path = path;
    m_hasCurrent = m_hasNext = m_atEnd = false;
    m_decoded = m_seeks = 0;
    return true;
}

bool FramePicker::readNext()
{
    if (m_atEnd)
        return false;
    media::VideoFrame frame;
    if (m_decoder->read(&frame) != media::VideoDecoder::Result::Frame) {
        m_atEnd = true;
        return false;
    }
    ++m_decoded;
    m_next = std::move(frame);
    m_hasNext = true;
    return true;
}

const media::VideoFrame* FramePicker::frameAt(qint64 timeUs)
{
    if (!m_decoder)
        return nullptr;
    // Back in time, or far ahead: seek rather than decode every frame in between.
    const bool behind = m_hasCurrent && timeUs < m_current.timeUs;
    const bool farAhead = (m_hasCurrent || m_hasNext) &&
                          timeUs > (m_hasNext ? m_next.timeUs : m_current.timeUs) + 2000000;
    if (behind || farAhead) {
        QString error;
        if (!m_decoder->seek(std::max<qint64>(0, timeUs - m_frameUs), &error))
            return m_hasCurrent ? &m_current : nullptr;
        ++m_seeks;
        m_hasCurrent = m_hasNext = m_atEnd = false;
    }
    if (!m_hasNext && !readNext())
        return m_hasCurrent ? &m_current : nullptr;
    // Move on while the read-ahead frame is due.
    while (m_hasNext && m_next.timeUs <= timeUs) {
        m_current = std::move(m_next);
        m_hasCurrent = true;
        m_hasNext = false;
        if (!readNext())
            break;
    }
    return m_hasCurrent ? &m_current : nullptr;
}

} // namespace sw::ui
