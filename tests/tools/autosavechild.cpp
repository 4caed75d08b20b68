// Test helper for test_autosave: opens the project argv[1], autosaves into the folder argv[2]
// every 50 ms, adds a marker, prints "autosaved" once that edit is in a recovery file, and runs
// until it is killed, as the application would have if it had crashed.
#include "project/autosave.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    sw::project::ProjectContent content;
    QString error;
    if (!sw::project::loadProject(path, &content, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sw::project::Project project(content);
    sw::project::Autosaver autosaver(&project, QString::fromLocal8Bit(argv[2]));
    autosaver.setProjectPath(path);
    autosaver.setInterval(50);
    QObject::connect(&autosaver, &sw::project::Autosaver::autosaved,
                     [](bool ok, const QString& why) {
                         std::printf(ok ? "autosaved\n" : "failed: %s\n", qPrintable(why));
                         std::fflush(stdout);
                     });
    sw::project::Marker marker;
    marker.name = QStringLiteral("Edited before the crash");
    marker.timeUs = 7000000;
    project.requestAddMarker(marker);
    return app.exec();
}
