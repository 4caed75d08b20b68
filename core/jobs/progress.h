#pragma once
// The one convention by which long work is told to stop and says how far it is, passed down
// from a Task (or the command line's Ctrl+C) into decoders, samplers and renderers, as
// Audacity passes its CancellationContext: StopRequested returns true to stop, and a stopped
// function returns false; that it was stopped is an outcome of its own (the caller knows, it
// asked), not an error to be shown.

#include <functional>

namespace sw::jobs {

/// Asked inside long loops; true means stop at this check.
using StopRequested = std::function<bool()>;

/// Where a long operation reports (0..1) and whether it must stop. Either may be empty.
struct Progress
{
    std::function<void(double)> report;
    StopRequested stop;

    void at(double fraction) const
    {
        if (report)
            report(fraction);
    }
    bool stopped() const { return stop && stop(); }
    /// The same, for a part of the work that runs from `from` to `to` of the whole.
    Progress part(double from, double to) const
    {
        if (!report)
            return {{}, stop};
        return {[report = report, from, to](double f) { report(from + (to - from) * f); }, stop};
    }
};

} // namespace sw::jobs
