#pragma once

#include "secrets/KeychainBackend.h"

#include <QList>
#include <QPointer>

#include <memory>

namespace vendo::test {

// Records every keychain call and answers only when told to (or at once from a scripted queue), so
// tests can deliver any QKeychain::Error, answer late, or never answer. Like real QtKeychain jobs, the
// calls outlive the store: the store owns a FakeKeychainBackend, the test keeps the shared FakeKeychain.
class FakeKeychain
{
public:
    using Callback = secrets::KeychainBackend::Callback;
    using Outcome = secrets::KeychainBackend::Outcome;

    struct Call
    {
        secrets::SecretOperation operation;
        QString service;
        QString key;
        QString secret;
        QPointer<QObject> context;
        Callback done;
        bool answered = false;
    };

    void start(secrets::SecretOperation operation, const QString &service, const QString &key, const QString &secret,
               QObject *context, Callback done)
    {
        m_calls.append(Call { operation, service, key, secret, QPointer<QObject>(context), std::move(done) });
        if (!m_script.isEmpty())
            answer(int(m_calls.size()) - 1, m_script.takeFirst());
    }

    // Answers call `index` as QtKeychain would; dropped, like a real late job, if its context is gone.
    // Returns whether the answer reached the store.
    bool answer(int index, const Outcome &outcome)
    {
        Call &call = m_calls[index];
        call.answered = true;
        if (!call.context)
            return false;
        call.done(outcome);
        return true;
    }

    // What the lock probe answers (std::nullopt: cannot tell), and how often it was asked.
    void setLocked(std::optional<bool> locked) { m_locked = locked; }
    int lockProbes() const { return m_lockProbes; }
    void probeLocked(QObject *context, secrets::KeychainBackend::LockCallback done)
    {
        ++m_lockProbes;
        if (context)
            done(m_locked);
    }

    // Outcomes to give, in order, to the next calls as soon as they start.
    void script(const Outcome &outcome) { m_script.append(outcome); }

    const QList<Call> &calls() const { return m_calls; }

private:
    QList<Call> m_calls;
    QList<Outcome> m_script;
    std::optional<bool> m_locked;
    int m_lockProbes = 0;
};

class FakeKeychainBackend final : public secrets::KeychainBackend
{
public:
    explicit FakeKeychainBackend(std::shared_ptr<FakeKeychain> keychain)
        : m_keychain(std::move(keychain))
    { }

    void start(secrets::SecretOperation operation, const QString &service, const QString &key, const QString &secret,
               QObject *context, Callback done) override
    {
        m_keychain->start(operation, service, key, secret, context, std::move(done));
    }

    void probeLocked(QObject *context, LockCallback done) override
    {
        m_keychain->probeLocked(context, std::move(done));
    }

private:
    std::shared_ptr<FakeKeychain> m_keychain;
};

} // namespace vendo::test
