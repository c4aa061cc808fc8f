#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dibao {

class AuditModel;
class Session;

// 审计 Audit: who changed or read what and when — for a case (with its household, members and every record naming
// it) or the whole trail, filtered by user, record type, action and dates; the selected entry's before and after;
// the chain check with progress (cancellable); an export an auditor opens in a spreadsheet (.xlsx or .csv).
class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(Session &session, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QLineEdit *caseEdit() const { return m_case; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *entityBox() const { return m_entity; }
    QLabel *chainLabel() const { return m_chain; }
    QPlainTextEdit *detail() const { return m_detail; }

    bool apply();
    // Runs AuditLog::verify; true if the chain and every record are intact. The result shows in chainLabel().
    bool checkChain();
    bool exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetail();
    void exportAsked();

    Session &m_session;
    AuditModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_case = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_action = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_chain = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace dibao
