#pragma once

#include "common/Result.h"
#include "sync/Hlc.h"

#include <QJsonObject>
#include <QString>

#include <optional>

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
    // A line read from a bundle: `json` is what CanonicalJson::parse made of `line` (so `line` is canonical). The
    // change is read straight from the line's bytes where its layout is the plain one (every line a device writes);
    // anything else is read as readObject() reads it, which gives the same change or the same refusal.
    static Result<Change> fromLine(const QJsonObject &json, const QByteArray &line);
    // fromJson, and fieldsJson sliced from `line` (left empty unless the line is exactly the canonical serialization
    // around it): the reference fromLine is held to.
    static Result<Change> readObject(const QJsonObject &json, const QByteArray &line);
    // fromLine's first step: the change read from the bytes of a line in the plain layout, else nothing.
    static std::optional<Change> readPlain(const QJsonObject &json, const QByteArray &line);
    // The canonical text of fields: fieldsJson, or serialized.
    QByteArray canonicalFields() const;
};

} // namespace dibao
