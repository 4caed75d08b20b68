#pragma once
// Incremental decoding with a key/value cache: each token fed costs one pass over the new
// token only, attending to the cached keys and values of everything before it. A chunk of known
// tokens (the context of a regeneration) is fed in one batched pass. When the cache is full its
// oldest half is dropped; the attention biases depend only on distances (ALiBi), so nothing
// needs recomputing.

#include <QString>
#include <QVector>

#include <memory>

namespace sw::engine {

/// Anything that predicts the next token from the tokens fed so far: the trained network, or the
/// Markov-chain baseline of the evaluation.
class TokenModel
{
public:
    virtual ~TokenModel() = default;
    virtual void reset() = 0;
    /// Feeds tokens (one or many) and returns the logits of the next token (vocabulary size).
    virtual const QVector<float>& feed(const QVector<int>& tokens) = 0;
    const QVector<float>& feed(int token) { return feed(QVector<int>{token}); }
    virtual const QVector<float>& logits() const = 0;
    /// Tokens fed since reset().
    virtual qint64 tokensFed() const = 0;
    virtual int context() const = 0;
};

class IncrementalDecoder : public TokenModel
{
public:
    ~IncrementalDecoder() override;
    /// Loads weights written by `scorewright-cli train composer`; null and an error otherwise.
    static std::unique_ptr<IncrementalDecoder> load(const QString& path, QString* error);

    using TokenModel::feed;
    /// Forgets everything fed.
    void reset() override;
    const QVector<float>& feed(const QVector<int>& tokens) override;
    const QVector<float>& logits() const override { return m_logits; }
    int context() const override;
    /// Tokens fed since reset(), dropped ones included.
    qint64 tokensFed() const override { return m_fed; }
    /// Parameters of the network (for reports).
    qint64 parameterCount() const;

private:
    IncrementalDecoder();
    struct Impl;
    std::unique_ptr<Impl> d;
    QVector<float> m_logits;
    qint64 m_fed = 0;
};

} // namespace sw::engine
