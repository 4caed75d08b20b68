// scorewright: the desktop application. `scorewright [PROJECT.swproj]` opens the project.
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {

void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral("Scores videos with generated music."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("The interface language (en, de, zh_CN) for this run."),
                      QStringLiteral("code")});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A Scorewright project (.swproj) to open."),
                                 QStringLiteral("[project]"));
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Scorewright"));
    QCoreApplication::setOrganizationName(QStringLiteral("Scorewright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version need no window: answered before Qt looks for a display, so that
    // they work over ssh and in scripts (they failed in the platform plugin).
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--help", "-h", "--help-all", "--version", "-v", "-?"}) {
            if (qstrcmp(argv[i], flag) == 0) {
                QCoreApplication core(argc, argv);
                nameApplication();
                QCommandLineParser parser;
                describeCommandLine(parser);
                parser.process(core); // prints and exits
                return 0;
            }
        }
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.scorewright.Scorewright"));

    // The interface language: --language, else the preference (Edit > Interface Language),
    // else the system's. Read before anything shows a string.
    QString language = QSettings().value(sw::ui::languageSettingsKey()).toString();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--language") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    QString translationError;
    if (!sw::ui::installTranslations(sw::ui::chooseInterfaceLanguage(language), &translationError))
        qWarning("%s", qPrintable(translationError));

    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.process(app);

    sw::ui::MainWindow window;
    window.show();
    // Work a crash left behind comes first; otherwise open what was asked for.
    if (!window.offerRecovery() && !parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    return app.exec();
}
