#include "ui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace sw::ui {

namespace {
// The translators in use, so that a second call replaces them instead of stacking them.
std::vector<std::unique_ptr<QTranslator>>& installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QList<InterfaceLanguage> interfaceLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QStringList translationDirectories()
{
    QStringList dirs;
    if (QCoreApplication::instance())
        dirs << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                QStringLiteral("/../share/scorewright/translations"));
    dirs << QStringLiteral(SW_BUILD_TRANSLATIONS_DIR);
    return dirs;
}

QString languageSettingsKey()
{
    return QStringLiteral("interface/language");
}

QString chooseInterfaceLanguage(const QString& preference)
{
    const QList<InterfaceLanguage> languages = interfaceLanguages();
    for (const InterfaceLanguage& l : languages) {
        if (l.code == preference)
            return l.code;
    }
    // QLocale::uiLanguages() lists "de-DE", "de", "zh-Hans-CN", ... in order of preference.
    for (QString wanted : QLocale::system().uiLanguages()) {
        wanted.replace(u'-', u'_');
        for (const InterfaceLanguage& l : languages) {
            if (l.code == QLatin1String("en"))
                continue;
            // "de_AT" takes German; Chinese only in its simplified script or mainland form.
            const QLocale locale(l.code);
            const bool sameLanguage = QLocale(wanted).language() == locale.language();
            const bool sameVariant = l.code.size() == 2 ||
                                     QLocale(wanted).territory() == locale.territory() ||
                                     wanted.startsWith(QStringLiteral("zh_Hans"));
            if (wanted == l.code || (sameLanguage && sameVariant))
                return l.code;
        }
        if (wanted.startsWith(QStringLiteral("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool installTranslations(const QString& language, QString* error)
{
    auto& translators = installedTranslators();
    for (const auto& t : translators)
        QCoreApplication::removeTranslator(t.get());
    translators.clear();
    auto own = std::make_unique<QTranslator>();
    if (language == QLatin1String("en")) {
        // The source strings are English; only the plural forms ("%n note(s)") come from
        // scorewright_en.qm. Without it the "(s)" forms show, and nothing else changes.
        for (const QString& dir : translationDirectories()) {
            if (own->load(QStringLiteral("scorewright_en"), dir)) {
                QCoreApplication::installTranslator(own.get());
                translators.push_back(std::move(own));
                break;
            }
        }
        return true;
    }
    bool loaded = false;
    for (const QString& dir : translationDirectories()) {
        if (own->load(QStringLiteral("scorewright_") + language, dir)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        if (error)
            *error =
                QCoreApplication::translate("sw::ui", "No translation into %1 was found in %2.")
                    .arg(language, translationDirectories().join(QStringLiteral(", ")));
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    translators.push_back(std::move(own));

    // Qt's own strings (standard buttons, file dialogs), when Debian's qt6-translations-l10n
    // is installed; without it those stay English and the rest is still translated.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators.push_back(std::move(qt));
    }
    return true;
}

} // namespace sw::ui
