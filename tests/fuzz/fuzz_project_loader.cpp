// Fuzz target: the project loader must turn any bytes into a project or an error, never a
// crash, a hang or undefined behaviour.
#include "project/projectfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    sw::project::ProjectContent content;
    QString error;
    sw::project::ProjectLoadReport report;
    const QByteArray bytes(reinterpret_cast<const char*>(data), int(size));
    if (sw::project::projectFromJson(bytes, QDir(QStringLiteral("/nonexistent")), &content, &error,
                                     &report)) {
        // Whatever loads must be consistent and save back to JSON that loads again.
        if (!content.checkConsistency().isEmpty())
            __builtin_trap();
        sw::project::ProjectContent again;
        if (!sw::project::projectFromJson(
                sw::project::projectToJson(content, QDir(QStringLiteral("/nonexistent"))),
                QDir(QStringLiteral("/nonexistent")), &again, &error))
            __builtin_trap();
    }
    return 0;
}
