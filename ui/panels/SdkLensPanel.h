#pragma once

#include "client/VendoClient.h"
#include "sdk/SdkCase.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace vendo::jwt {
class Clock;
}

namespace vendo::ui {

// "What the customer's SDK does" (docs/sdk-differences.md): for the current identity and an operation,
// what the chosen SDK sends (redacted) beside the contract, the differences with their explanation and
// source, its cache, and runs side by side: "Reproduce as <SDK>" (the request as that SDK sends it,
// labelled a reproduction) and "Probe as contract". The requests and their descriptions come from
// core/sdk; this panel lays them out.
class SdkLensPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SdkLensPanel(const jwt::Clock &clock, QWidget *parent = nullptr);

    void setSdk(sdk::Sdk sdk);
    sdk::Sdk currentSdk() const { return m_sdk; }
    void setClient(const std::optional<client::VendoClient> &client);
    void setProviders(const QStringList &slugs);
    // token(slug), connections.list() or who am I.
    void setOperation(sdk::Operation operation, const QString &slug = {});
    sdk::Operation operation() const;
    QString slug() const;

    void reproduce(); // as the chosen SDK
    void probeContract();

    const QList<sdk::Run> &runs() const { return m_runs; }
    // The differences of the operations shown or run: what the report lists.
    QList<sdk::Difference> appliedDifferences() const;

    QTableWidget *runsView() const { return m_runsView; }
    QTableWidget *differencesView() const { return m_differences; }
    QString sendsText() const;
    QString basisText() const;
    QString cacheText() const;
    QPushButton *reproduceButton() const { return m_reproduce; }
    QPushButton *contractButton() const { return m_contract; }

signals:
    void runFinished(const vendo::sdk::Run &run);

private:
    void refresh();
    void run(sdk::Sdk as);
    void addRun(const sdk::Run &run);
    void updateCache(const client::TokenResult &result);

    const jwt::Clock &m_clock;
    sdk::Sdk m_sdk = sdk::Sdk::Contract;
    std::optional<client::VendoClient> m_client;
    QList<sdk::Run> m_runs;
    QList<sdk::Operation> m_operationsRun;
    int m_running = 0;
    QLabel *m_basis;
    QComboBox *m_operation;
    QComboBox *m_slug;
    QPushButton *m_reproduce;
    QPushButton *m_contract;
    QPlainTextEdit *m_sends;
    QTableWidget *m_differences;
    QLabel *m_cache;
    QTableWidget *m_runsView;
};

} // namespace vendo::ui
