// Test helper for test_save_kill: saves a project to argv[1] over and over, each version with a
// different title and as many markers as its number, until it is killed. Prints "ready" after
// the first save so the test knows the file exists.
#include "project/projectfile.h"
#include "testscores.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    sw::project::ProjectContent content;
    sw::project::MusicRegion region; // a few hundred KB, so that a kill often lands mid-write
    region.id = QUuid::createUuid();
    region.durationUs = 60000000;
    sw::project::Take take;
    take.id = QUuid::createUuid();
    take.created = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 40; ++i)
        take.score.tracks.append(sw::testing::richScore().tracks);
    region.takes = {take};
    region.activeTake = 0;
    content.musicRegions = {region};
    for (int version = 1;; ++version) {
        content.title = QStringLiteral("version %1").arg(version);
        sw::project::Marker marker;
        marker.id = QUuid::createUuid();
        marker.timeUs = version;
        content.markers.append(marker);
        QString error;
        if (!sw::project::saveProject(content, path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (version == 1) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}
