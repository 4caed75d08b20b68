#include "ui/clipclipboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace sw::ui {

namespace {

// A pasted clip is bounded like one in a project file: no clip longer than a day.
constexpr qint64 kLongestClipUs = 24LL * 3600 * 1000000;

} // namespace

QMimeData* clipsToMimeData(const QVector<project::Clip>& clips)
{
    auto* data = new QMimeData;
    if (clips.isEmpty())
        return data;
    qint64 first = clips.first().startUs;
    for (const project::Clip& c : clips)
        first = std::min(first, c.startUs);
    QJsonArray array;
    QStringList text;
    for (const project::Clip& c : clips) {
        array.append(QJsonObject{{QStringLiteral("kind"), project::clipKindName(c.kind)},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("offsetUs"), double(c.startUs - first)},
                                 {QStringLiteral("durationUs"), double(c.durationUs)},
                                 {QStringLiteral("sourceInUs"), double(c.sourceInUs)},
                                 {QStringLiteral("mediaPath"), c.mediaPath},
                                 {QStringLiteral("text"), c.text}});
        if (!c.text.isEmpty())
            text << c.text;
    }
    data->setData(QString::fromLatin1(kClipsMimeType),
                  QJsonDocument(QJsonObject{{QStringLiteral("clips"), array}}).toJson());
    if (!text.isEmpty())
        data->setText(text.join(u'\n'));
    return data;
}

QVector<project::Clip> clipsFromMimeData(const QMimeData* data, qint64 atUs)
{
    if (!data || !data->hasFormat(QString::fromLatin1(kClipsMimeType)))
        return {};
    const QJsonArray array =
        QJsonDocument::fromJson(data->data(QString::fromLatin1(kClipsMimeType)))
            .object()
            .value(QStringLiteral("clips"))
            .toArray();
    QVector<project::Clip> clips;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        project::Clip c;
        const double offset = o.value(QStringLiteral("offsetUs")).toDouble(-1);
        const double duration = o.value(QStringLiteral("durationUs")).toDouble(-1);
        const double sourceIn = o.value(QStringLiteral("sourceInUs")).toDouble(0);
        // Another program's clipboard is input like any file: bounded and checked.
        if (!project::parseClipKind(o.value(QStringLiteral("kind")).toString(), &c.kind) ||
            !std::isfinite(offset) || !std::isfinite(duration) || !std::isfinite(sourceIn) ||
            offset < 0 || offset > kLongestClipUs || duration <= 0 || duration > kLongestClipUs ||
            sourceIn < 0 || sourceIn > kLongestClipUs)
            return {};
        c.name = o.value(QStringLiteral("name")).toString();
        c.startUs = std::max<qint64>(0, atUs) + qint64(offset);
        c.durationUs = qint64(duration);
        c.sourceInUs = qint64(sourceIn);
        c.mediaPath = o.value(QStringLiteral("mediaPath")).toString();
        c.text = o.value(QStringLiteral("text")).toString();
        if (project::clipKindUsesMedia(c.kind) == c.mediaPath.isEmpty())
            return {}; // media without a file, or text with one
        clips.append(c);
    }
    return clips;
}

} // namespace sw::ui
