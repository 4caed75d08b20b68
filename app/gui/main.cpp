// scorewright: the desktop application. `scorewright [PROJECT.swproj]` opens the project.
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Scorewright"));
    QApplication::setOrganizationName(QStringLiteral("Scorewright"));
    QApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
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
    parser.setApplicationDescription(QStringLiteral("Scores videos with generated music."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("The interface language (en, de, zh_CN) for this run."),
                      QStringLiteral("code")});
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
