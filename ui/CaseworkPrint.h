#pragma once

#include "casework/AppraisalMeeting.h"
#include "casework/PublicNotice.h"
#include "domain/Case.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dibao {

// The papers of steps 4–8 (docs/casework.md) as HTML for A4, printed with PrintDocuments::toPdf / preview: the
// meeting's agenda, signature sheet and minutes, the public notice for posting (large type), and the confirmation
// and refusal notices. Every page names the township in its header and sets the font family "Noto Sans CJK SC"
// explicitly (Simplified glyphs whatever LANG says).
class CaseworkPrint {
    Q_DECLARE_TR_FUNCTIONS(dibao::CaseworkPrint)

public:
    static QString agendaHtml(const AppraisalAgenda &agenda, const QDate &meetingDate, const QString &place);
    // Blank lines to sign, by category, for the township staff and the participants; the cases on the agenda.
    static QString signatureSheetHtml(const AppraisalAgenda &agenda, const QDate &meetingDate, const QString &place);
    static QString minutesHtml(const AppraisalMeeting &meeting);

    // The notice for posting: A4, large type, only what the notice carries (PublicNotice has no field for IDs,
    // accounts, phones or addresses; the masked ID and the tier only when the county's policy shows them).
    static QString noticeHtml(const PublicNotice &notice);

    static QString confirmationNoticeHtml(const CaseRecord &record);
    // The written reasons and the household's rights to administrative review and litigation.
    static QString refusalNoticeHtml(const CaseRecord &record);
};

} // namespace dibao
