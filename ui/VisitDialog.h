#pragma once

#include "domain/Case.h"
#include "domain/Household.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QGridLayout;
class QFormLayout;

namespace dibao {

class AttachmentPanel;
class Session;

// 入户调查: a household visit (or neighbour visit, evidence letter) in the order of the paper record: date and kind,
// at least two named investigators, members seen, 吃穿住用, evidence, findings; a remote visit only under a named,
// declared emergency. The core (CaseStore::addVisit) checks the same rules and its message is shown.
class VisitDialog : public QDialog {
    Q_OBJECT

public:
    VisitDialog(Session &session, const CaseRecord &record, const QList<Member> &members, QWidget *parent = nullptr);

    QLineEdit *investigatorField(int i) const { return m_investigators.value(i); }
    QPlainTextEdit *findingsField() const { return m_findings; }
    QLabel *messageLabel() const { return m_message; }
    AttachmentPanel *attachments() const { return m_attachments; }
    QComboBox *kindField() const { return m_kind; }
    QString recordedId() const { return m_recordedId; }
    HouseholdVisit visit() const;
    void addInvestigatorRow(const QString &name = QString(), const QString &role = QStringLiteral("village_official"),
                            const QString &userId = QString());

    void accept() override;
    // Selects the kind (household, neighbour, evidence_letter): the form shows that paper's fields and words.
    void setKind(const QString &kind);

signals:
    void recorded(const QString &visitId);

private:
    void applyKind();

    Session &m_session;
    QFormLayout *m_form = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QWidget *m_investigatorBox = nullptr;
    CaseRecord m_record;
    QList<Member> m_members;
    QDateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QGridLayout *m_investigatorGrid = nullptr;
    QList<QLineEdit *> m_investigators;
    QList<QComboBox *> m_roles;
    QStringList m_userIds;
    QStringList m_initialNames;
    QListWidget *m_seen = nullptr;
    QLineEdit *m_food = nullptr;
    QLineEdit *m_clothing = nullptr;
    QLineEdit *m_housing = nullptr;
    QLineEdit *m_necessities = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QCheckBox *m_remote = nullptr;
    QLineEdit *m_emergency = nullptr;
    QLabel *m_message = nullptr;
    AttachmentPanel *m_attachments = nullptr;
    QString m_recordedId;
};

} // namespace dibao
