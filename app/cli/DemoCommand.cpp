#include "CliContext.h"

#include "demo/DemoGenerator.h"
#include "domain/Division.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dibao::cli {

int cmdDemo(Context &ctx)
{
    if (const QString problem = ctx.args().checkAllowed(
            {QStringLiteral("households"), QStringLiteral("months"), QStringLiteral("seed")}, {});
        !problem.isEmpty())
        return ctx.usage(problem);
    if (!ctx.args().hasOption(QStringLiteral("db")) || !ctx.args().hasOption(QStringLiteral("households")))
        return ctx.usage(QCoreApplication::translate("dibao::cli", "demo needs --db FILE --households N"));
    DemoOptions options;
    bool ok = false;
    options.households = ctx.args().option(QStringLiteral("households")).toInt(&ok);
    if (!ok || options.households < 1 || options.households > 1000000)
        return ctx.usage(QCoreApplication::translate("dibao::cli", "--households takes a number from 1 to 1000000"));
    if (ctx.args().hasOption(QStringLiteral("months"))) {
        options.months = ctx.args().option(QStringLiteral("months")).toInt(&ok);
        if (!ok || options.months < 1 || options.months > 240)
            return ctx.usage(QCoreApplication::translate("dibao::cli", "--months takes a number from 1 to 240"));
    }
    if (ctx.args().hasOption(QStringLiteral("seed"))) {
        options.seed = ctx.args().option(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.usage(QCoreApplication::translate("dibao::cli", "--seed takes a whole number"));
    }
    auto opened = ctx.openSession();
    if (!opened)
        return ctx.fail(opened.error());
    Session &session = **opened;
    if (Status st = session.require(Action::GenerateDemo); !st)
        return ctx.fail(st.error());
    int lastPercent = -1;
    options.progress = [&ctx, &lastPercent](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            ctx.err() << QCoreApplication::translate("dibao::cli", "demo: %1 of %2 households").arg(done).arg(total)
                      << Qt::endl;
        }
    };
    auto summary = generateDemo(session, options);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json()) {
        QJsonObject states;
        for (auto it = summary->casesByState.constBegin(); it != summary->casesByState.constEnd(); ++it)
            states.insert(it.key(), it.value());
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("households"), summary->households},
                                               {QStringLiteral("persons"), summary->persons},
                                               {QStringLiteral("cases"), summary->cases},
                                               {QStringLiteral("cases_by_state"), states}})
                         .toJson(QJsonDocument::Indented);
    } else {
        ctx.out() << QCoreApplication::translate("dibao::cli", "Demo data: %1 households, %2 persons, %3 cases.")
                         .arg(summary->households)
                         .arg(summary->persons)
                         .arg(summary->cases)
                  << Qt::endl;
    }
    return Ok;
}

} // namespace dibao::cli
