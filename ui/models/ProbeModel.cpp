#include "ui/models/ProbeModel.h"

#include "client/Redaction.h"
#include "jwt/Clock.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/PlainToolTip.h"
#include "ui/widgets/TimeText.h"

#include <QFont>
#include <QFontDatabase>

namespace vendo::ui {

using client::VendoError;

ProbeModel::ProbeModel(const jwt::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    m_ticker.setInterval(std::chrono::seconds(1));
    connect(&m_ticker, &QTimer::timeout, this, &ProbeModel::tick);
    m_ticker.start();
}

void ProbeModel::setSlugs(const QStringList &slugs)
{
    beginResetModel();
    QList<Row> rows;
    for (const QString &slug : slugs) {
        const int existing = rowOf(slug);
        if (existing >= 0) {
            rows << m_rows.at(existing);
        } else {
            Row row;
            row.slug = slug;
            rows << row;
        }
    }
    m_rows = rows;
    endResetModel();
}

int ProbeModel::addSlug(const QString &slug)
{
    const int existing = rowOf(slug);
    if (existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row added;
    added.slug = slug;
    m_rows << added;
    endInsertRows();
    return row;
}

int ProbeModel::rowOf(const QString &slug) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).slug == slug)
            return i;
    }
    return -1;
}

void ProbeModel::markRunning(int row, int attempt)
{
    Row &r = m_rows[row];
    if (r.state != State::Running) {
        r.result.reset();
        hide(row);
    }
    r.state = State::Running;
    r.attempt = attempt;
    emitRowChanged(row);
}

void ProbeModel::setResult(int row, const client::TokenResult &result)
{
    Row &r = m_rows[row];
    r.result = result;
    r.state = result.ok() ? State::Ok : State::Failed;
    r.finishedAtSecs = m_clock.nowSecsSinceEpoch();
    emitRowChanged(row);
}

void ProbeModel::resetRow(int row)
{
    hide(row);
    Row fresh;
    fresh.slug = m_rows.at(row).slug;
    m_rows[row] = fresh;
    emitRowChanged(row);
}

void ProbeModel::reveal(int row)
{
    if (tokenValue(row).isEmpty())
        return;
    m_rows[row].revealed = true;
    const QString slug = m_rows.at(row).slug;
    QTimer *&timer = m_revealTimers[slug];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, slug] {
            if (const int r = rowOf(slug); r >= 0)
                hide(r);
        });
    }
    timer->start(m_revealDuration);
    emitRowChanged(row);
    emit revealChanged(row, true);
}

void ProbeModel::hide(int row)
{
    Row &r = m_rows[row];
    if (QTimer *timer = m_revealTimers.value(r.slug))
        timer->stop();
    if (!r.revealed)
        return;
    r.revealed = false;
    emitRowChanged(row);
    emit revealChanged(row, false);
}

bool ProbeModel::isRevealed(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).revealed;
}

QString ProbeModel::tokenValue(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return r.result && r.result->ok() ? r.result->value->accessToken : QString();
}

std::optional<qint64> ProbeModel::retryAfterRemaining(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.result || r.result->ok() || !r.result->value.error().retryAfter)
        return std::nullopt;
    return qMax<qint64>(0, r.finishedAtSecs + *r.result->value.error().retryAfter - m_clock.nowSecsSinceEpoch());
}

int ProbeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProbeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeModel::display(int rowIndex, int column) const
{
    const Row &r = m_rows.at(rowIndex);
    const client::TokenResult *result = r.result ? &*r.result : nullptr;
    switch (column) {
    case Provider:
        return r.slug;
    case Status:
        switch (r.state) {
        case State::Idle:
            return tr("Not probed");
        case State::Running:
            return r.attempt > 1 ? tr("Attempt %1…").arg(r.attempt) : tr("Fetching…");
        case State::Ok:
            return tr("OK %1").arg(result->meta.httpStatus);
        case State::Failed: {
            const VendoError &error = result->value.error();
            return error.httpStatus > 0 ? QStringLiteral("%1 %2").arg(error.className()).arg(error.httpStatus)
                                        : error.className();
        }
        }
        break;
    case Token:
        if (r.state == State::Ok)
            return r.revealed ? result->value->accessToken : client::Redaction::token(result->value->accessToken);
        break;
    case Type:
        if (r.state == State::Ok)
            return result->value->tokenType;
        break;
    case Expires:
        if (r.state == State::Ok) {
            const auto &expiresAt = result->value->expiresAt;
            if (!expiresAt)
                return tr("never");
            return TimeText::expiry(m_clock.now().secsTo(*expiresAt));
        }
        break;
    case Latency:
        if (result)
            return tr("%1 ms").arg(result->meta.durationMs);
        break;
    case Attempts:
        if (result)
            return result->meta.attempts;
        if (r.state == State::Running)
            return r.attempt;
        break;
    case Error:
        if (r.state == State::Failed) {
            const VendoError &error = result->value.error();
            QString text
                = error.code.isEmpty() ? error.summary() : error.code + QStringLiteral(" — ") + error.summary();
            if (const auto remaining = retryAfterRemaining(rowIndex); remaining)
                text = (*remaining > 0 ? tr("retry in %1").arg(TimeText::duration(*remaining)) : tr("retry now"))
                    + QStringLiteral(" · ") + text;
            return text;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ProbeModel::toolTip(const Row &r, int column) const
{
    if (!r.result)
        return {};
    if (r.state == State::Failed && (column == Error || column == Status)) {
        const VendoError &error = r.result->value.error();
        QStringList lines { tr("Class: %1 (the SDK raises %2)").arg(error.className(), error.sdkClass()),
                            tr("Code: %1").arg(error.code.isEmpty() ? tr("none") : error.code),
                            tr("HTTP status: %1").arg(error.httpStatus), error.summary(),
                            tr("What to do: %1").arg(error.remediation()) };
        return lines.join(QLatin1Char('\n'));
    }
    if (r.state == State::Ok && column == Expires && r.result->value->expiresAt)
        return TimeText::utc(*r.result->value->expiresAt);
    if (r.state == State::Ok && column == Token)
        // Revealed, the whole token (the column is narrow), broken into lines; it goes when the token hides.
        return r.revealed ? tr("Revealed for a few seconds:\n%1").arg(brokenIntoLines(r.result->value->accessToken))
                          : tr("Masked. Reveal or copy it with the buttons above the table.");
    return {};
}

QVariant ProbeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        // A slug, a token type, an access token as a provider sent them.
        const QVariant shown = display(index.row(), index.column());
        return shown.typeId() == QMetaType::QString ? QVariant(shownText(shown.toString())) : shown;
    }
    if (role == Qt::ToolTipRole)
        return plainToolTip(toolTip(r, index.column()).toString());
    if (role == Qt::FontRole && index.column() == Token)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == BadgeDelegate::kToneRole && index.column() == Status) {
        switch (r.state) {
        case State::Idle:
            return int(Tone::Neutral);
        case State::Running:
            return int(Tone::Info);
        case State::Ok:
            return int(Tone::Good);
        case State::Failed:
            return int(r.result->value.error().category() == VendoError::Category::Service ? Tone::Bad : Tone::Warning);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Expires && r.state == State::Ok && r.result->value->expiresAt) {
        const qint64 left = m_clock.now().secsTo(*r.result->value->expiresAt);
        if (left < 300)
            return Palette::strong(left <= 0 ? Tone::Bad : Tone::Warning, QPalette());
    }
    return {};
}

QVariant ProbeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case Status:
        return tr("Status");
    case Token:
        return tr("Token");
    case Type:
        return tr("Type");
    case Expires:
        return tr("Expires");
    case Latency:
        return tr("Latency");
    case Attempts:
        return tr("Attempts");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

void ProbeModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.state == State::Ok || (r.state == State::Failed && retryAfterRemaining(i)))
            emit dataChanged(index(i, Expires), index(i, Error));
    }
}

void ProbeModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace vendo::ui
