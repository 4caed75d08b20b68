// scorewright: the desktop application. `scorewright [PROJECT.swproj]` opens the project.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Scorewright"));
    QApplication::setOrganizationName(QStringLiteral("Scorewright"));
    QApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.scorewright.Scorewright"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scores videos with generated music."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A Scorewright project (.swproj) to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    sw::ui::MainWindow window;
    window.show();
    // Work a crash left behind comes first; otherwise open what was asked for.
    if (!window.offerRecovery() && !parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    return app.exec();
}
