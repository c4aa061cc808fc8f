#pragma once

#include <QString>
#include <QStringList>

namespace dibao {

// The departments whose data economic verification (核对) queries (DOMAIN.md): the tokens name a batch's source on
// the command line (`verify-import --department`), in stored batches and findings, and in --json output.
namespace Department {
const QStringList &all(); // public_security, human_resources, real_estate, market_regulation, tax, bank, securities,
                          // insurance, housing_fund, civil_affairs
bool isKnown(const QString &token);
QString displayName(const QString &token); // translated; the token itself when unknown
} // namespace Department

} // namespace dibao
