#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

// What every command file of dibao-cli uses: its translation context, JSON output and the two checks that open a
// command (options allowed, a signed-in session).

namespace dibao::cli {

// The CLI's messages, in the context "dibao::cli" (translations/*.ts).
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dibao::cli", text, disambiguation, n);
}

// --json output: one indented JSON object.
inline void printJson(Context &ctx, const QJsonObject &object)
{
    ctx.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    ctx.out().flush();
}

// The usage error of a command run without --db (a function, so lupdate sees the message; it cannot read macros).
inline QString needsDatabaseMessage()
{
    return QCoreApplication::translate("dibao::cli", "this command needs --db FILE");
}

} // namespace dibao::cli

// Opens the --db database signed in as --user, or returns the command's usage/failure exit code.
#define OPEN_SESSION(var)                                                                                             \
    if (!ctx.args().hasOption(QStringLiteral("db")))                                                                  \
        return ctx.usage(needsDatabaseMessage());                                                                     \
    auto var##Opened_ = ctx.openSession();                                                                            \
    if (!var##Opened_)                                                                                                \
        return ctx.fail(var##Opened_.error());                                                                        \
    Session &var = **var##Opened_

// Refuses options the command does not take (exit 2 with the reason).
#define CHECK_OPTIONS(values, flags)                                                                                  \
    if (const QString problem = ctx.args().checkAllowed(values, flags); !problem.isEmpty())                          \
    return ctx.usage(problem)
