#include "engine/modelfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sw::engine {

QString modelsDirectory()
{
    const QString env = qEnvironmentVariable("SW_MODELS_DIR");
    if (!env.isEmpty())
        return env;
    if (QCoreApplication::instance()) {
        const QString installed =
            QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../share/scorewright/models"));
        if (QFile::exists(installed + QStringLiteral("/composer.md")))
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(SW_SOURCE_MODELS_DIR);
}

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

enum class CardDigest
{
    Found,
    NoCard,
    NoDigest
};

// The weights' SHA-256 as the card `card` writes it ("sha256: `...`").
CardDigest readCardSha256(const QString& card, QString* sha256)
{
    QFile cardFile(card);
    if (!cardFile.open(QIODevice::ReadOnly))
        return CardDigest::NoCard;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("sha256:\\s*`?([0-9a-fA-F]{64})"))
            .match(QString::fromUtf8(cardFile.readAll()));
    if (!m.hasMatch())
        return CardDigest::NoDigest;
    *sha256 = m.captured(1).toLower();
    return CardDigest::Found;
}

} // namespace

QString modelCardSha256(const QString& modelsDir, const QString& name)
{
    QString sha256;
    readCardSha256(QDir(modelsDir).filePath(name + QStringLiteral(".md")), &sha256);
    return sha256;
}

QString verifiedWeightsPath(const QString& modelsDir, const QString& name, QString* error)
{
    const QDir dir(modelsDir);
    const QString weights = dir.filePath(name + QStringLiteral(".pt"));
    const QString card = dir.filePath(name + QStringLiteral(".md"));
    QString expected;
    switch (readCardSha256(card, &expected)) {
    case CardDigest::NoCard:
        *error = QCoreApplication::translate(
                     "sw::engine", "%1: the %2's model card is missing; the weights cannot be "
                                   "checked")
                     .arg(card, name);
        return QString();
    case CardDigest::NoDigest:
        *error = QCoreApplication::translate("sw::engine",
                                             "%1: the model card gives no sha256 for the weights")
                     .arg(card);
        return QString();
    case CardDigest::Found:
        break;
    }
    QFile file(weights);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(
                     "sw::engine", "%1: the %2's weights file is missing (%3); restore models/ "
                                   "from the repository or run `scorewright-cli train %2`")
                     .arg(weights, name, file.errorString());
        return QString();
    }
    file.close();
    if (fileSha256(weights) != expected) {
        *error = QCoreApplication::translate(
                     "sw::engine", "%1: the weights do not match the SHA-256 of the model card %2 "
                                   "(damaged, or from another model version)")
                     .arg(weights, card);
        return QString();
    }
    return weights;
}

} // namespace sw::engine
