#pragma once

#include "common/Result.h"
#include "sync/Hlc.h"

#include <QJsonObject>
#include <QString>

namespace dibao {

// One change line (docs/bundle-format.md §8): what one write did to one record. `origin` + `changeSeq` identify it
// everywhere; `fields` holds the fields written with their values (canonical JSON values: integers, strings, null).
struct Change {
    static inline const QString kUpsert = QStringLiteral("upsert");
    static inline const QString kTombstone = QStringLiteral("tombstone");

    qint64 changeSeq = 0;
    QString entity;
    QString entityId;
    QJsonObject fields;
    Hlc hlc;
    QString op = kUpsert;
    QString origin;
    QString user;

    QJsonObject toJson() const;
    // Checks the shape of a line read from a bundle. Token: change_invalid.
    static Result<Change> fromJson(const QJsonObject &json);
};

} // namespace dibao
