#pragma once

#include "jwt/SignatureCheck.h"
#include "jwt/Verdict.h"

#include <QAbstractTableModel>

#include <deque>
#include <optional>
#include <vector>

namespace vendo::ui {

// One token of a bulk audit as the audit view lists it: claims and verdicts only. Neither the token
// nor its signature is kept; the view reads the token again from its source when a row is chosen
// (AuditJob::tokenAt), by line, position on the line and fingerprint.
struct AuditRow
{
    qint64 line = 0; // 1-based
    int ordinal = 0; // which token on that line (0: the first)
    size_t fingerprint = 0; // qHash of the token: the one read again must be this one
    QString sub;
    QString tenant; // app_metadata.tenant_id
    QString issuer;
    QString kid;
    std::optional<qint64> issuedAt; // iat, seconds since the epoch
    std::optional<qint64> expiresAt; // exp
    bool structureOk = false;
    QString problem; // the first structural problem, translated
    jwt::TimeStatus time = jwt::TimeStatus::Unknown;
    qint64 timeDeltaSeconds = 0; // jwt::Verdict::timeDeltaSeconds
    jwt::SignatureStatus signature = jwt::SignatureStatus::NotChecked;
};

// A deque: appending never moves the rows already listed (a vector's reallocation moved 50,000 of them
// on the GUI thread).
using AuditRows = std::deque<AuditRow>;

// The tokens of an audit, in input order, up to kMaxRows (the summary counts all of them).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, User, Tenant, Kid, Issued, Expires, Time, Signature, ColumnCount };
    static constexpr qsizetype kMaxRows = 100'000;

    explicit AuditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends up to the cap; returns how many were taken.
    qsizetype append(std::vector<AuditRow> rows);
    void clear();
    const AuditRow &row(int index) const { return m_rows.at(size_t(index)); }
    const AuditRows &rows() const { return m_rows; }

    // Words for the verdict columns (translated).
    static QString timeText(const AuditRow &row);
    static QString signatureText(jwt::SignatureStatus status);
    static QString timeStatusText(jwt::TimeStatus status);

    // The rows as CSV (RFC 4180, a header line) or NDJSON (one object a line): line, sub, tenant, iss,
    // kid, iat, exp, the time and signature verdicts (stable names) and the structural problem.
    // Claims only: never a token or a signature.
    static QByteArray toCsv(const AuditRows &rows);
    static QByteArray toNdjson(const AuditRows &rows);

private:
    AuditRows m_rows;
};

} // namespace vendo::ui
