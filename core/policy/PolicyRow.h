#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace dibao {

// One dated policy rule (DOMAIN.md "[policy]"): what it sets (kind, key), from when, until when, who issued it under
// which document, and its value. The db layer persists it column-for-column; docs/policy.md gives each kind's schema.
struct PolicyRow {
    QString kind;            // e.g. "standard", "income_excluded", "holiday"
    QString key;             // e.g. "urban", "basic_pension", "2025-10-01"; "default" for single-valued kinds
    QDate effectiveFrom;
    QDate effectiveUntil;    // inclusive last day; null = open-ended
    QString issuer;          // issuing body, e.g. 昭通市民政局
    QString documentNumber;  // e.g. 昭民发〔2020〕12号
    bool example = false;    // shipped as an example: must be confirmed before use
    QJsonValue value;
    QString note;

    friend bool operator==(const PolicyRow &, const PolicyRow &) = default;
};

} // namespace dibao
