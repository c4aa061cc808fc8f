#include "CliContext.h"

#include "Translations.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace dibao::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dibao-cli"));
    dibao::installTranslations();

    const Args args(QCoreApplication::arguments());
    Context ctx(args);
    if (!args.problem().isEmpty())
        return ctx.usage(args.problem());

    static const std::map<QString, std::function<int(Context &)>> commands{
        {QStringLiteral("id-check"), cmdIdCheck},
        {QStringLiteral("init"), cmdInit},
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("policy-export"), cmdPolicyExport},
        {QStringLiteral("policy-import"), cmdPolicyImport},
        {QStringLiteral("household-import"), cmdHouseholdImport},
        {QStringLiteral("cases"), cmdCases},
        {QStringLiteral("due"), cmdDue},
        {QStringLiteral("eligibility"), cmdEligibility},
        {QStringLiteral("audit-verify"), cmdAuditVerify},
        {QStringLiteral("transition"), cmdTransition},
        {QStringLiteral("visit-add"), cmdVisitAdd},
        {QStringLiteral("user-add"), cmdUserAdd},
        {QStringLiteral("help"), cmdHelp},
        {QStringLiteral("payroll"), cmdPayroll},
        {QStringLiteral("bank-return"), cmdBankReturn},
        {QStringLiteral("adjustment-add"), cmdAdjustmentAdd},
        {QStringLiteral("confirmation-queue"), cmdConfirmationQueue},
        {QStringLiteral("complaint-add"), cmdComplaintAdd},
        {QStringLiteral("notice-post"), cmdNoticePost},
        {QStringLiteral("standing-list"), cmdStandingList},
        {QStringLiteral("objection-add"), cmdObjectionAdd},
        {QStringLiteral("meeting-record"), cmdMeetingRecord},
        {QStringLiteral("reviews-due"), cmdReviewsDue},
        {QStringLiteral("transfer"), cmdTransfer},
        {QStringLiteral("verify-import"), cmdVerifyImport},
        {QStringLiteral("verify-run"), cmdVerifyRun},
        {QStringLiteral("verify-resolve"), cmdVerifyResolve},
        {QStringLiteral("verify-complete"), cmdVerifyComplete},
        {QStringLiteral("roster-import"), cmdRosterImport},
        {QStringLiteral("petition-add"), cmdPetitionAdd},
        {QStringLiteral("petition-ack"), cmdPetitionAck},
        {QStringLiteral("petition-handover"), cmdPetitionHandover},
        {QStringLiteral("petition-extend"), cmdPetitionExtend},
        {QStringLiteral("petition-conclude"), cmdPetitionConclude},
        {QStringLiteral("petition-forward"), cmdPetitionForward},
        {QStringLiteral("petition-outcome"), cmdPetitionOutcome},
        {QStringLiteral("petition-feedback"), cmdPetitionFeedback},
        {QStringLiteral("petition-reward"), cmdPetitionReward},
        {QStringLiteral("petition-check"), cmdPetitionCheck},
        {QStringLiteral("petition-show"), cmdPetitionShow},
        {QStringLiteral("petition-reporter"), cmdPetitionReporter},
        {QStringLiteral("petitions"), cmdPetitions},
        {QStringLiteral("relative-add"), cmdRelativeAdd},
        {QStringLiteral("relatives"), cmdRelatives},
        {QStringLiteral("relatives-flagged"), cmdRelativesFlagged},
        {QStringLiteral("stats"), cmdStats},
        {QStringLiteral("audit-export"), cmdAuditExport},
        {QStringLiteral("inspection-report"), cmdInspectionReport},
        {QStringLiteral("fund-report"), cmdFundReport},
        {QStringLiteral("hub-card"), cmdHubCard},
        {QStringLiteral("join"), cmdJoin},
        {QStringLiteral("key-show"), cmdKeyShow},
        {QStringLiteral("enroll"), cmdEnroll},
        {QStringLiteral("devices"), cmdDevices},
        {QStringLiteral("revoke"), cmdRevoke},
        {QStringLiteral("unfreeze"), cmdUnfreeze},
        {QStringLiteral("key-rotate"), cmdKeyRotate},
        {QStringLiteral("key-grant"), cmdKeyGrant},
        {QStringLiteral("bundle-export"), cmdBundleExport},
        {QStringLiteral("bundle-import"), cmdBundleImport},
        {QStringLiteral("bundle-inspect"), cmdBundleInspect},
        {QStringLiteral("sync"), cmdSync},
        {QStringLiteral("backup"), cmdBackup},
        {QStringLiteral("restore"), cmdRestore},
    };
    if (args.command().isEmpty() || args.flag(QStringLiteral("help")))
        return args.command().isEmpty() && !args.flag(QStringLiteral("help")) ? (cmdHelp(ctx), Usage) : cmdHelp(ctx);
    const auto found = commands.find(args.command());
    if (found == commands.end())
        return ctx.usage(QCoreApplication::translate("dibao::cli", "unknown command \"%1\"").arg(args.command()));
    return found->second(ctx);
}
