#pragma once

#include "common/Result.h"
#include "sync/BundleSignature.h"
#include "sync/Crypto.h"

#include <QJsonObject>

namespace dibao {

// Signs and checks the hub's ack (docs/bundle-format.md §9): envelope {"ack":…,"key_id":…,"sig":…}, signature over
// "dibao-ack-v1\0" ‖ canonical(ack). The same bytes answer an online PUT and travel in acks.ndjson.enc.
class AckSigner {
public:
    static inline const QByteArray kDomain = QByteArray("dibao-ack-v1\0", 13);

    // Validates the ack's shape first (ack_invalid) so a hub cannot sign something devices will refuse.
    static Result<QJsonObject> sign(const QJsonObject &ack, const SigningKeyPair &hub);
    // Returns the ack. Tokens: ack_invalid, signature_malformed, signature_unknown_key, signature_invalid.
    static Result<QJsonObject> verify(const QJsonObject &envelope, const TrustedKeys &trusted);
    static Status validateAck(const QJsonObject &ack);
};

} // namespace dibao
