#pragma once
// The application's languages: Scorewright's own translations (translations/*.ts, compiled to
// .qm at build time) and Qt's for its standard dialogs, chosen from a preference or the
// system locale.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sw::ui {

/// A language the interface can be shown in.
struct InterfaceLanguage
{
    QString code;       ///< "en", "de", "zh_CN"
    QString nativeName; ///< in its own language: "Deutsch", "简体中文"
};

/// English first, then every language a translation ships for.
QList<InterfaceLanguage> interfaceLanguages();

/// Where the compiled translations are looked for: next to an installed program
/// (../share/scorewright/translations), then the build tree's translations/.
QStringList translationDirectories();

/// The language to use: `preference` when it names one of interfaceLanguages(), otherwise the
/// system locale's when there is a translation for it, otherwise English.
QString chooseInterfaceLanguage(const QString& preference);

/// Installs the translators for `language` on the application (replacing earlier ones).
/// Returns false, with the reason in `error`, when its translation cannot be found or read.
bool installTranslations(const QString& language, QString* error = nullptr);

/// The key under which the preferred language is remembered in QSettings ("" = the system's).
QString languageSettingsKey();

} // namespace sw::ui
