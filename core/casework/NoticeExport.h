#pragma once

#include "casework/PublicNotice.h"
#include "common/Result.h"
#include "io/TextEncoding.h"

#include <QList>
#include <QString>

namespace dibao {

// The notice list and the standing publication as files (CSV or .xlsx, through core/io), for posting online or
// handing to the village. Only the published columns: village, applicant, household size, amount (and the masked ID
// number when the notice shows it). The printable A4 notice is the client's (ui/); it prints the same lines.
Status writeNoticeCsv(const PublicNotice &notice, const QString &path, TextEncoding encoding = TextEncoding::Utf8);
Status writeNoticeXlsx(const PublicNotice &notice, const QString &path);
Status writeStandingCsv(const QList<StandingEntry> &entries, const QString &path,
                        TextEncoding encoding = TextEncoding::Utf8);
Status writeStandingXlsx(const QList<StandingEntry> &entries, const QString &path);

} // namespace dibao
