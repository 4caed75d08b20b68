#include "project/projectmigration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace sw::project {

namespace {

// Renames a field holding seconds to one holding whole microseconds.
bool secondsToMicros(QJsonObject& o, const QString& from, const QString& to, QString* error,
                     const QString& where)
{
    if (!o.contains(from))
        return true;
    const QJsonValue v = o.take(from);
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *error = QStringLiteral("%1.%2: expected a number of seconds").arg(where, from);
        return false;
    }
    o.insert(to, double(std::llround(v.toDouble() * 1e6)));
    return true;
}

bool migrateList(QJsonObject* root, const QString& listName,
                 const QVector<QPair<QString, QString>>& fields, QString* error)
{
    QJsonArray list = root->value(listName).toArray();
    for (int i = 0; i < list.size(); ++i) {
        QJsonObject o = list[i].toObject();
        for (const auto& field : fields) {
            if (!secondsToMicros(o, field.first, field.second, error,
                                 QStringLiteral("%1[%2]").arg(listName).arg(i)))
                return false;
        }
        list[i] = o;
    }
    if (root->contains(listName))
        root->insert(listName, list);
    return true;
}

bool migrateV1ToV2(QJsonObject* root, QString* error)
{
    const QVector<QPair<QString, QString>> spans = {
        {QStringLiteral("start"), QStringLiteral("startUs")},
        {QStringLiteral("duration"), QStringLiteral("durationUs")},
        {QStringLiteral("in"), QStringLiteral("sourceInUs")}};
    return migrateList(root, QStringLiteral("clips"), spans, error) &&
           migrateList(root, QStringLiteral("music"), spans, error) &&
           migrateList(root, QStringLiteral("markers"),
                       {{QStringLiteral("time"), QStringLiteral("timeUs")}}, error);
}

} // namespace

bool migrateProjectJson(QJsonObject* root, int fromVersion, QString* error, QStringList* notes)
{
    for (int version = fromVersion; version < kProjectFormatVersion; ++version) {
        bool ok = false;
        switch (version) {
        case 1:
            ok = migrateV1ToV2(root, error);
            if (ok && notes)
                *notes << QCoreApplication::translate("sw::project",
                                                      "converted times from seconds (format 1) to "
                                                      "microseconds (format 2)");
            break;
        case 2:
            ok = true; // format 3 only adds the plan's pins, which a format 2 file cannot have
            if (notes)
                *notes << QCoreApplication::translate(
                    "sw::project", "format 3 adds the plan's pins; none were set");
            break;
        case 3:
            ok = true; // format 4 only adds tracks' controllers, which format 3 cannot hold
            if (notes)
                *notes << QCoreApplication::translate(
                    "sw::project", "format 4 adds controllers (pan, sends, pedal, bends) to "
                                   "tracks; none were set");
            break;
        case 4:
            ok = true; // format 5 only adds locked notes, which format 4 cannot mark
            if (notes)
                *notes << QCoreApplication::translate(
                    "sw::project", "format 5 adds locked notes; none were locked");
            break;
        default:
            *error =
                QCoreApplication::translate("sw::project", "no migration from project format %1")
                    .arg(version);
            return false;
        }
        if (!ok)
            return false;
        root->insert(QStringLiteral("version"), version + 1);
    }
    return true;
}

} // namespace sw::project
