// scorewright-cli: the headless command line. `scorewright-cli --help` lists the subcommands;
// `scorewright-cli NAME --help` explains one.
#include "cli/clicommand.h"
#include "engine/modelfiles.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

namespace {

void printUsage(QTextStream& out)
{
    out << "Usage: scorewright-cli <command> [options]\n\n"
           "Scorewright scores videos with generated music. Commands:\n";
    for (const sw::cli::CliCommand& c : sw::cli::cliCommands())
        out << "  " << c.name.leftJustified(10) << c.summary << "\n";
    out << "\nRun 'scorewright-cli <command> --help' for the options of a command.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // Drawing a plot needs fonts, and so a GUI application; everything else runs without one,
    // and a plot is drawn offscreen unless a platform is chosen.
    bool drawsPlot = false;
    for (int i = 1; i < argc; ++i)
        drawsPlot |= qstrcmp(argv[i], "--plot") == 0 || qstrncmp(argv[i], "--plot=", 7) == 0;
    if (drawsPlot && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        drawsPlot ? std::make_unique<QGuiApplication>(argc, argv)
                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scorewright-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Scorewright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SW_VERSION));

    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        if (args.size() >= 3 && args[1] == QLatin1String("help"))
            args = {args[0], args[2], QStringLiteral("--help")};
        else {
            printUsage(out);
            return args.size() < 2 ? sw::cli::kExitUsage : sw::cli::kExitOk;
        }
    }
    if (args[1] == QLatin1String("--version")) {
        // Where the weights come from: the install prefix's share/scorewright/models, or the
        // source tree's models/ for a build that is not installed.
        out << "scorewright-cli " << SW_VERSION << "\n"
            << "models: " << sw::engine::modelsDirectory() << "\n";
        return sw::cli::kExitOk;
    }
    for (const sw::cli::CliCommand& c : sw::cli::cliCommands()) {
        if (c.name == args[1]) {
            QStringList commandArgs = args.mid(2);
            commandArgs.prepend(QStringLiteral("scorewright-cli ") + c.name);
            out.flush();
            const int code = c.run(commandArgs);
            return code == sw::cli::kExitOk ? sw::cli::checkStandardOutput() : code;
        }
    }
    err << "scorewright-cli: unknown command '" << args[1] << "'\n\n";
    err.flush();
    printUsage(out);
    return sw::cli::kExitUsage;
}
