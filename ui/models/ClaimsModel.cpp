#include "ui/models/ClaimsModel.h"

#include "jwt/Clock.h"
#include "jwt/TerminalSafe.h"
#include "ui/widgets/PlainToolTip.h"

#include <QFontDatabase>

namespace vendo::ui {

ClaimsModel::ClaimsModel(const jwt::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

void ClaimsModel::setClaims(const QList<jwt::Claim> &claims)
{
    beginResetModel();
    m_claims = claims;
    endResetModel();
}

void ClaimsModel::refreshTimes()
{
    if (!m_claims.isEmpty())
        emit dataChanged(index(0, Time), index(rowCount() - 1, Time));
}

QString ClaimsModel::timeText(const jwt::Claim &claim, qint64 now)
{
    if (!claim.date)
        return {};
    const jwt::NumericDate &date = *claim.date;
    if (!date.usable())
        return date.problemText();
    const QString relative = jwt::relativePhrase(claim.name, date.seconds, now);
    // Where local time is UTC, saying it twice only pushes the relative time out of view.
    if (date.local().offsetFromUtc() == 0)
        return tr("%1 · %2").arg(date.utcText(), relative);
    return tr("%1 · local %2 · %3").arg(date.utcText(), date.localText(), relative);
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_claims.size())
        return {};
    const jwt::Claim &claim = m_claims.at(index.row());
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        // What a token says is shown with its bidirectional formatting and control characters escaped
        // (\u202e), the rule of the CLI and the reports: an override in a value would make the text
        // after it read backwards.
        case Name:
            return jwt::terminalSafe(QString::fromUtf8(claim.name));
        case Value: {
            QByteArray value;
            jwt::appendTerminalSafeJson(value, claim.rawValue);
            return QString::fromUtf8(value);
        }
        case Time:
            return timeText(claim, m_clock.nowSecsSinceEpoch());
        case Meaning: {
            const QString description = claim.description();
            return description.isEmpty() ? tr("(not a standard or Vendo claim)") : description;
        }
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && (index.column() == Name || index.column() == Value))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Claim");
    case Value:
        return tr("Value");
    case Time:
        return tr("Time (UTC · local · relative)");
    case Meaning:
        return tr("Meaning");
    default:
        return {};
    }
}

} // namespace vendo::ui
