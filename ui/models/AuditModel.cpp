#include "ui/models/AuditModel.h"

#include "jwt/NumericDate.h"
#include "ui/widgets/PlainToolTip.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vendo::ui {

namespace {

QString dateText(const std::optional<qint64> &seconds)
{
    return seconds ? jwt::NumericDate { *seconds, jwt::NumericDate::Problem::None }.utcText() : QString();
}

QByteArray csvField(const QString &value)
{
    QByteArray field = value.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QByteArray csvNumber(const std::optional<qint64> &value)
{
    return value ? QByteArray::number(*value) : QByteArray();
}

} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::timeStatusText(jwt::TimeStatus status)
{
    switch (status) {
    case jwt::TimeStatus::Valid:
        return tr("valid");
    case jwt::TimeStatus::Expired:
        return tr("expired");
    case jwt::TimeStatus::NotYetValid:
        return tr("not yet valid");
    case jwt::TimeStatus::NoExp:
        return tr("no expiry");
    case jwt::TimeStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString AuditModel::timeText(const AuditRow &row)
{
    const QString duration = jwt::humanDuration(row.timeDeltaSeconds);
    switch (row.time) {
    case jwt::TimeStatus::Valid:
        return tr("valid, %1 left").arg(duration);
    case jwt::TimeStatus::Expired:
        return tr("expired %1 ago").arg(duration);
    case jwt::TimeStatus::NotYetValid:
        return tr("valid in %1").arg(duration);
    case jwt::TimeStatus::NoExp:
    case jwt::TimeStatus::Unknown:
        break;
    }
    return timeStatusText(row.time);
}

QString AuditModel::signatureText(jwt::SignatureStatus status)
{
    switch (status) {
    case jwt::SignatureStatus::NotChecked:
        return tr("not checked");
    case jwt::SignatureStatus::Valid:
        return tr("valid");
    case jwt::SignatureStatus::Invalid:
        return tr("invalid");
    case jwt::SignatureStatus::KeyNotFound:
        return tr("key not found");
    case jwt::SignatureStatus::UnsupportedAlg:
        return tr("unsupported algorithm");
    case jwt::SignatureStatus::Unsigned:
        return tr("unsigned (alg none)");
    }
    return tr("not checked");
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditRow &r = m_rows.at(size_t(index.row()));
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Line:
            return r.line;
        case User:
            return shownText(r.structureOk ? r.sub : tr("malformed: %1").arg(r.problem));
        case Tenant:
            return shownText(r.tenant);
        case Kid:
            return shownText(r.kid);
        case Issued:
            return dateText(r.issuedAt);
        case Expires:
            return dateText(r.expiresAt);
        case Time:
            return timeText(r);
        case Signature:
            return signatureText(r.signature);
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == User && !r.structureOk)
            return plainToolTip(r.problem);
        if (index.column() == Kid || index.column() == User)
            return plainToolTip(tr("Issuer: %1").arg(r.issuer.isEmpty() ? tr("(none)") : r.issuer));
    } else if (role == Qt::TextAlignmentRole && index.column() == Line) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case User:
        return tr("User (sub)");
    case Tenant:
        return tr("Tenant");
    case Kid:
        return tr("Key id (kid)");
    case Issued:
        return tr("Issued");
    case Expires:
        return tr("Expires");
    case Time:
        return tr("Time");
    case Signature:
        return tr("Signature");
    default:
        break;
    }
    return {};
}

qsizetype AuditModel::append(std::vector<AuditRow> rows)
{
    const qsizetype room = kMaxRows - qsizetype(m_rows.size());
    const qsizetype taken = qMin(room, qsizetype(rows.size()));
    if (taken <= 0)
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(taken) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.begin() + taken));
    endInsertRows();
    return taken;
}

void AuditModel::clear()
{
    beginResetModel();
    AuditRows().swap(m_rows);
    endResetModel();
}

QByteArray AuditModel::toCsv(const AuditRows &rows)
{
    QByteArray out = "line,sub,tenant,iss,kid,iat,exp,time,signature,problem\r\n";
    for (const AuditRow &r : rows) {
        out += QByteArray::number(r.line) + ',' + csvField(r.sub) + ',' + csvField(r.tenant) + ',' + csvField(r.issuer)
            + ',' + csvField(r.kid) + ',' + csvNumber(r.issuedAt) + ',' + csvNumber(r.expiresAt) + ','
            + jwt::timeStatusName(r.time).toUtf8() + ',' + jwt::signatureStatusName(r.signature).toUtf8() + ','
            + csvField(r.problem) + "\r\n";
    }
    return out;
}

QByteArray AuditModel::toNdjson(const AuditRows &rows)
{
    QByteArray out;
    for (const AuditRow &r : rows) {
        QJsonObject object { { QLatin1String("line"), r.line },
                             { QLatin1String("time"), jwt::timeStatusName(r.time) },
                             { QLatin1String("signature"), jwt::signatureStatusName(r.signature) } };
        const auto text = [&](const char *name, const QString &value) {
            if (!value.isEmpty())
                object.insert(QLatin1String(name), value);
        };
        text("sub", r.sub);
        text("tenant", r.tenant);
        text("iss", r.issuer);
        text("kid", r.kid);
        text("problem", r.problem);
        if (r.issuedAt)
            object.insert(QLatin1String("iat"), *r.issuedAt);
        if (r.expiresAt)
            object.insert(QLatin1String("exp"), *r.expiresAt);
        out += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace vendo::ui
