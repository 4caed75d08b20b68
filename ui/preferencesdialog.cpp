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

PreferencesDialog::PreferencesDialog(MidiController* midi, QWidget* parent)
    : QDialog(parent), m_midi(midi), m_language(new QComboBox), m_output(new QComboBox),
      m_input(new QComboBox), m_soundFont(new QLineEdit)
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
    settings.setValue(languageSettingsKey(), m_language->currentData().toString());
    if (m_output->isEnabled())
        m_midi->setOutputPort(m_output->currentData().toString());
    if (m_input->isEnabled())
        m_midi->setInputPort(m_input->currentData().toString());
    QDialog::accept();
}

} // namespace sw::ui
