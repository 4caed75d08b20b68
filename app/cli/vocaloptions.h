#pragma once
// --vocal and --voice, shared by the commands that render sound (render, export, score): how a
// vocal track with lyrics is heard.

#include <QList>

class QCommandLineOption;
class QCommandLineParser;
class QString;

namespace sw::render {
struct RenderOptions;
}

namespace sw::cli {

QList<QCommandLineOption> vocalOptions();
/// Reads them into `options`; false with `error` for a value that is neither.
bool vocalFromOptions(const QCommandLineParser& parser, render::RenderOptions* options,
                      QString* error);

} // namespace sw::cli
