#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dibao {

class Session;

// A half-typed form (an intake, a visit) kept locally while the user works.
struct Draft {
    QString id;
    QString kind;       // "intake", "visit", ...
    QByteArray payload; // the form's own JSON
    QString userId;
    QString updatedAt;  // UTC ISO-8601
};

// Drafts live in the local drafts table: never audited, never in the change log, never synced (DESIGN.md). They
// are the user's scratch paper, so removing one is a real delete; the saved record is what is audited.
class DraftStore {
public:
    explicit DraftStore(Session &session) : m_session(session) {}

    // Inserts (empty id: a new id is made and returned) or replaces a draft of the signed-in user.
    Result<QString> save(const QString &id, const QString &kind, const QByteArray &payload);
    Result<std::optional<Draft>> load(const QString &id);
    // The signed-in user's drafts of a kind, newest first.
    Result<QList<Draft>> list(const QString &kind);
    Status remove(const QString &id);

private:
    Session &m_session;
};

} // namespace dibao
