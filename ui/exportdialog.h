#pragma once
// File > Export Soundtrack: what to deliver and where. One folder and one base name give every
// file its place ("Scene 4.wav", "Scene 4.mid", "Scene 4 stems/", "Scene 4 scored.mp4"), as
// editors expect from an export dialog; the choices are remembered between exports.

#include "render/soundtrackexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace sw::ui {

struct ExportChoices
{
    QString folder;
    QString baseName;
    bool mixWav = true;
    int wavBits = 24;
    QString compressedFormat; ///< "flac", "m4a", "mp3", or empty for none
    bool stems = false;
    bool midi = true;
    bool musicXml = false;
    bool video = true; ///< the video with the new soundtrack (when there is a video)
    QString videoContainer = QStringLiteral("mp4");
    bool keepVideoSound = true;
    double duckDb = -12; ///< 0: no ducking
    QString preset = QStringLiteral("web");
    QString soundFont; ///< empty: the system's General MIDI soundfont

    void load();       ///< from the application's settings
    void save() const; ///< into them
    /// The files these choices write; a muxed video only when `hasVideo`.
    void fillRequest(render::ExportRequest* request, bool hasVideo) const;
};

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const ExportChoices& initial, bool hasVideo, QWidget* parent = nullptr);
    ExportChoices choices() const;

    void accept() override;

private:
    void updateEnabled();

    bool m_hasVideo;
    QLineEdit* m_folder;
    QLineEdit* m_baseName;
    QCheckBox* m_mixWav;
    QComboBox* m_wavBits;
    QCheckBox* m_compressed;
    QComboBox* m_compressedFormat;
    QCheckBox* m_stems;
    QCheckBox* m_midi;
    QCheckBox* m_musicXml;
    QCheckBox* m_video;
    QComboBox* m_videoContainer;
    QCheckBox* m_keepVideoSound;
    QDoubleSpinBox* m_duck;
    QComboBox* m_preset;
    QLineEdit* m_soundFont;
};

} // namespace sw::ui
