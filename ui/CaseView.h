#pragma once

#include "WorkTab.h"
#include "domain/Case.h"
#include "domain/Household.h"
#include "rules/Eligibility.h"
#include "store/CaseStore.h"

#include <QHash>
#include <QList>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QTableView;
class QHBoxLayout;
class QPushButton;

namespace dibao {

class AttachmentPanel;
class Session;
class TextTableModel;
class TransitionDialog;
class VisitDialog;

// One case, in the order of the procedure: household, members, income, assets, documents, eligibility, visits,
// history; above them the actions the core allows this user now, each asking for what it needs.
class CaseView : public WorkTab {
    Q_OBJECT

public:
    enum Section { HouseholdSection, MembersSection, IncomeSection, AssetsSection, DocumentsSection,
                   EligibilitySection, VisitsSection, HistorySection };

    CaseView(Session &session, const QString &caseId, QWidget *parent = nullptr);

    QString tabKey() const override { return m_caseId; }
    QString tabTitle() const override;
    bool canPrint() const override { return m_loaded; }
    void print() override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    const CaseRecord &record() const { return m_record; }
    const HouseholdFile &household() const { return m_file; }
    const EligibilityResult &eligibility() const { return m_eligibility; }
    QStringList availableTransitions() const { return m_available; }

    // Opens the dialog for one action (non-blocking; the dialog deletes itself when closed).
    TransitionDialog *startTransition(const QString &transition);
    VisitDialog *startVisit();
    QPushButton *transitionButton(const QString &transition) const;
    QTabWidget *sections() const { return m_sections; }
    QTextBrowser *eligibilityBrowser() const { return m_eligibilityBrowser; }
    // The attachments of the visit selected in the 入户调查 section.
    AttachmentPanel *visitAttachments() const { return m_visitAttachments; }
    QTableView *visitsTable() const { return m_visitsTable; }
    QList<TextTableModel *> tableModels() const;

    // The visit selected in the 入户调查 section (the latest when none is).
    HouseholdVisit selectedVisit() const;
    // PDF of the application form / the selected visit's record — household visit, neighbour visit or evidence
    // letter, each its own paper (A4); returns false with the reason in *error.
    bool printApplicationFormToPdf(const QString &path, QString *error = nullptr);
    bool printVisitRecordToPdf(const QString &path, QString *error = nullptr);

signals:
    // The user asked to edit the household of this case (the main window opens the form in edit mode).
    void editHouseholdRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void fill();
    void fillHeader();
    void fillActions();
    void fillTables();
    QTableView *addTable(TextTableModel *model, const QString &objectName);
    QString memberName(const QString &memberId) const;

    Session &m_session;
    QString m_caseId;
    bool m_loaded = false;
    QString m_loadError;
    CaseRecord m_record;
    HouseholdFile m_file;
    QList<CaseDocument> m_documents;
    QList<HouseholdVisit> m_visits;
    QList<CaseEvent> m_history;
    QList<ClockRecord> m_clocks;
    EligibilityResult m_eligibility;
    QStringList m_available;

    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_message = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QList<QPushButton *> m_actionButtons;
    QTabWidget *m_sections = nullptr;
    QLabel *m_householdFacts = nullptr;
    TextTableModel *m_members = nullptr;
    TextTableModel *m_incomes = nullptr;
    TextTableModel *m_assets = nullptr;
    TextTableModel *m_documentsModel = nullptr;
    TextTableModel *m_visitsModel = nullptr;
    TextTableModel *m_historyModel = nullptr;
    QTextBrowser *m_eligibilityBrowser = nullptr;
    QTableView *m_visitsTable = nullptr;
    AttachmentPanel *m_visitAttachments = nullptr;
};

} // namespace dibao
