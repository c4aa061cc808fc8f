#include "NoticePage.h"

#include "CaseworkCommon.h"
#include "CaseworkPrint.h"
#include "DisplayText.h"
#include "NoticeCandidateModel.h"
#include "PrintDocuments.h"
#include "TextTableModel.h"
#include "casework/NoticeExport.h"
#include "casework/PublicNoticeStore.h"
#include "common/ChinaDate.h"
#include "store/Session.h"
#include "workflow/Permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dibao {

NoticePage::NoticePage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("noticePage"));
    m_tabs = new QTabWidget(this);

    // Build a notice.
    auto *build = new QWidget(m_tabs);
    m_townshipLabel = new QLabel(build);
    m_township = new QComboBox(build);
    m_township->setObjectName(QStringLiteral("noticeTownship"));
    CaseworkCommon::fillTownships(m_township, session);
    m_townshipLabel->setBuddy(m_township);
    m_villageLabel = new QLabel(build);
    m_village = new QLineEdit(build);
    m_village->setObjectName(QStringLiteral("noticeVillage"));
    m_villageLabel->setBuddy(m_village);
    m_load = new QPushButton(build);
    m_candidates = new NoticeCandidateModel(this);
    m_candidateView = new QTableView(build);
    m_candidateView->setObjectName(QStringLiteral("noticeCandidates"));
    m_candidateView->setModel(m_candidates);
    m_candidateView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    m_candidateView->horizontalHeader()->setStretchLastSection(true);
    m_candidateView->verticalHeader()->hide();
    m_placeLabel = new QLabel(build);
    m_place = new QLineEdit(build);
    m_place->setObjectName(QStringLiteral("noticePlace"));
    m_placeLabel->setBuddy(m_place);
    m_postedOnLabel = new QLabel(build);
    m_postedOn = new QDateEdit(chinaToday(), build);
    m_postedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_postedOn->setCalendarPopup(true);
    m_postedOnLabel->setBuddy(m_postedOn);
    m_post = new QPushButton(build);
    m_post->setObjectName(QStringLiteral("postNotice"));
    m_post->setEnabled(session.require(Action::TownshipReview).ok());
    m_status = new QLabel(build);
    m_status->setWordWrap(true);

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_townshipLabel);
    filter->addWidget(m_township);
    filter->addWidget(m_villageLabel);
    filter->addWidget(m_village, 1);
    filter->addWidget(m_load);
    auto *posting = new QHBoxLayout;
    posting->addWidget(m_placeLabel);
    posting->addWidget(m_place, 2);
    posting->addWidget(m_postedOnLabel);
    posting->addWidget(m_postedOn);
    posting->addWidget(m_post);
    auto *buildLayout = new QVBoxLayout(build);
    buildLayout->addLayout(filter);
    buildLayout->addWidget(m_candidateView, 1);
    buildLayout->addLayout(posting);
    buildLayout->addWidget(m_status);

    // Posted notices.
    auto *posted = new QWidget(m_tabs);
    m_notices = new TextTableModel(this);
    m_noticeView = CaseworkCommon::readOnlyTable(m_notices, posted, QStringLiteral("postedNotices"));
    m_lines = new TextTableModel(this);
    m_lineView = CaseworkCommon::readOnlyTable(m_lines, posted, QStringLiteral("noticeLines"));
    m_preview = new QPushButton(posted);
    m_pdf = new QPushButton(posted);
    m_csv = new QPushButton(posted);
    m_xlsx = new QPushButton(posted);
    m_objection = new QPushButton(posted);
    m_objection->setEnabled(session.require(Action::TownshipReview).ok());
    m_openCase = new QPushButton(posted);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_preview, m_pdf, m_csv, m_xlsx, m_objection, m_openCase})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, posted);
    split->addWidget(m_noticeView);
    split->addWidget(m_lineView);
    auto *postedLayout = new QVBoxLayout(posted);
    postedLayout->addWidget(split, 1);
    postedLayout->addLayout(buttons);

    m_tabs->addTab(build, QString());
    m_tabs->addTab(posted, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_load, &QPushButton::clicked, this, &NoticePage::loadCandidates);
    connect(m_village, &QLineEdit::returnPressed, this, &NoticePage::loadCandidates);
    connect(m_township, &QComboBox::currentIndexChanged, this, &NoticePage::reload);
    connect(m_post, &QPushButton::clicked, this, &NoticePage::postClicked);
    connect(m_noticeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NoticePage::showLines);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        const PublicNotice n = currentNotice();
        if (!n.id.isEmpty())
            PrintDocuments::preview(CaseworkPrint::noticeHtml(n), this);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const PublicNotice n = currentNotice();
        if (!n.id.isEmpty())
            CaseworkCommon::savePdf(this, CaseworkPrint::noticeHtml(n),
                                    QStringLiteral("notice-%1.pdf").arg(isoDate(n.postedOn)));
    });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportList(false); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportList(true); });
    connect(m_objection, &QPushButton::clicked, this, &NoticePage::objectionClicked);
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_lineView->currentIndex();
        if (i.isValid())
            emit openCaseRequested(m_lines->rows().at(i.row()).key);
    });
    connect(m_lineView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        emit openCaseRequested(m_lines->rows().at(i.row()).key);
    });
    retranslate();
    reload();
}

QString NoticePage::townshipCode() const
{
    return m_township->currentData().toString();
}

void NoticePage::reload()
{
    loadCandidates();
    const QString keep = currentNotice().id;
    PublicNoticeStore store(m_session);
    auto list = store.noticesOf(townshipCode(), chinaToday().addMonths(-6));
    m_posted = list ? *list : QList<PublicNotice>();
    if (!list)
        m_status->setText(list.error().message);
    QList<TextTableModel::Row> rows;
    for (const PublicNotice &n : m_posted) {
        const bool running = n.endsOn >= chinaToday();
        rows << TextTableModel::Row{{DisplayText::date(n.postedOn), DisplayText::date(n.endsOn),
                                     n.kind == QLatin1String("county") ? tr("County (approval)") : tr("Township"),
                                     n.villageName, n.place, QString::number(n.lines.size()),
                                     running ? tr("Running") : tr("Ended")},
                                    n.id, QString(), running};
    }
    m_notices->setRows(rows);
    selectNotice(keep.isEmpty() && !m_posted.isEmpty() ? m_posted.first().id : keep);
}

void NoticePage::loadCandidates()
{
    PublicNoticeStore store(m_session);
    auto lines = store.candidates(townshipCode(), m_village->text().trimmed(), m_postedOn->date());
    if (!lines) {
        m_candidates->setCandidates({});
        m_status->setText(lines.error().message);
        return;
    }
    m_candidates->setCandidates(*lines);
    m_candidateView->resizeColumnsToContents();
    m_status->setText(lines->isEmpty() ? tr("No case of this township is ready for a notice.")
                                       : tr("%n case(s) ready for a notice. Uncheck a case to leave it off; edit the "
                                            "proposed amount or tier where the township proposes another.",
                                            nullptr, int(lines->size())));
}

Result<PublicNotice> NoticePage::postNotice()
{
    NoticePosting p;
    p.divisionCode = townshipCode();
    p.villageName = m_village->text().trimmed();
    p.place = m_place->text().trimmed();
    p.postedOn = m_postedOn->date();
    p.cases = m_candidates->proposals();
    PublicNoticeStore store(m_session);
    auto posted = store.post(p);
    if (!posted)
        return posted.error();
    // One signal for the whole notice: the lists reload once, not once per case.
    if (!posted->lines.isEmpty())
        emit caseChanged(posted->lines.first().caseId);
    reload();
    selectNotice(posted->id);
    return posted;
}

void NoticePage::postClicked()
{
    const int n = m_candidates->checkedCount();
    if (QMessageBox::question(this, tr("Post notice"),
                              tr("Post a notice of %n case(s) at \"%1\" from %2? The 7-day notice period starts and "
                                 "the notice cannot be changed afterwards.",
                                 nullptr, n)
                                  .arg(m_place->text().trimmed(), DisplayText::date(m_postedOn->date())))
        != QMessageBox::Yes)
        return;
    auto posted = postNotice();
    if (!posted) {
        QMessageBox::warning(this, tr("Post notice"), posted.error().message);
        return;
    }
    m_status->setText(tr("Notice posted: %n case(s), until %1. Print it or save the PDF for posting.", nullptr,
                         int(posted->lines.size()))
                          .arg(DisplayText::date(posted->endsOn)));
    m_tabs->setCurrentIndex(1);
}

PublicNotice NoticePage::currentNotice() const
{
    const QModelIndex i = m_noticeView ? m_noticeView->currentIndex() : QModelIndex();
    if (!i.isValid() || i.row() >= m_posted.size())
        return {};
    return m_posted.at(i.row());
}

void NoticePage::selectNotice(const QString &noticeId)
{
    for (int r = 0; r < m_posted.size(); ++r)
        if (m_posted.at(r).id == noticeId) {
            m_noticeView->setCurrentIndex(m_notices->index(r, 0));
            showLines();
            return;
        }
    showLines();
}

void NoticePage::showLines()
{
    const PublicNotice n = currentNotice();
    QStringList headers{tr("Village"), tr("Applicant"), tr("Household size"), tr("Proposed amount (yuan/month)")};
    if (n.showsTier())
        headers << tr("Tier");
    if (n.showMaskedId)
        headers << tr("ID number (masked)");
    m_lines->setHeaders(headers);
    QList<TextTableModel::Row> rows;
    for (const NoticeLine &l : n.lines) {
        QStringList cells{l.villageName, l.applicantName, QString::number(l.householdSize),
                          DisplayText::yuan(l.amount)};
        if (n.showsTier())
            cells << l.tier;
        if (n.showMaskedId)
            cells << l.maskedId;
        rows << TextTableModel::Row{cells, l.caseId, QString(), false};
    }
    m_lines->setRows(rows);
    const bool has = !n.id.isEmpty();
    for (QPushButton *b : {m_preview, m_pdf, m_csv, m_xlsx, m_openCase})
        b->setEnabled(has);
    m_objection->setEnabled(has && m_session.require(Action::TownshipReview).ok());
}

bool NoticePage::writePdf(const QString &path, QString *error) const
{
    const PublicNotice n = currentNotice();
    if (n.id.isEmpty()) {
        if (error)
            *error = tr("No notice is selected.");
        return false;
    }
    return PrintDocuments::toPdf(CaseworkPrint::noticeHtml(n), path, error);
}

void NoticePage::exportList(bool xlsx)
{
    const PublicNotice n = currentNotice();
    if (n.id.isEmpty())
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("notice-%1.%2").arg(isoDate(n.postedOn), xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the notice list"), suggested,
                                                      xlsx ? tr("Workbook (*.xlsx)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = xlsx ? writeNoticeXlsx(n, path) : writeNoticeCsv(n, path);
    if (!st.ok())
        QMessageBox::warning(this, tr("Export the notice list"), st.error().message);
}

Result<QString> NoticePage::recordObjection(const ObjectionInput &input)
{
    PublicNoticeStore store(m_session);
    auto id = store.recordObjection(input);
    if (id)
        emit caseChanged(input.caseId);
    return id;
}

void NoticePage::objectionClicked()
{
    const QModelIndex i = m_lineView->currentIndex();
    if (!i.isValid()) {
        QMessageBox::information(this, tr("Record an objection"), tr("Select the case the objection is about."));
        return;
    }
    const TextTableModel::Row row = m_lines->rows().at(i.row());
    ObjectionDialog dialog(row.cells.value(1), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = recordObjection(dialog.input(row.key));
    if (!id) {
        QMessageBox::warning(this, tr("Record an objection"), id.error().message);
        return;
    }
    QMessageBox::information(this, tr("Record an objection"),
                             tr("The objection is recorded and the case awaits the township's choice: "
                                "re-investigation or an appraisal meeting. Open the case to choose."));
}

void NoticePage::retranslate()
{
    m_tabs->setTabText(0, tr("Build a notice"));
    m_tabs->setTabText(1, tr("Posted notices"));
    m_townshipLabel->setText(tr("&Township:"));
    m_villageLabel->setText(tr("&Village:"));
    m_village->setPlaceholderText(tr("all villages"));
    m_load->setText(tr("&Load cases"));
    m_placeLabel->setText(tr("Posted &at:"));
    m_place->setPlaceholderText(tr("e.g. the village's public notice board"));
    m_postedOnLabel->setText(tr("Posted &on:"));
    m_post->setText(tr("&Post notice…"));
    m_preview->setText(tr("Print pre&view…"));
    m_pdf->setText(tr("Save P&DF…"));
    m_csv->setText(tr("Export &CSV…"));
    m_xlsx->setText(tr("Export &workbook…"));
    m_objection->setText(tr("Record an &objection…"));
    m_openCase->setText(tr("Open &case"));
    m_notices->setHeaders({tr("Posted on"), tr("Ends on"), tr("Kind"), tr("Village"), tr("Place"), tr("Cases"),
                           tr("Status")});
    m_candidates->headerDataChanged(Qt::Horizontal, 0, NoticeCandidateModel::ColumnCount - 1);
    showLines();
}

void NoticePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ObjectionDialog::ObjectionDialog(const QString &applicantName, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Objection about %1").arg(applicantName));
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("In person"), QStringLiteral("in_person"));
    m_channel->addItem(tr("Letter"), QStringLiteral("letter"));
    m_channel->addItem(tr("Phone"), QStringLiteral("phone"));
    m_channel->addItem(tr("Online"), QStringLiteral("online"));
    m_channel->addItem(tr("Other"), QStringLiteral("other"));
    m_received = new QDateEdit(chinaToday(), this);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setCalendarPopup(true);
    m_content = new QPlainTextEdit(this);
    m_content->setTabChangesFocus(true);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("empty: anonymous"));
    m_phone = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_note = new QLineEdit(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Received on:"), m_received);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&What is objected:"), m_content);
    form->addRow(new QLabel(tr("The objector (seen by county roles only):"), this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("N&ote:"), m_note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (m_content->toPlainText().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Record what the objection says."));
            m_content->setFocus();
            return;
        }
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
    m_content->setFocus();
}

ObjectionInput ObjectionDialog::input(const QString &caseId) const
{
    ObjectionInput in;
    in.caseId = caseId;
    in.receivedOn = m_received->date();
    in.channel = m_channel->currentData().toString();
    in.content = m_content->toPlainText().trimmed();
    in.objectorName = m_name->text().trimmed();
    in.objectorPhone = m_phone->text().trimmed();
    in.objectorAddress = m_address->text().trimmed();
    in.objectorNote = m_note->text().trimmed();
    return in;
}

} // namespace dibao
