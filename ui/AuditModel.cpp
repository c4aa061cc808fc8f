#include "AuditModel.h"

#include <QFont>

namespace dibao {

namespace {

QString shortJson(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    if (text.size() > 160)
        text = text.left(160) + QStringLiteral("…");
    return text;
}

} // namespace

AuditModel::AuditModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session) {}

bool AuditModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_busy = true;
    m_filter = filter;
    m_entries.clear();
    m_total = 0;
    m_error.clear();
    AuditTrail trail(m_session);
    auto count = trail.count(filter);
    if (count) {
        m_total = *count;
        auto page = trail.page(filter, 0, kPage);
        if (page)
            m_entries = *page;
        else
            m_error = page.error().message;
    } else {
        m_error = count.error().message;
    }
    if (!m_error.isEmpty()) {
        m_entries.clear();
        m_total = 0;
    }
    endResetModel();
    m_busy = false;
    return m_error.isEmpty();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_entries.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (m_busy || !canFetchMore(parent))
        return;
    AuditTrail trail(m_session);
    auto page = trail.page(m_filter, int(m_entries.size()), kPage);
    if (!page) {
        m_error = page.error().message;
        m_total = m_entries.size(); // stop asking
        return;
    }
    if (page->isEmpty()) {
        m_total = m_entries.size(); // the trail changed under us: what we have is all there is
        return;
    }
    m_busy = true;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries += *page;
    endInsertRows();
    m_busy = false;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Seq: return QString::number(e.seq);
        case Time: return e.atChina;
        case User: return e.userName;
        case Device: return e.deviceId;
        case Entity: return e.entity;
        case Record: return e.entityId;
        case Action: return e.action;
        case Before: return shortJson(e.before);
        case After: return shortJson(e.after);
        case Hash: return e.hashMatches ? tr("matches") : tr("altered");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Before)
            return QString::fromUtf8(e.before);
        if (index.column() == After)
            return QString::fromUtf8(e.after);
        if (index.column() == Hash && !e.hashMatches)
            return tr("This entry's content no longer matches its hash: it was changed outside the product.");
        return {};
    case Qt::FontRole:
        if (!e.hashMatches) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SeqRole: return e.seq;
    case AlteredRole: return !e.hashMatches;
    case BeforeRole: return QString::fromUtf8(e.before);
    case AfterRole: return QString::fromUtf8(e.after);
    default: return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return AuditTrail::columnTitles().value(section);
}

} // namespace dibao
