// The interface in German and Chinese: the translations are complete (no message left
// unfinished in the .ts files), they load from the build tree, and the main window's menus and
// the export dialog come up translated; the language follows the preference, then the system.
#include "project/projectfile.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

using namespace sw::ui;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (QAction* a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

QAction* action(const MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

// Every check box, radio button and label text of the export dialog.
QStringList dialogTexts(const ExportDialog& dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
        texts << b->text();
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        texts << l->text();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(SW_SOURCE_DIR "/translations/scorewright_de.ts");
        QTest::newRow("zh_CN") << QStringLiteral(SW_SOURCE_DIR
                                                 "/translations/scorewright_zh_CN.ts");
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        const QString text = QString::fromUtf8(ts.readAll());
        const int messages = text.count(QStringLiteral("<message"));
        QVERIFY(messages > 100);
        QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QStringLiteral("<translation></translation>")), 0);
        // Placeholders survive translation: every %1 of a source is in its translation.
        const QRegularExpression pair(
            QStringLiteral("<source>(.*?)</source>\\s*(?:<comment>.*?</comment>\\s*)?"
                           "<translation[^>]*>(.*?)</translation>"),
            QRegularExpression::DotMatchesEverythingOption);
        int checked = 0;
        for (auto it = pair.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            for (int n = 1; n <= 9; ++n) {
                const QString placeholder = QStringLiteral("%") + QString::number(n);
                if (m.captured(1).contains(placeholder))
                    QVERIFY2(m.captured(2).contains(placeholder), qPrintable(m.captured(1)));
            }
            ++checked;
        }
        QVERIFY(checked >= messages - 20); // plural forms have their own layout
    }

    void menusAndTheExportDialogAreInGerman()
    {
        ExportChoices choices;
        choices.folder = QDir::tempPath();
        choices.baseName = QStringLiteral("demo");
        QStringList englishTexts;
        QStringList englishMenus;
        {
            MainWindow english;
            englishMenus = menuTitles(english);
            englishTexts = dialogTexts(ExportDialog(choices, true));
        }
        QCOMPARE(englishMenus,
                 (QStringList{"&File", "&Music", "&Edit", "&Playback", "M&IDI", "&View", "&Help"}));

        QString error;
        QVERIFY2(installTranslations(QStringLiteral("de"), &error), qPrintable(error));
        MainWindow window;
        QCOMPARE(menuTitles(window), (QStringList{"&Datei", "&Musik", "&Bearbeiten", "&Wiedergabe",
                                                  "M&IDI", "&Ansicht", "&Hilfe"}));
        QCOMPARE(action(window, "saveAction")->text(), QStringLiteral("&Speichern"));
        QCOMPARE(action(window, "exportAction")->text(),
                 QStringLiteral("Soundtrack &exportieren …"));
        QCOMPARE(action(window, "scoreAction")->text(), QStringLiteral("Video &vertonen"));

        const ExportDialog dialog(choices, true);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Soundtrack exportieren"));
        const QStringList germanTexts = dialogTexts(dialog);
        QCOMPARE(germanTexts.size(), englishTexts.size());
        // Only names that are the same in both languages (formats, containers) stay as they are.
        int unchanged = 0;
        for (int i = 0; i < germanTexts.size(); ++i) {
            if (germanTexts[i] == englishTexts[i] && germanTexts[i].contains(u' '))
                QFAIL(qPrintable(QStringLiteral("untranslated: ") + germanTexts[i]));
            unchanged += germanTexts[i] == englishTexts[i];
        }
        QVERIFY2(unchanged <= 3, qPrintable(QString::number(unchanged)));
    }

    // Issue 21: Cancel, Space, Home and Del stayed English in a German window: they are Qt's
    // own words, translated by Debian's qt6-translations-l10n (installed with the rest).
    void qtsOwnWordsAreInGermanToo()
    {
        QString error;
        QVERIFY2(installTranslations(QStringLiteral("de"), &error), qPrintable(error));
        QCOMPARE(QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText),
                 QStringLiteral("Leertaste"));
        QCOMPARE(QKeySequence(Qt::Key_Home).toString(QKeySequence::NativeText),
                 QStringLiteral("Pos1"));
        QCOMPARE(QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText),
                 QStringLiteral("Entf"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void errorMessagesFromTheCoreAreInGerman()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.swproj"));
        QFile(path).open(QIODevice::WriteOnly);
        QVERIFY(installTranslations(QStringLiteral("de")));
        sw::project::ProjectContent content;
        QString error;
        QVERIFY(!sw::project::loadProject(path, &content, &error));
        QVERIFY2(error.contains(QStringLiteral("die Datei ist leer")), qPrintable(error));
    }

    void menusAreInChinese()
    {
        QVERIFY(installTranslations(QStringLiteral("zh_CN")));
        MainWindow window;
        QCOMPARE(menuTitles(window), (QStringList{"文件(&F)", "音乐(&M)", "编辑(&E)", "播放(&P)",
                                                  "MIDI(&I)", "视图(&V)", "帮助(&H)"}));
    }

    void englishHasItsPluralForms()
    {
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("sw::scoring", "Planned %n bar(s)", nullptr, 1),
                 QStringLiteral("Planned 1 bar"));
        QCOMPARE(QCoreApplication::translate("sw::scoring", "Planned %n bar(s)", nullptr, 12),
                 QStringLiteral("Planned 12 bars"));
    }

    void backToEnglish()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        QVERIFY(installTranslations(QStringLiteral("en")));
        MainWindow window;
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }

    void thePreferenceWinsOverTheSystem()
    {
        QCOMPARE(chooseInterfaceLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(chooseInterfaceLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QLocale::setDefault(QLocale(QStringLiteral("de_AT")));
        // An unknown preference falls back to the system's language (a German locale here, but
        // QLocale::system() ignores setDefault, so only check it is one we ship).
        const QString fallback = chooseInterfaceLanguage(QStringLiteral("xx"));
        QVERIFY(fallback == QLatin1String("en") || fallback == QLatin1String("de") ||
                fallback == QLatin1String("zh_CN"));
    }

    void aMissingTranslationIsReported()
    {
        QString error;
        QVERIFY(!installTranslations(QStringLiteral("fr"), &error));
        QVERIFY(error.contains(QStringLiteral("fr")));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
