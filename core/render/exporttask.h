#pragma once
// An export as a Task: rendering, mixing and writing every chosen file on a worker, with
// progress and cancel (see soundtrackexport.h for what a cancel leaves behind).

#include "jobs/task.h"
#include "render/soundtrackexport.h"

namespace sw::render {

class ExportTask : public jobs::Task
{
    Q_OBJECT
public:
    explicit ExportTask(ExportRequest request, QUuid owner = {});

    /// Valid once the task succeeded (read after finished()).
    const ExportReport& report() const { return m_report; }
    const ExportRequest& request() const { return m_request; }

protected:
    bool run() override;

private:
    ExportRequest m_request;
    ExportReport m_report;
};

} // namespace sw::render
