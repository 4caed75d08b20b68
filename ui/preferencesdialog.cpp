#include "ui/preferencesdialog.h"

#include "devices/mididevice.h"
#include "ui/midicontroller.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace sw::ui {

namespace {
const QString kSoundFontKey = QStringLiteral("preview/soundFont");
// "instrument", or the guide voice's type ("auto", "soprano"...).
const QString kVocalKey = QStringLiteral("playback/vocal");
const QString kInstrument = QStringLiteral("instrument");

// The port choices with the chosen one current; disabled, saying why, without MIDI.
void fillPorts(QComboBox* box, const QStringList& ports, const QString& chosen,
               const QString& unavailable)
{
    for (const MidiController::PortChoice& choice : MidiController::portChoices(ports, chosen))
        box->addItem(choice.label, choice.port);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    if (!unavailable.isEmpty()) {
        box->setEnabled(false);
        box->setToolTip(unavailable);
    }
}
} // namespace

QString PreferencesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PreferencesDialog::soundFont()
{
    return QSettings().value(kSoundFontKey).toString();
}

void PreferencesDialog::vocal(render::VocalSound* sound, render::VoiceType* voice)
{
    const QString chosen = QSettings().value(kVocalKey).toString();
    *sound =
        chosen == kInstrument ? render::VocalSound::Instrument : render::VocalSound::GuideVoice;
    *voice = render::VoiceType::Auto;
    render::parseVoiceType(chosen, voice);
}

PreferencesDialog::PreferencesDialog(MidiController* midi, QWidget* parent)
    : QDialog(parent), m_midi(midi), m_language(new QComboBox), m_output(new QComboBox),
      m_input(new QComboBox), m_soundFont(new QLineEdit), m_vocal(new QComboBox)
{
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout;
    m_language->addItem(tr("System Default"), QString());
    for (const InterfaceLanguage& l : interfaceLanguages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(QSettings().value(languageSettingsKey()).toString())));
    form->addRow(tr("Interface language:"), m_language);

    devices::MidiBackend& backend = m_midi->backend();
    fillPorts(m_output, backend.outputPorts(), m_midi->outputPort(), backend.unavailableReason());
    fillPorts(m_input, backend.inputPorts(), m_midi->inputPort(), backend.unavailableReason());
    form->addRow(tr("MIDI output:"), m_output);
    form->addRow(tr("MIDI input:"), m_input);

    m_soundFont->setText(soundFont());
    m_soundFont->setPlaceholderText(tr("The system's General MIDI soundfont"));
    auto* browse = new QPushButton(tr("Choose..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Soundfont"), QString(),
                                                          tr("Soundfonts (*.sf2 *.sf3)"));
        if (!file.isEmpty())
            m_soundFont->setText(file);
    });
    auto* soundFontRow = new QHBoxLayout;
    soundFontRow->addWidget(m_soundFont, 1);
    soundFontRow->addWidget(browse);
    form->addRow(tr("Soundfont:"), soundFontRow);

    m_vocal->setObjectName(QStringLiteral("vocalChooser"));
    m_vocal->addItem(tr("A guide voice, in the melody's own range"),
                     render::voiceTypeName(render::VoiceType::Auto));
    m_vocal->addItem(tr("A guide voice: soprano"),
                     render::voiceTypeName(render::VoiceType::Soprano));
    m_vocal->addItem(tr("A guide voice: alto"), render::voiceTypeName(render::VoiceType::Alto));
    m_vocal->addItem(tr("A guide voice: tenor"), render::voiceTypeName(render::VoiceType::Tenor));
    m_vocal->addItem(tr("A guide voice: bass"), render::voiceTypeName(render::VoiceType::Bass));
    m_vocal->addItem(tr("The vocal track's instrument"), kInstrument);
    m_vocal->setToolTip(tr("Who sings the lyrics in the preview and the export. A guide voice "
                           "sings the words; a chosen voice sings the melody in its octaves."));
    m_vocal->setCurrentIndex(std::max(0, m_vocal->findData(QSettings().value(kVocalKey))));
    form->addRow(tr("Lyrics sung by:"), m_vocal);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString font = m_soundFont->text().trimmed();
    if (!font.isEmpty() && !QFileInfo(font).isFile()) {
        // Said in the dialog, which stays open with everything as it was typed.
        m_error->setText(tr("%1 is not a file; choose a .sf2 or .sf3 soundfont, or leave the "
                            "field empty for the system's.")
                             .arg(font));
        m_error->show();
        return;
    }
    QSettings settings;
    settings.setValue(kSoundFontKey, font);
    settings.setValue(kVocalKey, m_vocal->currentData().toString());
    settings.setValue(languageSettingsKey(), m_language->currentData().toString());
    if (m_output->isEnabled())
        m_midi->setOutputPort(m_output->currentData().toString());
    if (m_input->isEnabled())
        m_midi->setInputPort(m_input->currentData().toString());
    QDialog::accept();
}

} // namespace sw::ui
