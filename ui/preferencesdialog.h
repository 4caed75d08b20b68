#pragma once
// Edit > Preferences: the interface language, the MIDI ports, the soundfont the preview
// renders with (an export keeps its own choice, in the export dialog), and who sings the lyrics
// (the guide voice in a voice type, or the vocal track's instrument), heard alike in the preview
// and the export. Remembered in QSettings; the language applies at the next start.

#include "render/guidevocal.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sw::ui {

class MidiController;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(MidiController* midi, QWidget* parent = nullptr);

    QComboBox* languageChooser() const { return m_language; }
    QComboBox* outputChooser() const { return m_output; }
    QComboBox* inputChooser() const { return m_input; }
    QLineEdit* soundFontEditor() const { return m_soundFont; }
    QComboBox* vocalChooser() const { return m_vocal; }
    /// Why OK was refused (empty while nothing is wrong).
    QString errorText() const;

    void accept() override;

    /// The soundfont chosen here; empty for the system's General MIDI soundfont.
    static QString soundFont();
    /// Who sings the lyrics, as chosen here (the guide voice, its type found from the melody,
    /// unless chosen otherwise).
    static void vocal(render::VocalSound* sound, render::VoiceType* voice);

private:
    MidiController* m_midi;
    QComboBox* m_language;
    QComboBox* m_output;
    QComboBox* m_input;
    QLineEdit* m_soundFont;
    QComboBox* m_vocal;
    QLabel* m_error;
};

} // namespace sw::ui
