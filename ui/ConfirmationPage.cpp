#include "ConfirmationPage.h"

#include "CaseworkCommon.h"
#include "CaseworkPrint.h"
#include "DisplayText.h"
#include "NoticeCandidateModel.h"
#include "PrintDocuments.h"
#include "TextTableModel.h"
#include "common/ChinaDate.h"
#include "policy/WorkingCalendar.h"
#include "store/CaseStore.h"
#include "store/Session.h"
#include "workflow/Workflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dibao {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString monthText(const QDate &month)
{
    return month.isValid() ? QStringLiteral("%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'))
                           : QStringLiteral("—");
}

QString supplementText(const QString &kind)
{
    if (kind == QLatin1String("elderly"))
        return ConfirmationPage::tr("elderly");
    if (kind == QLatin1String("minor"))
        return ConfirmationPage::tr("minor");
    if (kind == QLatin1String("severe_disability"))
        return ConfirmationPage::tr("severe disability");
    if (kind == QLatin1String("serious_illness"))
        return ConfirmationPage::tr("serious illness");
    return kind;
}

QString groundText(const QString &ground)
{
    if (ground == QLatin1String("near_relative"))
        return ConfirmationPage::tr("near relative of staff or a village cadre");
    if (ground == QLatin1String("complaint_during_confirmation"))
        return ConfirmationPage::tr("a complaint received during confirmation");
    if (ground == QLatin1String("red_flags"))
        return ConfirmationPage::tr("red flags (county policy)");
    return ground;
}
} // namespace

ConfirmationPage::ConfirmationPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("confirmationPage"));
    m_title = CaseworkCommon::pageTitle(this);
    m_summary = new QLabel(this);
    m_reload = new QPushButton(this);
    m_queue = new TextTableModel(this);
    m_queueView = CaseworkCommon::readOnlyTable(m_queue, this, QStringLiteral("confirmationQueue"));
    m_file = new QTextBrowser(this);
    m_file->setObjectName(QStringLiteral("confirmationFile"));

    m_confirmBox = new QGroupBox(this);
    m_amountLabel = new QLabel(m_confirmBox);
    m_amount = new QLineEdit(m_confirmBox);
    m_amount->setObjectName(QStringLiteral("confirmAmount"));
    m_amountLabel->setBuddy(m_amount);
    m_tierLabel = new QLabel(m_confirmBox);
    m_tier = new QComboBox(m_confirmBox);
    m_tier->addItem(QStringLiteral("—"), QString());
    for (const char *t : {"A", "B", "C"})
        m_tier->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    m_tierLabel->setBuddy(m_tier);
    m_supplementsLabel = new QLabel(m_confirmBox);
    m_supplements = new QLabel(m_confirmBox);
    m_supplements->setWordWrap(true);
    m_certificateLabel = new QLabel(m_confirmBox);
    m_certificate = new QLineEdit(m_confirmBox);
    m_certificate->setObjectName(QStringLiteral("confirmCertificate"));
    m_certificateLabel->setBuddy(m_certificate);
    m_decisionDateLabel = new QLabel(m_confirmBox);
    m_decisionDate = new QDateEdit(chinaToday(), m_confirmBox);
    m_decisionDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_decisionDate->setCalendarPopup(true);
    m_decisionDate->setMaximumDate(chinaToday()); // never a decision in the future
    m_decisionDateLabel->setBuddy(m_decisionDate);
    m_effectiveLabel = new QLabel(m_confirmBox);
    m_effective = new QLabel(m_confirmBox);
    m_effective->setObjectName(QStringLiteral("effectiveMonth"));
    m_confirm = new QPushButton(m_confirmBox);
    m_confirm->setObjectName(QStringLiteral("confirmCase"));
    auto *confirmForm = new QFormLayout(m_confirmBox);
    confirmForm->addRow(m_decisionDateLabel, m_decisionDate);
    confirmForm->addRow(m_amountLabel, m_amount);
    confirmForm->addRow(m_tierLabel, m_tier);
    confirmForm->addRow(m_supplementsLabel, m_supplements);
    confirmForm->addRow(m_certificateLabel, m_certificate);
    confirmForm->addRow(m_effectiveLabel, m_effective);
    confirmForm->addRow(QString(), m_confirm);

    m_refuseBox = new QGroupBox(this);
    m_reasons = new QPlainTextEdit(m_refuseBox);
    m_reasons->setObjectName(QStringLiteral("refusalReasons"));
    m_reasons->setTabChangesFocus(true);
    m_reasons->setMaximumHeight(90);
    m_rights = new QLabel(m_refuseBox);
    m_rights->setWordWrap(true);
    m_refuse = new QPushButton(m_refuseBox);
    m_refuse->setObjectName(QStringLiteral("refuseCase"));
    auto *refuseLayout = new QVBoxLayout(m_refuseBox);
    refuseLayout->addWidget(m_reasons);
    refuseLayout->addWidget(m_rights);
    refuseLayout->addWidget(m_refuse, 0, Qt::AlignRight);

    m_printNotice = new QPushButton(this);
    m_pdfNotice = new QPushButton(this);
    m_openCase = new QPushButton(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(m_reload);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_file, 1);
    auto *decisions = new QHBoxLayout;
    decisions->addWidget(m_confirmBox, 1);
    decisions->addWidget(m_refuseBox, 1);
    rightLayout->addLayout(decisions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openCase);
    buttons->addStretch(1);
    buttons->addWidget(m_printNotice);
    buttons->addWidget(m_pdfNotice);
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_queueView);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_reload, &QPushButton::clicked, this, &ConfirmationPage::reload);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConfirmationPage::showCurrent);
    connect(m_decisionDate, &QDateEdit::dateChanged, this, &ConfirmationPage::updateEffectiveMonth);
    connect(m_confirm, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_printNotice, &QPushButton::clicked, this, [this] {
        if (!m_decided.id.isEmpty())
            PrintDocuments::preview(decisionNoticeHtml(), this);
    });
    connect(m_pdfNotice, &QPushButton::clicked, this, [this] {
        if (!m_decided.id.isEmpty())
            CaseworkCommon::savePdf(this, decisionNoticeHtml(),
                                    QStringLiteral("decision-%1.pdf").arg(isoDate(m_decided.decidedOn)));
    });
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (!currentCaseId().isEmpty())
            emit openCaseRequested(currentCaseId());
    });
    connect(m_queueView, &QTableView::doubleClicked, this, [this] {
        if (!currentCaseId().isEmpty())
            emit openCaseRequested(currentCaseId());
    });
    retranslate(); // loads the queue
}

void ConfirmationPage::reload()
{
    const QString keep = currentCaseId();
    ConfirmationQueue queue(m_session);
    auto items = queue.list({});
    m_items = items ? *items : QList<ConfirmationQueueItem>();
    const WorkingCalendar calendar(m_session.policy());
    const QDate today = chinaToday();
    QList<TextTableModel::Row> rows;
    int overdue = 0;
    for (const ConfirmationQueueItem &i : m_items) {
        QStringList flags;
        if (i.nearRelative)
            flags << tr("near relative");
        if (i.visitRequired)
            flags << (i.blocked ? tr("own visit required, missing") : tr("own visit recorded"));
        if (i.objections > 0)
            flags << tr("%n objection(s)", nullptr, i.objections);
        if (i.complaints > 0)
            flags << tr("%n complaint(s)", nullptr, i.complaints);
        if (i.delegated)
            flags << tr("delegated");
        if (i.opinionWorkingDaysLeft < 0)
            ++overdue;
        rows << TextTableModel::Row{
            {i.applicantName, i.villageName,
             i.kind == QLatin1String("review") ? tr("Review") : tr("Application"),
             DisplayText::deadline(i.opinionDue, QStringLiteral("confirmation_opinion"), today, calendar),
             i.wholeCaseDue.isValid() ? DisplayText::deadline(i.wholeCaseDue, QStringLiteral("whole_case"), today,
                                                               calendar)
                                      : QStringLiteral("—"),
             DisplayText::yuan(i.proposedAmount),
             tr("%1 / %2").arg(i.householdVisits).arg(i.authorityVisits), QString::number(i.meetings),
             QString::number(i.notices), flags.join(QStringLiteral("; "))},
            i.caseId, QString(), i.blocked || i.opinionWorkingDaysLeft < 0};
    }
    m_queue->setRows(rows);
    m_summary->setText(items ? tr("%n case(s) awaiting the decision · opinion overdue: %1", nullptr,
                                  int(m_items.size()))
                                   .arg(overdue)
                             : items.error().message);
    m_queueView->resizeColumnsToContents();
    selectCase(keep.isEmpty() && !m_items.isEmpty() ? m_items.first().caseId : keep);
}

void ConfirmationPage::selectCase(const QString &caseId)
{
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).caseId == caseId) {
            m_queueView->setCurrentIndex(m_queue->index(r, 0));
            showCurrent();
            return;
        }
    m_queueView->setCurrentIndex(QModelIndex());
    showCurrent();
}

QString ConfirmationPage::currentCaseId() const
{
    const QModelIndex i = m_queueView ? m_queueView->currentIndex() : QModelIndex();
    return i.isValid() && i.row() < m_items.size() ? m_items.at(i.row()).caseId : QString();
}

void ConfirmationPage::showCurrent()
{
    const QString id = currentCaseId();
    m_detail = ConfirmationDetail{};
    const bool has = !id.isEmpty();
    if (has) {
        ConfirmationQueue queue(m_session);
        auto d = queue.detail(id, m_decisionDate->date());
        if (d)
            m_detail = *d;
        else
            m_file->setPlainText(d.error().message);
    }
    const bool application = has && m_detail.record.kind != QLatin1String("review");
    m_confirmBox->setEnabled(application);
    m_refuseBox->setEnabled(application);
    m_openCase->setEnabled(has);
    if (!has) {
        m_file->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("No case is waiting for the decision."))));
        m_amount->clear();
        m_supplements->clear();
        updateEffectiveMonth();
        return;
    }
    if (!m_detail.record.id.isEmpty())
        m_file->setHtml(fileHtml());
    const Fen proposed = m_detail.item.proposedAmount;
    m_amount->setText(proposed < 0 ? QString() : formatYuan(proposed));
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(m_detail.item.proposedTier)));
    QStringList supplements;
    for (const auto &v : m_detail.eligibility.value(QStringLiteral("amount")).toObject().value(
             QStringLiteral("supplements")).toArray())
        supplements << supplementText(v.toObject().value(QStringLiteral("kind")).toString());
    m_supplements->setText(supplements.isEmpty() ? tr("none")
                                                 : tr("%1 (included in the eligibility amount %2 yuan)")
                                                       .arg(supplements.join(QStringLiteral("、")),
                                                            DisplayText::yuan(m_detail.eligibility
                                                                                  .value(QStringLiteral("amount"))
                                                                                  .toObject()
                                                                                  .value(QStringLiteral("amount_fen"))
                                                                                  .toInteger(-1))));
    m_certificate->clear();
    m_reasons->clear();
    if (!application)
        m_file->append(QStringLiteral("<p><i>%1</i></p>")
                           .arg(esc(tr("A periodic review is decided in its case (keep, raise, lower or stop)."))));
    updateEffectiveMonth();
}

void ConfirmationPage::updateEffectiveMonth()
{
    // The month after the decision, never chosen and never backdated (57号 Art 21): shown, not edited.
    const QDate on = m_decisionDate->date();
    const QDate month = QDate(on.year(), on.month(), 1).addMonths(1);
    m_effective->setText(tr("%1 (the month after the decision)").arg(monthText(month)));
    const bool blocked = m_detail.visit.blocks();
    m_confirm->setEnabled(!currentCaseId().isEmpty() && !blocked);
    m_confirm->setToolTip(blocked ? tr("The confirming authority's own home visit must be recorded first.")
                                  : QString());
}

QString ConfirmationPage::fileHtml() const
{
    const ConfirmationDetail &d = m_detail;
    const CaseRecord &c = d.record;
    QString h;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 — %2, household of %n", nullptr, d.item.householdSize)
                                                   .arg(c.applicantName, c.villageName)));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Accepted on %1 · proposed %2 yuan/month · tier %3")
                          .arg(DisplayText::date(c.acceptedOn), DisplayText::yuan(d.item.proposedAmount),
                               d.item.proposedTier.isEmpty() ? QStringLiteral("—") : d.item.proposedTier)));
    if (d.visit.required()) {
        QStringList grounds;
        for (const QString &g : d.visit.grounds)
            grounds << groundText(g);
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(d.visit.visitRecorded
                              ? tr("Own home visit required (%1): recorded.").arg(grounds.join(QStringLiteral("; ")))
                              : tr("Own home visit required (%1): NOT recorded yet — the case cannot be confirmed.")
                                    .arg(grounds.join(QStringLiteral("; ")))));
    }
    h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Visits")));
    for (const HouseholdVisit &v : d.visits) {
        QStringList names;
        for (const Investigator &i : v.investigators)
            names << i.name;
        h += QStringLiteral("<li>%1 · %2 · %3%4</li>")
                 .arg(esc(DisplayText::date(v.visitDate)), esc(DisplayText::visitKind(v.kind)),
                      esc(names.join(QStringLiteral("、"))),
                      v.byAuthority ? esc(tr(" (the confirming authority)")) : QString());
    }
    h += QStringLiteral("</ul><h4>%1</h4><ul>").arg(esc(tr("Appraisal meetings")));
    for (const AppraisalMeeting &m : d.meetings)
        for (const AppraisalAgendaItem &i : m.items)
            if (i.caseId == c.id)
                h += QStringLiteral("<li>%1 · %2 · %3</li>")
                         .arg(esc(DisplayText::date(m.meetingDate)), esc(m.place),
                              esc(i.conclusion == AppraisalView::TrueComplete ? tr("true and complete")
                                                                               : tr("back to investigation")));
    h += QStringLiteral("</ul><h4>%1</h4><ul>").arg(esc(tr("Notices")));
    for (const PublicNotice &n : d.notices)
        h += QStringLiteral("<li>%1 – %2 · %3</li>")
                 .arg(esc(DisplayText::date(n.postedOn)), esc(DisplayText::date(n.endsOn)), esc(n.place));
    h += QStringLiteral("</ul><h4>%1</h4><ul>").arg(esc(tr("Objections")));
    for (const Objection &o : d.objections)
        h += QStringLiteral("<li>%1 · %2</li>").arg(esc(DisplayText::date(o.receivedOn)), esc(o.content));
    h += QStringLiteral("</ul><h4>%1</h4><ul>").arg(esc(tr("Complaints")));
    for (const CaseComplaint &k : d.complaints)
        h += QStringLiteral("<li>%1 · %2%3</li>")
                 .arg(esc(DisplayText::date(k.receivedOn)), esc(k.summary),
                      k.duringConfirmation ? esc(tr(" (during confirmation)")) : QString());
    h += QStringLiteral("</ul><h4>%1</h4>").arg(esc(tr("Red flags")));
    const QJsonArray flags = d.eligibility.value(QStringLiteral("red_flags")).toArray();
    if (flags.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("none")));
    else {
        h += QStringLiteral("<ul>");
        for (const auto &f : flags)
            h += QStringLiteral("<li>%1</li>").arg(esc(f.toObject().value(QStringLiteral("text")).toString()));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Eligibility")));
    for (const auto &line : d.eligibility.value(QStringLiteral("explanation")).toArray())
        h += QStringLiteral("<li>%1</li>").arg(esc(line.toString()));
    h += QStringLiteral("</ul>");
    return h;
}

Status ConfirmationPage::confirmCurrent()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no_case"), tr("No case is selected."));
    TransitionInput in;
    in.onDate = m_decisionDate->date();
    in.amount = NoticeCandidateModel::parseYuan(m_amount->text());
    if (in.amount < 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("amount_required"),
                         tr("Enter the monthly amount in yuan, e.g. 420.00."));
    in.tier = m_tier->currentData().toString();
    in.certificateNumber = m_certificate->text().trimmed();
    Workflow flow(m_session);
    DIBAO_TRY(flow.apply(id, QStringLiteral("confirm"), in));
    CaseStore cases(m_session);
    if (auto c = cases.get(id))
        m_decided = *c;
    emit caseChanged(id);
    reload();
    return {};
}

Status ConfirmationPage::refuseCurrent()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no_case"), tr("No case is selected."));
    TransitionInput in;
    in.onDate = m_decisionDate->date();
    in.reason = m_reasons->toPlainText().trimmed();
    Workflow flow(m_session);
    DIBAO_TRY(flow.apply(id, QStringLiteral("refuse"), in));
    CaseStore cases(m_session);
    if (auto c = cases.get(id))
        m_decided = *c;
    emit caseChanged(id);
    reload();
    return {};
}

QString ConfirmationPage::decisionNoticeHtml() const
{
    if (m_decided.id.isEmpty())
        return {};
    return m_decided.state == QLatin1String("refused") ? CaseworkPrint::refusalNoticeHtml(m_decided)
                                                       : CaseworkPrint::confirmationNoticeHtml(m_decided);
}

void ConfirmationPage::decide(bool confirm)
{
    const QString name = m_detail.record.applicantName;
    const QString question =
        confirm ? tr("Confirm %1's household with %2 yuan a month from %3? The decision cannot be changed here.")
                      .arg(name, m_amount->text().trimmed(), m_effective->text())
                : tr("Refuse %1's application with the reasons given? The township delivers the notice within 3 "
                     "working days.")
                      .arg(name);
    if (QMessageBox::question(this, confirm ? tr("Confirm") : tr("Refuse"), question) != QMessageBox::Yes)
        return;
    const Status st = confirm ? confirmCurrent() : refuseCurrent();
    if (!st.ok()) {
        QMessageBox::warning(this, confirm ? tr("Confirm") : tr("Refuse"), st.error().message);
        return;
    }
    if (QMessageBox::question(this, confirm ? tr("Confirm") : tr("Refuse"),
                              tr("Decided. Print the notice for the household now?"))
        == QMessageBox::Yes)
        PrintDocuments::preview(decisionNoticeHtml(), this);
}

void ConfirmationPage::retranslate()
{
    m_title->setText(tr("Confirmation"));
    m_reload->setText(tr("&Reload"));
    m_queue->setHeaders({tr("Applicant"), tr("Village"), tr("Kind"), tr("Opinion (10 WD)"), tr("Whole case"),
                         tr("Proposed (yuan)"), tr("Visits (all / own)"), tr("Meetings"), tr("Notices"),
                         tr("Flags")});
    m_confirmBox->setTitle(tr("Confirm"));
    m_decisionDateLabel->setText(tr("Decision &date:"));
    m_amountLabel->setText(tr("&Amount (yuan/month):"));
    m_tierLabel->setText(tr("&Tier:"));
    m_supplementsLabel->setText(tr("Supplements:"));
    m_certificateLabel->setText(tr("Certificate &number:"));
    m_effectiveLabel->setText(tr("Payment starts:"));
    m_confirm->setText(tr("&Confirm…"));
    m_refuseBox->setTitle(tr("Refuse"));
    m_reasons->setPlaceholderText(tr("Written reasons for the household (required)"));
    m_rights->setText(tr("The refusal notice tells the household it may apply for administrative review within 60 "
                         "days or bring a lawsuit within 6 months; the township delivers it within 3 working days."));
    m_refuse->setText(tr("Re&fuse…"));
    m_printNotice->setText(tr("&Print notice…"));
    m_pdfNotice->setText(tr("Notice as P&DF…"));
    m_openCase->setText(tr("&Open case"));
    reload();
}

void ConfirmationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
