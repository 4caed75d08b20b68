#pragma once
// The window's questions answered from a test's script (which file to open, where to save,
// what to export), and what it was told recorded: the desktop's tests drive the real window
// without a dialog waiting for a person.
#include "ui/exportdialog.h"
#include "ui/userprompts.h"

#include <QAction>
#include <QSet>
#include <QStringList>
#include <QWidget>

namespace sw::ui::testing {

// Answers the window's questions from the test's script and records what it was told.
struct Script
{
    QString openPath;
    QString savePath;
    UserPrompts::SaveChoice saveChoice = UserPrompts::SaveChoice::Cancel;
    UserPrompts::RecoveryChoice recoveryChoice = UserPrompts::RecoveryChoice::Later;
    int versionChoice = -1;
    QString replacementMedia;
    QStringList importPaths;
    QStringList recoveryQuestions;
    QStringList errors;
    QStringList warnings;
    QStringList information;
    int saveQuestions = 0;
    bool exportAccepted = false;
    ExportChoices exportChoices; ///< the folder and name are the test's; the rest as set
    bool exportOfferedVideo = false;
    QString audioPath; ///< the recording or reference track chosen
    QVector<sw::scoring::ReferencePinOffer> referenceOffers;
    QSet<sw::scoring::ReferencePin> referenceAccepted;
};

class ScriptedPrompts : public UserPrompts
{
public:
    explicit ScriptedPrompts(Script* script) : m_script(script) {}
    QString chooseProjectToOpen(QWidget*, const QString&) override { return m_script->openPath; }
    QString chooseProjectSavePath(QWidget*, const QString&) override { return m_script->savePath; }
    SaveChoice askToSaveChanges(QWidget*, const QString&) override
    {
        ++m_script->saveQuestions;
        return m_script->saveChoice;
    }
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        m_script->errors << title + QStringLiteral(": ") + message;
    }
    void showWarning(QWidget*, const QString&, const QString& message) override
    {
        m_script->warnings << message;
    }
    RecoveryChoice askToRecover(QWidget*, const QString& name, const QDateTime&,
                                const QDateTime&) override
    {
        m_script->recoveryQuestions << name;
        return m_script->recoveryChoice;
    }
    int chooseSavedVersion(QWidget*, const QVector<sw::project::SavedVersion>&) override
    {
        return m_script->versionChoice;
    }
    QString chooseReplacementMedia(QWidget*, const QString&) override
    {
        return m_script->replacementMedia;
    }
    QStringList chooseMediaToImport(QWidget*, const QString&) override
    {
        return m_script->importPaths;
    }
    bool chooseExport(QWidget*, bool hasVideo, ExportChoices* choices) override
    {
        m_script->exportOfferedVideo = hasVideo;
        *choices = m_script->exportChoices;
        return m_script->exportAccepted;
    }
    void showInformation(QWidget*, const QString&, const QString& message) override
    {
        m_script->information << message;
    }
    QString chooseAudioFile(QWidget*, const QString&, const QString&) override
    {
        return m_script->audioPath;
    }
    bool chooseReferencePins(QWidget*, const QString&,
                             const QVector<sw::scoring::ReferencePinOffer>& offers,
                             QSet<sw::scoring::ReferencePin>* accepted) override
    {
        m_script->referenceOffers = offers;
        *accepted = m_script->referenceAccepted;
        return true;
    }

private:
    Script* m_script;
};

/// The window's action named `name` (its object name); the test fails where there is none.
inline QAction* action(QWidget& window, const char* name)
{
    auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
    Q_ASSERT(a);
    return a;
}

} // namespace sw::ui::testing
