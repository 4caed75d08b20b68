#include "render/exporttask.h"

namespace sw::render {

ExportTask::ExportTask(ExportRequest request, QUuid owner)
    : jobs::Task(QStringLiteral("Export"), owner), m_request(std::move(request))
{
}

bool ExportTask::run()
{
    QString error;
    const bool ok = exportSoundtrack(
        m_request, &m_report, &error, stopRequested(),
        [this](double fraction, const QString& what) { setProgress(fraction, what); });
    if (!ok && !isCancelled()) {
        setError(error);
        return false;
    }
    if (ok)
        setResult(m_report.summary(m_request.render.picture.ducking));
    return ok;
}

} // namespace sw::render
