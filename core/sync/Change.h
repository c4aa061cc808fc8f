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
    // The canonical JSON text of `fields` when it is known without serializing (the slice of a canonical change
    // line); empty otherwise. Written to change_log.fields as is.
    QByteArray fieldsJson;

    QJsonObject toJson() const;
    // Checks the shape of a line read from a bundle. Token: change_invalid.
    static Result<Change> fromJson(const QJsonObject &json);
    // fromJson, and fieldsJson sliced from `line`, the canonical bytes `json` was parsed from (left empty unless the
    // line is exactly the canonical serialization around it).
    static Result<Change> fromLine(const QJsonObject &json, const QByteArray &line);
    // The canonical text of fields: fieldsJson, or serialized.
    QByteArray canonicalFields() const;
};

} // namespace dibao
