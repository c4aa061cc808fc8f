#pragma once

#include "common/Result.h"

#include <QMap>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace dibao {

class Session;

struct DemoOptions {
    int households = 100;
    int months = 24;          // cases are spread over the last `months` months before today (chinaToday())
    quint64 seed = 1;
    // Called about every 1000 households and once at the end; done counts households written so far.
    std::function<void(int done, int total)> progress;
};

struct DemoSummary {
    int households = 0;
    int persons = 0;
    int cases = 0;                  // applications and periodic reviews
    QMap<QString, int> casesByState; // state token -> cases now in that state
};

// Fills the database with realistic demo casework for its townships (a township database: that township; a
// county database: all its townships). Households, members with valid ID numbers, incomes, expenses, assets;
// applications and periodic reviews driven through the real Workflow and CaseStore, so every record is validated
// and audited exactly as a user's would be. Cases reach every state of CaseState::all().
//
// The signed-in user must be allowed GenerateDemo (a township or county administrator). Demo staff are created
// once per database if absent, with the password "dibao-demo": demo.reviewer (county reviewer), demo.verifier
// (verification officer), demo.auditor, and per township demo.<township>.assistant and demo.<township>.cadre
// (demo.<township>.admin too where the policy delegates confirmation to townships). The signed-in user is
// restored afterwards.
//
// Deterministic per seed and day: the same seed, options and chinaToday() give the same names, ID numbers,
// amounts, dates and states (record ids are random UUIDs and differ). Households are written in transactions of
// 500; a failure stops generation and leaves the batches already committed.
Result<DemoSummary> generateDemo(Session &session, const DemoOptions &options);

} // namespace dibao
