#include "cli/clicommand.h"

#include "music/outputfile.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sw::cli {

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << arguments.first() << ": " << parser.errorText() << "\n";
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the executable's path; name the subcommand instead.
        QString help = parser.helpText();
        const int lineEnd = help.indexOf(QLatin1Char('\n'));
        const QString usage = help.left(lineEnd);
        const int optionsAt = usage.indexOf(QLatin1String(" ["));
        help.replace(0, lineEnd,
                     QStringLiteral("Usage: ") + arguments.first() +
                         (optionsAt >= 0 ? usage.mid(optionsAt) : QString()));
        out << help;
        return kExitOk;
    }
    return -1;
}

int checkStandardOutput()
{
    if (std::fflush(stdout) == 0 && !std::ferror(stdout))
        return kExitOk;
    const int why = errno;
    QTextStream(stderr) << "scorewright-cli: the output could not be written ("
                        << QString::fromLocal8Bit(std::strerror(why ? why : EIO)) << ")\n";
    return kExitBadInput;
}

bool outputsSpareInputs(const QString& command, const QStringList& inputs,
                        const QStringList& outputs)
{
    for (const QString& output : outputs) {
        for (const QString& input : inputs) {
            if (music::sameFile(output, input)) {
                QTextStream(stderr)
                    << "scorewright-cli " << command << ": " << output << " is one of the inputs ("
                    << input << "); writing it would destroy it: choose another name\n";
                return false;
            }
        }
    }
    return true;
}

} // namespace sw::cli
