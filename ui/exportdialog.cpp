#include "ui/exportdialog.h"

#include "render/exportformats.h"
#include "render/loudness.h"
#include "ui/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <type_traits>

namespace sw::ui {

namespace {
const QString kGroup = QStringLiteral("export/");

// Every remembered choice with its settings key, for load() and save() alike.
template <typename Choices, typename Visit> void forEachRemembered(Choices& c, const Visit& visit)
{
    visit("folder", c.folder);
    visit("mixWav", c.mixWav);
    visit("wavBits", c.wavBits);
    visit("compressedFormat", c.compressedFormat);
    visit("stems", c.stems);
    visit("midi", c.midi);
    visit("musicXml", c.musicXml);
    visit("video", c.video);
    visit("videoContainer", c.videoContainer);
    visit("keepVideoSound", c.keepVideoSound);
    visit("duckDb", c.duckDb);
    visit("preset", c.preset);
    visit("soundFont", c.soundFont);
}
} // namespace

void ExportChoices::load()
{
    QSettings s;
    forEachRemembered(*this, [&](const char* key, auto& value) {
        using Value = std::decay_t<decltype(value)>;
        value = s.value(kGroup + QLatin1String(key), QVariant::fromValue(value))
                    .template value<Value>();
    });
}

void ExportChoices::save() const
{
    QSettings s;
    forEachRemembered(*this, [&](const char* key, const auto& value) {
        s.setValue(kGroup + QLatin1String(key), QVariant::fromValue(value));
    });
}

void ExportChoices::fillRequest(render::ExportRequest* request, bool hasVideo) const
{
    const QDir dir(folder);
    auto file = [&](const QString& suffix) { return dir.filePath(baseName + suffix); };
    request->wavPath = mixWav ? file(QStringLiteral(".wav")) : QString();
    request->wavBits = wavBits;
    request->audioPath =
        compressedFormat.isEmpty() ? QString() : file(QLatin1Char('.') + compressedFormat);
    request->stemsFolder = stems ? file(QStringLiteral(" stems")) : QString();
    request->midiPath = midi ? file(QStringLiteral(".mid")) : QString();
    request->musicXmlPath = musicXml ? file(QStringLiteral(".musicxml")) : QString();
    request->muxedVideoPath =
        hasVideo && video ? file(QStringLiteral(" scored.") + videoContainer) : QString();
    request->includeSourceAudio = keepVideoSound;
    request->render.preset = preset;
    request->render.soundFont = soundFont;
    // The lyrics are sung in the export as in the preview (Preferences).
    PreferencesDialog::vocal(&request->render.vocalSound, &request->render.voice);
    request->render.picture.ducking.depthDb = std::min(0.0, duckDb);
}

ExportDialog::ExportDialog(const ExportChoices& initial, bool hasVideo, QWidget* parent)
    : QDialog(parent), m_hasVideo(hasVideo), m_folder(new QLineEdit(initial.folder)),
      m_baseName(new QLineEdit(initial.baseName)), m_mixWav(new QCheckBox(tr("Mix as WAV"))),
      m_wavBits(new QComboBox), m_compressed(new QCheckBox(tr("Mix as"))),
      m_compressedFormat(new QComboBox), m_stems(new QCheckBox(tr("Stems (one WAV per track)"))),
      m_midi(new QCheckBox(tr("MIDI file"))), m_musicXml(new QCheckBox(tr("MusicXML score"))),
      m_video(new QCheckBox(tr("Video with the new soundtrack"))), m_videoContainer(new QComboBox),
      m_keepVideoSound(new QCheckBox(tr("Mix in the video's own sound"))),
      m_duck(new QDoubleSpinBox), m_preset(new QComboBox), m_soundFont(new QLineEdit)
{
    setWindowTitle(tr("Export Soundtrack"));
    setObjectName(QStringLiteral("exportDialog"));
    auto* form = new QFormLayout(this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    auto* browse = new QPushButton(tr("Browse..."));
    folderRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export To"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Name:"), m_baseName);

    m_wavBits->addItem(tr("24-bit"), 24);
    m_wavBits->addItem(tr("16-bit"), 16);
    m_wavBits->setCurrentIndex(initial.wavBits == 16 ? 1 : 0);
    auto* wavRow = new QHBoxLayout;
    wavRow->addWidget(m_mixWav);
    wavRow->addWidget(m_wavBits);
    wavRow->addStretch();
    form->addRow(wavRow);
    // What is offered is what the export can write (render/exportformats.h).
    for (const render::ExportFormat& f : render::exportFormatsOf(render::ExportFile::EncodedMix)) {
        m_compressedFormat->addItem(f.name, f.suffix);
        m_compressedFormat->setItemData(m_compressedFormat->count() - 1, f.holds, Qt::ToolTipRole);
    }
    const int format = m_compressedFormat->findData(initial.compressedFormat);
    m_compressedFormat->setCurrentIndex(std::max(0, format));
    auto* compressedRow = new QHBoxLayout;
    compressedRow->addWidget(m_compressed);
    compressedRow->addWidget(m_compressedFormat);
    compressedRow->addStretch();
    form->addRow(compressedRow);
    form->addRow(m_stems);
    form->addRow(m_midi);
    form->addRow(m_musicXml);
    for (const render::ExportFormat& f : render::exportFormatsOf(render::ExportFile::MuxedVideo))
        m_videoContainer->addItem(f.name, f.suffix);
    m_videoContainer->setCurrentIndex(
        std::max(0, m_videoContainer->findData(initial.videoContainer)));
    auto* videoRow = new QHBoxLayout;
    videoRow->addWidget(m_video);
    videoRow->addWidget(m_videoContainer);
    videoRow->addStretch();
    form->addRow(videoRow);
    form->addRow(m_keepVideoSound);
    m_duck->setRange(-40, 0);
    m_duck->setSuffix(tr(" dB"));
    m_duck->setDecimals(0);
    m_duck->setSpecialValueText(tr("Off"));
    m_duck->setMaximum(0);
    m_duck->setValue(initial.duckDb);
    m_duck->setToolTip(tr("How far the music goes down while someone speaks in the video"));
    form->addRow(tr("Duck music under speech:"), m_duck);
    for (const render::LoudnessPreset& p : render::loudnessPresets())
        m_preset->addItem(tr("%1 (%2 LUFS, %3 dBTP)")
                              .arg(p.description)
                              .arg(p.targetLufs)
                              .arg(p.truePeakCeilingDbtp),
                          p.name);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(initial.preset)));
    form->addRow(tr("Loudness:"), m_preset);
    m_soundFont->setText(initial.soundFont);
    m_soundFont->setPlaceholderText(tr("The system's General MIDI soundfont"));
    auto* soundFontRow = new QHBoxLayout;
    soundFontRow->addWidget(m_soundFont);
    auto* chooseSoundFont = new QPushButton(tr("Choose..."));
    soundFontRow->addWidget(chooseSoundFont);
    connect(chooseSoundFont, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Soundfont"), m_soundFont->text(), tr("Soundfonts (*.sf2 *.sf3)"));
        if (!file.isEmpty())
            m_soundFont->setText(file);
    });
    form->addRow(tr("Soundfont:"), soundFontRow);

    m_mixWav->setChecked(initial.mixWav);
    m_compressed->setChecked(!initial.compressedFormat.isEmpty());
    m_stems->setChecked(initial.stems);
    m_midi->setChecked(initial.midi);
    m_musicXml->setChecked(initial.musicXml);
    m_video->setChecked(hasVideo && initial.video);
    m_keepVideoSound->setChecked(initial.keepVideoSound);
    if (!hasVideo)
        m_video->setToolTip(tr("The timeline has no video clip to put the music under"));
    for (QCheckBox* box : {m_mixWav, m_compressed, m_video, m_keepVideoSound})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    m_wavBits->setEnabled(m_mixWav->isChecked());
    m_compressedFormat->setEnabled(m_compressed->isChecked());
    m_video->setEnabled(m_hasVideo);
    m_videoContainer->setEnabled(m_hasVideo && m_video->isChecked());
    m_keepVideoSound->setEnabled(m_hasVideo);
    m_duck->setEnabled(m_hasVideo && m_keepVideoSound->isChecked());
}

ExportChoices ExportDialog::choices() const
{
    ExportChoices c;
    c.folder = m_folder->text().trimmed();
    c.baseName = m_baseName->text().trimmed();
    c.mixWav = m_mixWav->isChecked();
    c.wavBits = m_wavBits->currentData().toInt();
    c.compressedFormat =
        m_compressed->isChecked() ? m_compressedFormat->currentData().toString() : QString();
    c.stems = m_stems->isChecked();
    c.midi = m_midi->isChecked();
    c.musicXml = m_musicXml->isChecked();
    c.video = m_video->isChecked();
    c.videoContainer = m_videoContainer->currentData().toString();
    c.keepVideoSound = m_keepVideoSound->isChecked();
    c.duckDb = m_duck->value();
    c.preset = m_preset->currentData().toString();
    c.soundFont = m_soundFont->text().trimmed();
    return c;
}

void ExportDialog::accept()
{
    const ExportChoices c = choices();
    if (c.baseName.isEmpty() || c.baseName.contains(u'/') || c.baseName.contains(u'\\')) {
        QMessageBox::warning(this, windowTitle(), tr("Give the export a name (without slashes)."));
        return;
    }
    if (!QFileInfo(c.folder).isDir()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 is not a folder.").arg(QDir::toNativeSeparators(c.folder)));
        return;
    }
    render::ExportRequest request;
    c.fillRequest(&request, m_hasVideo);
    if (!request.writesSomething()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose at least one thing to export."));
        return;
    }
    QStringList existing;
    for (const QString& path : {request.wavPath, request.audioPath, request.stemsFolder,
                                request.midiPath, request.musicXmlPath, request.muxedVideoPath}) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            existing << QFileInfo(path).fileName();
    }
    if (!existing.isEmpty() &&
        QMessageBox::question(
            this, windowTitle(),
            tr("These already exist and will be replaced:\n%1").arg(existing.join(u'\n')),
            QMessageBox::Ok | QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    QDialog::accept();
}

} // namespace sw::ui
