#pragma once

#include "casework/PublicNotice.h"

#include <QAbstractTableModel>
#include <QList>

namespace dibao {

// The cases ready for a notice (公示): a check box to put each on the notice, the proposed amount and tier editable
// (the township's proposal), the rest as the notice will show it.
class NoticeCandidateModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PostColumn, VillageColumn, ApplicantColumn, SizeColumn, AmountColumn, TierColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, AmountFenRole };

    explicit NoticeCandidateModel(QObject *parent = nullptr);

    void setCandidates(const QList<NoticeLine> &lines);
    const QList<NoticeLine> &candidates() const { return m_lines; }
    // The checked cases with their (possibly edited) amounts and tiers.
    QList<NoticeProposal> proposals() const;
    void setAllChecked(bool checked);
    int checkedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Parses "1234.5" / "1234.50" yuan into fen; -1 when not a valid non-negative amount.
    static Fen parseYuan(const QString &text);

private:
    QList<NoticeLine> m_lines;
    QList<bool> m_checked;
};

} // namespace dibao
