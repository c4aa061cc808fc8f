#include "NoticeCandidateModel.h"

#include "DisplayText.h"
#include "io/TabularValues.h"

namespace dibao {

NoticeCandidateModel::NoticeCandidateModel(QObject *parent) : QAbstractTableModel(parent) {}

void NoticeCandidateModel::setCandidates(const QList<NoticeLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    // Every case with an amount starts checked; a case without one needs the township's proposal first.
    m_checked.clear();
    for (const NoticeLine &l : m_lines)
        m_checked << (l.amount >= 0);
    endResetModel();
}

QList<NoticeProposal> NoticeCandidateModel::proposals() const
{
    QList<NoticeProposal> out;
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_checked.at(i))
            out << NoticeProposal{m_lines.at(i).caseId, m_lines.at(i).amount, m_lines.at(i).tier};
    return out;
}

void NoticeCandidateModel::setAllChecked(bool checked)
{
    if (m_lines.isEmpty())
        return;
    for (bool &c : m_checked)
        c = checked;
    emit dataChanged(index(0, PostColumn), index(int(m_lines.size()) - 1, PostColumn), {Qt::CheckStateRole});
}

int NoticeCandidateModel::checkedCount() const
{
    return int(m_checked.count(true));
}

int NoticeCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int NoticeCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoticeCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const NoticeLine &l = m_lines.at(index.row());
    if (role == CaseIdRole)
        return l.caseId;
    if (role == AmountFenRole)
        return l.amount;
    if (role == Qt::CheckStateRole && index.column() == PostColumn)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == SizeColumn || index.column() == AmountColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        if (index.column() == AmountColumn)
            return l.amount < 0 ? QString() : formatYuan(l.amount);
        if (index.column() == TierColumn)
            return l.tier;
    }
    if (role == Qt::ToolTipRole && index.column() == AmountColumn && l.amount < 0)
        return tr("No proposal yet and the household is not found eligible: enter the proposed amount.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PostColumn: return QString();
    case VillageColumn: return l.villageName;
    case ApplicantColumn: return l.applicantName;
    case SizeColumn: return l.householdSize;
    case AmountColumn: return DisplayText::yuan(l.amount);
    case TierColumn: return l.tier.isEmpty() ? QStringLiteral("—") : l.tier;
    default: return {};
    }
}

bool NoticeCandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return false;
    NoticeLine &l = m_lines[index.row()];
    if (role == Qt::CheckStateRole && index.column() == PostColumn) {
        m_checked[index.row()] = Qt::CheckState(value.toInt()) == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    if (index.column() == AmountColumn) {
        const Fen fen = parseYuan(value.toString());
        if (fen < 0)
            return false;
        l.amount = fen;
        emit dataChanged(index, index);
        return true;
    }
    if (index.column() == TierColumn) {
        const QString tier = value.toString().trimmed().toUpper();
        if (!tier.isEmpty() && tier != QLatin1String("A") && tier != QLatin1String("B") && tier != QLatin1String("C"))
            return false;
        l.tier = tier;
        emit dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags NoticeCandidateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PostColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == AmountColumn || index.column() == TierColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant NoticeCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PostColumn: return tr("Post");
    case VillageColumn: return tr("Village");
    case ApplicantColumn: return tr("Applicant");
    case SizeColumn: return tr("Household size");
    case AmountColumn: return tr("Proposed amount (yuan/month)");
    case TierColumn: return tr("Tier");
    default: return {};
    }
}

Fen NoticeCandidateModel::parseYuan(const QString &text)
{
    const auto fen = parseYuanToFen(text.trimmed());
    return fen && *fen >= 0 ? *fen : Fen(-1);
}

} // namespace dibao
