#pragma once

#include "common/Result.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace dibao::cli {

// Exit codes: one table for every command (docs/cli.md).
enum ExitCode { Ok = 0, Rejected = 1, Usage = 2, PermissionDenied = 3, Held = 4 };

int exitCodeFor(const Error &error);

// The parsed command line: global options (--db, --user, --json) anywhere, then the command and its arguments.
class Args {
public:
    explicit Args(const QStringList &arguments);

    QString command() const { return m_command; }
    const QStringList &positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString option(const QString &name) const { return m_options.value(name); }
    QStringList options(const QString &name) const { return m_multi.value(name); }
    bool hasOption(const QString &name) const { return m_options.contains(name); }
    // The first problem with the command line ("" if none): unknown options, missing values.
    QString problem() const { return m_problem; }
    // Refuses options this command does not take.
    QString checkAllowed(const QStringList &optionsWithValue, const QStringList &flags) const;

private:
    QString m_command;
    QStringList m_positional;
    QStringList m_flags;
    QHash<QString, QString> m_options;
    QHash<QString, QStringList> m_multi;
    QString m_problem;
};

class Context {
    Q_DECLARE_TR_FUNCTIONS(dibao::cli::Context)

public:
    explicit Context(const Args &args) : m_args(args), m_out(stdout), m_err(stderr) {}

    const Args &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_args.flag(QStringLiteral("json")); }

    // Prints the error (a translated line for people; a JSON object with --json) and returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);

    // Opens --db and signs in as --user (default: the database's first administrator) with DIBAO_PASSWORD or a
    // password typed at the terminal.
    Result<std::unique_ptr<Session>> openSession();
    // The password for a new account or a sign-in: DIBAO_PASSWORD, else prompted on the terminal (no echo).
    Result<QString> password(const QString &prompt, const char *envName = "DIBAO_PASSWORD");

private:
    const Args &m_args;
    QTextStream m_out;
    QTextStream m_err;
};

// One function per command.
int cmdIdCheck(Context &ctx);
int cmdInit(Context &ctx);
int cmdDemo(Context &ctx);
int cmdPolicyExport(Context &ctx);
int cmdPolicyImport(Context &ctx);
int cmdHouseholdImport(Context &ctx);
int cmdCases(Context &ctx);
int cmdDue(Context &ctx);
int cmdEligibility(Context &ctx);
int cmdAuditVerify(Context &ctx);
int cmdTransition(Context &ctx);
int cmdVisitAdd(Context &ctx);
int cmdUserAdd(Context &ctx);
int cmdHelp(Context &ctx);
// Casework (CaseworkCommands.cpp).
int cmdPayroll(Context &ctx);
int cmdBankReturn(Context &ctx);
int cmdAdjustmentAdd(Context &ctx);
int cmdConfirmationQueue(Context &ctx);
int cmdComplaintAdd(Context &ctx);
int cmdNoticePost(Context &ctx);
int cmdStandingList(Context &ctx);
int cmdObjectionAdd(Context &ctx);
int cmdMeetingRecord(Context &ctx);
int cmdReviewsDue(Context &ctx);
int cmdTransfer(Context &ctx);
// Letters, visits, complaints and the near-relative register (PetitionCommands.cpp).
int cmdPetitionAdd(Context &ctx);
int cmdPetitionAck(Context &ctx);
int cmdPetitionHandover(Context &ctx);
int cmdPetitionExtend(Context &ctx);
int cmdPetitionConclude(Context &ctx);
int cmdPetitionForward(Context &ctx);
int cmdPetitionOutcome(Context &ctx);
int cmdPetitionFeedback(Context &ctx);
int cmdPetitionReward(Context &ctx);
int cmdPetitionCheck(Context &ctx);
int cmdPetitionShow(Context &ctx);
int cmdPetitionReporter(Context &ctx);
int cmdPetitions(Context &ctx);
int cmdRelativeAdd(Context &ctx);
int cmdRelatives(Context &ctx);
int cmdRelativesFlagged(Context &ctx);

// Economic verification and the roster (VerificationCommands.cpp).
int cmdVerifyImport(Context &ctx);
int cmdVerifyRun(Context &ctx);
int cmdVerifyResolve(Context &ctx);
int cmdVerifyComplete(Context &ctx);
int cmdRosterImport(Context &ctx);

// Supervision (SupervisionCommands.cpp).
int cmdStats(Context &ctx);
int cmdAuditExport(Context &ctx);
int cmdInspectionReport(Context &ctx);
int cmdFundReport(Context &ctx);
// Sync (SyncCommands.cpp).
int cmdHubCard(Context &ctx);
int cmdJoin(Context &ctx);
int cmdKeyShow(Context &ctx);
int cmdEnroll(Context &ctx);
int cmdDevices(Context &ctx);
int cmdRevoke(Context &ctx);
int cmdUnfreeze(Context &ctx);
int cmdKeyRotate(Context &ctx);
int cmdKeyGrant(Context &ctx);
int cmdBundleExport(Context &ctx);
int cmdBundleImport(Context &ctx);
int cmdBundleInspect(Context &ctx);
int cmdSync(Context &ctx);
int cmdBackup(Context &ctx);
int cmdRestore(Context &ctx);

} // namespace dibao::cli
