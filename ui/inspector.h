#pragma once
// The inspector: what the selected thing is and why. For a prompt, the constraints the parser
// understood (with the words that gave each) and the words it did not; for lyrics, the
// syllables as they will be sung, stressed ones marked; for a prompt or a lyric line, its text
// to edit (Apply is one undo step); for notes, their pitch, place and velocity; for bars, the
// plan's reasons.

#include "music/score.h"
#include "plan/musicplan.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QPushButton;

namespace sw::project {
class Project;
struct Clip;
} // namespace sw::project

namespace sw::ui {

class Inspector : public QWidget
{
    Q_OBJECT
public:
    explicit Inspector(QWidget* parent = nullptr);

    void setProject(project::Project* project);
    /// A clip, marker or music region of the project; a null id clears the inspector.
    void showElement(const QUuid& id);
    void showNotes(const music::Score& score, int track, const QList<int>& notes);
    void showBars(const std::optional<plan::MusicPlan>& plan, int first, int last);

    /// What the inspector shows, as plain text (for tests and screen readers).
    QString detailsText() const;
    /// The editable text of a prompt or lyric clip; applying it edits the clip.
    QPlainTextEdit* textEditor() const { return m_editor; }
    void applyText();

Q_SIGNALS:
    /// "Rewrite line N" under a sung lyric clip's prosody notes: line `line` of clip `clip`.
    void rewriteLineRequested(const QUuid& clip, int line);

private:
    void showText(const QString& title, const QString& html, bool editable = false);
    /// A lyric clip's prosody notes as HTML, with a Rewrite link for each line that has one.
    QString prosodyHtml(const project::Clip& clip) const;

    project::Project* m_project = nullptr;
    QUuid m_element;
    QLabel* m_title;
    QLabel* m_details;
    QPlainTextEdit* m_editor;
    QPushButton* m_apply;
    bool m_keepEditorText = false; ///< a refresh for another element's change keeps the typing
    QTimer* m_prosodyRefresh;      ///< a lyric clip's notes, made again once a take's edits pause
};

} // namespace sw::ui
