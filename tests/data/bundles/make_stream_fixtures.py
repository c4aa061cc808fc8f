#!/usr/bin/python3
"""Writes tests/data/bundles/stream/: a device's stream to its hub, and hostile variants of it, for the importer
(SyncImporter) tests, with stream.json (scenario -> steps -> expected verdicts). A second, independent writer of the
format in Python, like make_fixtures.py, whose zip and crypto helpers it reuses; deterministic.

The test (tests/sync/StreamFixturesTest.cpp) builds the hub these bundles are addressed to: a county database
530602 whose stream id is "hub-530602", its box key from seed 32*0x03 and its signing key from seed 32*0x07, with
devices enrolled from their keys: dev-township-01 (township 530602101, signing seed 32*0x01, box seed 32*0x08) and
dev-township-02 (530602101, signing seed 32*0x02). Unenrolled signer: seed 32*0x09. Rotated key: seed 32*0x06.

Run with Debian's interpreter (python3-nacl): /usr/bin/python3 tests/data/bundles/make_stream_fixtures.py
"""
import hashlib
import json
import os

import nacl.bindings as nb

from make_fixtures import (DOMAIN, Entry, b64, build_zip, canonical, deterministic_seal, encrypt_entry, key_id,
                           ndjson, sign_keys, box_keys)

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stream")
HUB = "hub-530602"
DEV1 = "dev-township-01"
DEV2 = "dev-township-02"
TOWNSHIP = "530602101"
OTHER_TOWNSHIP = "530602102"

DEV1_SIGN = sign_keys(b"\x01" * 32)
DEV2_SIGN = sign_keys(b"\x02" * 32)
UNKNOWN_SIGN = sign_keys(b"\x09" * 32)
ROTATED_SIGN = sign_keys(b"\x06" * 32)
ROTATED_BOX_PK = box_keys(b"\x0a" * 32)[0]
HUB_BOX_PK = box_keys(b"\x03" * 32)[0]
BUNDLE_KEY = bytes(range(32, 64))

H1 = "6a1f3c2e-0000-4000-8000-000000000001"
H2 = "6a1f3c2e-0000-4000-8000-000000000002"
M1 = "6a1f3c2e-0000-4000-8000-000000000011"
M2 = "6a1f3c2e-0000-4000-8000-000000000012"
P1 = "6a1f3c2e-0000-4000-8000-000000000021"
USER = "u-fixture-wang"


def enrolment(hub, device, township):
    return hashlib.sha256(canonical({"device": device, "hub": hub, "township": township,
                                     "type": "dibao-enrolment-v1"})).hexdigest()


def hlc(ms, counter=0):
    return "%013d-%05d" % (ms, counter)


T0 = 1767225600000  # 2026-01-01T00:00:00Z


def change(seq, entity, entity_id, fields, ms, origin=DEV1):
    return {"change_seq": seq, "entity": entity, "entity_id": entity_id, "fields": fields, "hlc": hlc(ms),
            "op": "upsert", "origin": origin, "user": USER}


def household(hid, township, address):
    return {"division_code": township, "village_name": "新村", "area": "rural", "registered_address": address,
            "actual_address": None, "separated_residence": 0, "bank_name": None, "bank_account": None, "phone": None,
            "stable_category": 0, "enrolment": "none", "current_amount": None, "current_tier": None,
            "enrolled_since": None, "next_review_due": None, "migrated": 0, "migrated_reference": None,
            "village_code": None}


def member(mid, hid, name, id_number, sex, birth):
    return {"household_id": hid, "name": name, "name_norm": name, "id_number": id_number, "sex": sex,
            "birth_date": birth, "relation": "self", "health": "healthy", "work_ability": "able",
            "disability_category": None, "disability_grade": 0, "serious_illness": 0, "occupation": None,
            "student_level": "none", "full_time_student": 0, "lives_together": 1, "support_duty": 1,
            "cannot_live_independently": 0, "not_counted": "none", "not_counted_note": None, "work_refusals": 0,
            "left_reason": None}


def bundle(seq, prev, changes, manifest_hlc, first=None, last=None, origin=DEV1, audience=HUB,
           signer=DEV1_SIGN, format_version=1):
    plain = {"changes.ndjson.enc": ndjson(changes)}
    stored = {n: encrypt_entry(n, d, BUNDLE_KEY) for n, d in sorted(plain.items())}
    seqs = [c["change_seq"] for c in changes]
    manifest = {
        "format": "dibao-bundle", "format_version": format_version, "schema_version": 1,
        "stream": {"origin": origin, "audience": audience},
        "bundle_seq": seq, "prev": prev,
        "changes": {"count": len(changes), "first": first if first is not None else (min(seqs) if seqs else 0),
                    "last": last if last is not None else (max(seqs) if seqs else 0)},
        "entries": [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(stored.items())],
        "hlc": manifest_hlc, "ack_down": 0,
        "audit_head": hashlib.sha256(("audit %d" % seq).encode()).hexdigest(),
        "sealed_key": {"recipient_key_id": key_id(HUB_BOX_PK), "sealed": b64(deterministic_seal(BUNDLE_KEY, HUB_BOX_PK))},
        "key_id": key_id(signer[0]),
        "created": "2026-01-01T00:00:00Z",
    }
    manifest_bytes = canonical(manifest)
    sig = nb.crypto_sign(DOMAIN + manifest_bytes, signer[1])[:64]
    sig_bytes = canonical({"alg": "ed25519", "key_id": key_id(signer[0]), "sig": b64(sig)})
    entries = [Entry("manifest.json", manifest_bytes), Entry("bundle.sig", sig_bytes)]
    entries += [Entry(n, d) for n, d in sorted(stored.items())]
    return build_zip(entries), hashlib.sha256(manifest_bytes).hexdigest()


FILES = {}


def put(name, data):
    FILES[name] = data


def main():
    e1 = enrolment(HUB, DEV1, TOWNSHIP)
    c1 = [change(1, "households", H1, household(H1, TOWNSHIP, "昭阳区旧圃镇新村一组 1 号"), T0 + 1000),
          change(2, "members", M1, member(M1, H1, "张三丰", "530602198003150011", "male", "1980-03-15"), T0 + 1001)]
    s1, id1 = bundle(1, e1, c1, hlc(T0 + 1001))
    put("s1.zip", s1)
    c2 = [change(3, "households", H1, {"phone": "13800000001"}, T0 + 2000)]
    s2, id2 = bundle(2, id1, c2, hlc(T0 + 2000))
    put("s2.zip", s2)
    c3 = [change(4, "members", M1, {"occupation": "务农"}, T0 + 3000)]
    s3, id3 = bundle(3, id2, c3, hlc(T0 + 3000))
    put("s3.zip", s3)

    # Integrity: each rejected whole, the database unchanged.
    put("s1-wrong-audience.zip", bundle(1, enrolment("hub-530699", DEV1, TOWNSHIP), c1, hlc(T0 + 1001),
                                        audience="hub-530699")[0])
    put("s1-wrong-prev.zip", bundle(1, hashlib.sha256(b"not the enrolment").hexdigest(), c1, hlc(T0 + 1001))[0])
    put("s1-other-device-key.zip", bundle(1, e1, c1, hlc(T0 + 1001), signer=DEV2_SIGN)[0])
    put("s1-unknown-key.zip", bundle(1, e1, c1, hlc(T0 + 1001), signer=UNKNOWN_SIGN)[0])
    put("s1-newer-format.zip", bundle(1, e1, c1, hlc(T0 + 1001), format_version=2)[0])
    backwards = [change(1, "households", H1, household(H1, TOWNSHIP, "x"), T0 + 1000),
                 change(2, "members", M1, member(M1, H1, "张三丰", "530602198003150011", "male", "1980-03-15"), T0 + 500)]
    put("s1-clock-backwards-lines.zip", bundle(1, e1, backwards, hlc(T0 + 1001))[0])
    put("s1-foreign-origin-line.zip", bundle(1, e1, [dict(c1[0]), dict(c1[1], origin=DEV2)], hlc(T0 + 1001))[0])
    put("s2-clock-backwards.zip", bundle(2, id1, [change(3, "households", H1, {"phone": "1"}, T0 + 1500)],
                                         hlc(T0 + 900))[0])
    put("s2-change-gap.zip", bundle(2, id1, [change(5, "households", H1, {"phone": "1"}, T0 + 2000)],
                                    hlc(T0 + 2000), first=5)[0])
    # The same bundle_seq with other content: a fork.
    fork = [dict(c1[0], fields=household(H1, TOWNSHIP, "另一个地址")), c1[1]]
    put("s1-fork.zip", bundle(1, e1, fork, hlc(T0 + 1001))[0])

    # Content: refused alone, listed in the ack; the rest applies.
    refusals = [
        change(3, "households", H2, household(H2, OTHER_TOWNSHIP, "守望乡某村"), T0 + 2000),   # another township
        change(4, "households", H1, {"current_amount": 50000}, T0 + 2001),                    # the authority's field
        change(5, "policy_rows", P1, {"kind": "standard", "key": "rural", "effective_from": "2026-01-01",
                                      "effective_until": None, "issuer": "乡政府", "document_number": "x",
                                      "example": 0, "value": "1", "note": None}, T0 + 2002),  # county-owned
        change(6, "members", M2, member(M2, H1, "李四", "530602198205200020", "female", "1982-05-20"), T0 + 2003),
    ]
    put("s2-refusals.zip", bundle(2, id1, refusals, hlc(T0 + 2003))[0])
    # Flagged, not refused: a clock far in the future (2100).
    future = 4102444800000
    put("s2-future-clock.zip", bundle(2, id1, [change(3, "households", H1, {"phone": "13800000009"}, future)],
                                      hlc(future))[0])
    # Rotation: s2 announces new keys (signed by the old one); s3 must then be signed by the new key.
    rotate = [change(3, "device_keys", DEV1, {"ed25519": b64(ROTATED_SIGN[0]), "x25519": b64(ROTATED_BOX_PK)},
                     T0 + 2000)]
    s2r, id2r = bundle(2, id1, rotate, hlc(T0 + 2000))
    put("s2-rotate.zip", s2r)
    put("s3-after-rotate-old-key.zip", bundle(3, id2r, [change(4, "members", M1, {"occupation": "x"}, T0 + 3000)],
                                              hlc(T0 + 3000))[0])
    put("s3-after-rotate-new-key.zip", bundle(3, id2r, [change(4, "members", M1, {"occupation": "x"}, T0 + 3000)],
                                              hlc(T0 + 3000), signer=ROTATED_SIGN)[0])

    # A forged ack (signed by a key that is not the hub's) for the device to ignore.
    forged_ack = {"bundle_id": id1, "bundle_seq": 1, "hub_hlc": hlc(T0 + 5000), "reason": "", "refused": [],
                  "stream": {"audience": HUB, "origin": DEV1}, "verdict": "applied"}
    forger = sign_keys(b"\x0b" * 32)
    sig = nb.crypto_sign(b"dibao-ack-v1\x00" + canonical(forged_ack), forger[1])[:64]
    put("forged-ack.json", canonical({"ack": forged_ack, "key_id": key_id(forger[0]), "sig": b64(sig)}) + b"\n")

    os.makedirs(HERE, exist_ok=True)
    for name, data in sorted(FILES.items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    print("%d stream fixtures" % len(FILES))


if __name__ == "__main__":
    main()
