#!/usr/bin/python3
"""Writes the bundle fixtures of tests/data/bundles/ and expected.json (fixture -> verdict token).

An independent implementation of docs/bundle-format.md in Python (PyNaCl, zlib, hashlib): every valid fixture proves
the C++ reader accepts what a second writer produces, every hostile one that it refuses it with the documented token.
Deterministic: fixed key seeds, a fixed bundle key, nonces derived from entry names (nonce reuse across fixtures
under one key: acceptable for test data only, never in a writer) and a sealed box built by hand
from a seeded ephemeral key (crypto_box_seal is the same construction with a random one), so re-running gives
identical bytes.

Run with Debian's interpreter (python3-nacl): /usr/bin/python3 tests/data/bundles/make_fixtures.py
Keys (also in keys.json): sender Ed25519 seed 32*0x01, other signer 32*0x02, recipient X25519 seed 32*0x03,
other recipient 32*0x04.
"""
import base64
import hashlib
import json
import os
import struct
import zlib

import nacl.bindings as nb

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = b"dibao-bundle-v1\x00"

SENDER_SEED = b"\x01" * 32
OTHER_SEED = b"\x02" * 32
RECIPIENT_SEED = b"\x03" * 32
OTHER_RECIPIENT_SEED = b"\x04" * 32
BUNDLE_KEY = bytes(range(32))


def sign_keys(seed):
    pk, sk = nb.crypto_sign_seed_keypair(seed)
    return pk, sk


def box_keys(seed):
    return nb.crypto_box_seed_keypair(seed)


def key_id(pk):
    return hashlib.sha256(pk).hexdigest()[:16]


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def b64(data):
    return base64.b64encode(data).decode("ascii")


def deterministic_seal(message, recipient_pk, seed=b"\x05" * 32):
    # crypto_box_seal: ephemeral keypair, nonce = BLAKE2b-192(epk || pk), epk || crypto_box(m).
    epk, esk = nb.crypto_box_seed_keypair(seed)
    nonce = hashlib.blake2b(epk + recipient_pk, digest_size=24).digest()
    return epk + nb.crypto_box(message, nonce, recipient_pk, esk)


def encrypt_entry(name, plaintext, key=BUNDLE_KEY):
    nonce = hashlib.sha256(b"nonce:" + name.encode()).digest()[:24]
    return nonce + nb.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, name.encode(), nonce, key)


# ---------------------------------------------------------------------------------------------------------- zip
class Entry:
    def __init__(self, name, data, method=0, flags=0, external=0o100644 << 16, made_by=(3 << 8) | 20):
        self.name = name if isinstance(name, bytes) else name.encode("utf-8")
        self.data = data          # uncompressed content
        self.method = method
        self.flags = flags
        self.external = external
        self.made_by = made_by
        self.payload = None       # bytes stored in the archive (compressed); None = derive from data and method
        self.declared_size = None  # uncompressed size written in the headers; None = len(data)
        self.crc = None
        self.local_overrides = {}  # field -> value, only in the local header
        self.offset_override = None


def deflate(data, level=9):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def build_zip(entries, prefix=b"", suffix=b"", gap_after=None, eocd_patch=None):
    out = bytearray()
    central = bytearray()
    offsets = []
    for e in entries:
        payload = e.payload if e.payload is not None else (deflate(e.data) if e.method == 8 else e.data)
        size = e.declared_size if e.declared_size is not None else len(e.data)
        crc = e.crc if e.crc is not None else zlib.crc32(e.data) & 0xFFFFFFFF
        offset = len(out) if e.offset_override is None else offsets[e.offset_override]
        offsets.append(offset)
        if e.offset_override is None:
            lo = dict(name=e.name, flags=e.flags, method=e.method, crc=crc, csize=len(payload), usize=size)
            lo.update(e.local_overrides)
            out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, lo["flags"], lo["method"], 0, 0x21, lo["crc"],
                               lo["csize"], lo["usize"], len(lo["name"]), 0)
            out += lo["name"] + payload
            if gap_after is not None and gap_after == e.name:
                out += b"HIDDEN-DATA"
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, e.made_by, 20, e.flags, e.method, 0, 0x21, crc,
                               len(payload), size, len(e.name), 0, 0, 0, 0, e.external, offset)
        central += e.name
    cd_offset = len(out)
    out += central
    eocd = dict(disk=0, cd_disk=0, on_disk=len(entries), total=len(entries), cd_size=len(central),
                cd_offset=cd_offset, comment=0)
    if eocd_patch:
        eocd.update(eocd_patch)
    out += struct.pack("<IHHHHIIH", 0x06054B50, eocd["disk"], eocd["cd_disk"], eocd["on_disk"], eocd["total"],
                       eocd["cd_size"], eocd["cd_offset"], eocd["comment"])
    return prefix + bytes(out) + suffix


# ------------------------------------------------------------------------------------------------------- bundle
SENDER_PK, SENDER_SK = sign_keys(SENDER_SEED)
OTHER_PK, OTHER_SK = sign_keys(OTHER_SEED)
RECIPIENT_PK, RECIPIENT_SK = box_keys(RECIPIENT_SEED)
OTHER_RECIPIENT_PK, _ = box_keys(OTHER_RECIPIENT_SEED)

ATTACHMENT = "身份证扫描件 (fixture)\n".encode("utf-8") * 4
CHANGES = [
    {"change_seq": 41, "entity": "household", "entity_id": "7d0c6f7e-8a31-4c55-9a53-0d4b2b7f1a01",
     "fields": {"address": "昭阳区凤凰街道 12 号", "head_name": "张三丰", "monthly_income_fen": 123456},
     "hlc": "1717171717171-00001", "op": "upsert", "origin": "dev-township-01", "user": "u-wang"},
    {"change_seq": 42, "entity": "visit", "entity_id": "7d0c6f7e-8a31-4c55-9a53-0d4b2b7f1a02",
     "fields": {"household_id": "7d0c6f7e-8a31-4c55-9a53-0d4b2b7f1a01", "note": "入户核查\n第二行"},
     "hlc": "1717171717171-00002", "op": "upsert", "origin": "dev-township-01", "user": "u-wang"},
]


def ndjson(objs):
    return b"".join(canonical(o) + b"\n" for o in objs)


class Bundle:
    """A bundle in the making; every knob below is a way to break it."""

    def __init__(self):
        self.changes_plain = ndjson(CHANGES)
        self.acks_plain = None
        self.attachments = [ATTACHMENT]
        self.manifest_extra = {}
        self.manifest_override = None      # raw manifest bytes to use instead of the canonical one
        self.signer = (SENDER_PK, SENDER_SK)
        self.sig_key_id = None             # claim another key id in bundle.sig
        self.sig_bytes_override = None
        self.manifest_key_id = None
        self.recipient_pk = RECIPIENT_PK
        self.change_count = None
        self.method = 0

    def stored_entries(self):
        plain = {"changes.ndjson.enc": self.changes_plain}
        if self.acks_plain is not None:
            plain["acks.ndjson.enc"] = self.acks_plain
        for a in self.attachments:
            plain["att/%s.enc" % hashlib.sha256(a).hexdigest()] = a
        return {name: encrypt_entry(name, data) for name, data in sorted(plain.items())}

    def manifest(self, stored):
        m = {
            "format": "dibao-bundle", "format_version": 1, "schema_version": 1,
            "stream": {"origin": "dev-township-01", "audience": "hub-530602"},
            "bundle_seq": 7, "prev": hashlib.sha256(b"bundle 6").hexdigest(),
            "changes": {"count": len(CHANGES) if self.change_count is None else self.change_count,
                        "first": 41, "last": 42},
            "entries": [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                        for n, d in sorted(stored.items())],
            "hlc": "1717171717171-00003", "ack_down": 3,
            "audit_head": hashlib.sha256(b"audit head").hexdigest(),
            "sealed_key": {"recipient_key_id": key_id(self.recipient_pk),
                           "sealed": b64(deterministic_seal(BUNDLE_KEY, self.recipient_pk))},
            "key_id": self.manifest_key_id or key_id(self.signer[0]),
            "created": "2024-05-31T09:15:17Z",
        }
        m.update(self.manifest_extra)
        return m

    def parts(self):
        stored = self.stored_entries()
        manifest = self.manifest_override if self.manifest_override is not None else canonical(self.manifest(stored))
        sig = nb.crypto_sign(DOMAIN + manifest, self.signer[1])[:64]
        sig_json = {"alg": "ed25519", "key_id": self.sig_key_id or key_id(self.signer[0]), "sig": b64(sig)}
        sig_bytes = self.sig_bytes_override if self.sig_bytes_override is not None else canonical(sig_json)
        return manifest, sig_bytes, stored

    def entries(self):
        manifest, sig_bytes, stored = self.parts()
        out = [Entry("manifest.json", manifest, self.method), Entry("bundle.sig", sig_bytes, self.method)]
        out += [Entry(n, d, self.method) for n, d in sorted(stored.items())]
        return out

    def zip(self, **kw):
        return build_zip(self.entries(), **kw)


def flip(data, index):
    b = bytearray(data)
    b[index] ^= 0x01
    return bytes(b)


def find(entries, name):
    return next(e for e in entries if e.name == name.encode())


# ------------------------------------------------------------------------------------------------------ fixtures
FIXTURES = {}   # file name -> (bytes, expected token, limits override)


def fixture(name, data, expect, limits=None):
    FIXTURES[name] = (data, expect, limits or {})


def make_all():
    fixture("valid.zip", Bundle().zip(), "ok")
    b = Bundle()
    b.method = 8
    fixture("valid-deflate.zip", b.zip(), "ok")
    b = Bundle()
    b.attachments = []
    b.changes_plain = b""
    b.change_count = 0
    b.manifest_extra = {"changes": {"count": 0, "first": 0, "last": 0}}
    fixture("valid-empty.zip", b.zip(), "ok")
    b = Bundle()
    b.acks_plain = ndjson([{"ack": {"bundle_id": "0" * 64}, "key_id": "0" * 16, "sig": ""}])
    fixture("valid-with-acks.zip", b.zip(), "ok")

    # Tampering: a changed byte in every kind of entry.
    for target, token in (("changes.ndjson.enc", "entry_hash_mismatch"),
                          ("att/%s.enc" % hashlib.sha256(ATTACHMENT).hexdigest(), "entry_hash_mismatch"),
                          ("manifest.json", "signature_invalid"),
                          ("bundle.sig", "signature_invalid")):
        es = Bundle().entries()
        e = find(es, target)
        # CRCs are recomputed, so only the hashes and the signature can notice. In bundle.sig the raw signature is
        # changed (a flipped base64 character could merely make the file malformed).
        if target == "bundle.sig":
            sig = json.loads(e.data)
            sig["sig"] = b64(flip(base64.b64decode(sig["sig"]), 5))
            e.data = canonical(sig)
        else:
            index = len(e.data) // 2
            if target == "manifest.json":
                index = e.data.index(b'"bundle_seq":7') + len(b'"bundle_seq":')
            e.data = e.data[:index] + bytes([e.data[index] ^ 0x03]) + e.data[index + 1:]
        short = target.split("/")[0].split(".")[0]
        fixture("tampered-%s.zip" % short, build_zip(es), token)

    # Signatures.
    es = [e for e in Bundle().entries() if e.name != b"bundle.sig"]
    fixture("sig-missing.zip", build_zip(es), "signature_missing")
    b = Bundle()
    b.signer = (OTHER_PK, OTHER_SK)
    fixture("sig-unknown-key.zip", b.zip(), "signature_unknown_key")
    b = Bundle()
    b.signer = (OTHER_PK, OTHER_SK)
    b.sig_key_id = key_id(SENDER_PK)
    b.manifest_key_id = key_id(SENDER_PK)
    fixture("sig-another-key.zip", b.zip(), "signature_invalid")
    b = Bundle()
    b.sig_bytes_override = b"not json"
    fixture("sig-malformed.zip", b.zip(), "signature_malformed")
    b = Bundle()
    manifest, _, _ = b.parts()
    sig = nb.crypto_sign(DOMAIN + manifest, SENDER_SK)[:64]
    b.sig_bytes_override = canonical({"alg": "ed25519-v9", "key_id": key_id(SENDER_PK), "sig": b64(sig)})
    fixture("sig-unknown-alg.zip", b.zip(), "upgrade_required")
    b = Bundle()
    b.manifest_key_id = key_id(OTHER_PK)
    fixture("sig-key-mismatch.zip", b.zip(), "signature_key_mismatch")
    es = [e for e in Bundle().entries() if e.name != b"manifest.json"]
    fixture("manifest-missing.zip", build_zip(es), "manifest_missing")

    # Not a (proper) zip.
    valid = Bundle().zip()
    fixture("empty.zip", b"", "zip_empty")
    fixture("not-a-zip.zip", "这不是压缩包 — just text\n".encode("utf-8") * 20, "zip_not_a_zip")
    fixture("truncated.zip", valid[: len(valid) // 2], "zip_truncated")
    fixture("truncated-eocd.zip", valid[:-5], "zip_truncated")
    fixture("junk-before.zip", Bundle().zip(prefix=b"MZ\x90\x00junk" * 8), "zip_junk_before")
    fixture("junk-after.zip", Bundle().zip(suffix=b"trailing junk"), "zip_junk_after")
    fixture("archive-comment.zip", Bundle().zip(eocd_patch={"comment": 5}, suffix=b"hello"), "zip_junk_after")
    fixture("gap-between-entries.zip", Bundle().zip(gap_after=b"bundle.sig"), "zip_gap")
    fixture("zip64-marker.zip", Bundle().zip(eocd_patch={"on_disk": 0xFFFF, "total": 0xFFFF}),
            "zip_zip64_unsupported")
    fixture("multi-disk.zip", Bundle().zip(eocd_patch={"disk": 1}), "zip_multi_disk")

    # Hostile names (each added to an otherwise valid bundle).
    def with_extra(entry):
        return build_zip(Bundle().entries() + [entry])

    fixture("name-dotdot.zip", with_extra(Entry("../evil.sh", b"x")), "zip_name_traversal")
    fixture("name-dotdot-inner.zip", with_extra(Entry("att/../../evil", b"x")), "zip_name_traversal")
    fixture("name-absolute.zip", with_extra(Entry("/etc/cron.d/evil", b"x")), "zip_name_absolute")
    fixture("name-drive.zip", with_extra(Entry("C:/evil", b"x")), "zip_name_absolute")
    fixture("name-backslash.zip", with_extra(Entry("att\\..\\evil", b"x")), "zip_name_backslash")
    fixture("name-nul.zip", with_extra(Entry(b"changes.ndjson.enc\x00.txt", b"x")), "zip_name_nul")
    fixture("name-too-long.zip", with_extra(Entry("a" * 300, b"x")), "zip_name_too_long")
    fixture("name-bad-utf8.zip", with_extra(Entry(b"att/\xff\xfe", b"x")), "zip_name_invalid")
    fixture("name-not-allowed.zip", with_extra(Entry("Evil.exe", b"x")), "zip_name_not_allowed")
    fixture("symlink.zip", with_extra(Entry("link", b"/etc/passwd", external=0o120777 << 16)), "zip_symlink")
    fixture("directory.zip", with_extra(Entry("att/", b"", external=(0o040755 << 16) | 0x10)), "zip_directory")
    fixture("directory-mode.zip", with_extra(Entry("att", b"", external=0o040755 << 16)), "zip_directory")
    fixture("special-fifo.zip", with_extra(Entry("fifo", b"", external=0o010644 << 16)), "zip_special_file")
    fixture("duplicate-name.zip", with_extra(Entry("changes.ndjson.enc", b"second copy")), "zip_duplicate_name")
    fixture("duplicate-casefold.zip", with_extra(Entry("CHANGES.ndjson.enc", b"second copy")),
            "zip_duplicate_name_casefold")

    # Entries vs the signed manifest.
    fixture("entry-unlisted.zip", with_extra(Entry("extra.enc", b"smuggled")), "entry_unlisted")
    es = [e for e in Bundle().entries() if not e.name.startswith(b"att/")]
    fixture("entry-missing.zip", build_zip(es), "entry_missing")
    es = Bundle().entries()
    find(es, "changes.ndjson.enc").data += b"\x00"
    fixture("entry-size-mismatch.zip", build_zip(es), "entry_size_mismatch")

    # Zip structure lies.
    es = Bundle().entries()
    find(es, "changes.ndjson.enc").local_overrides = {"name": b"changes.ndjson.exe"}
    fixture("local-central-name.zip", build_zip(es), "zip_local_mismatch")
    es = Bundle().entries()
    e = find(es, "changes.ndjson.enc")
    e.local_overrides = {"usize": len(e.data) + 100}
    fixture("local-central-size.zip", build_zip(es), "zip_local_mismatch")
    es = Bundle().entries()
    find(es, "changes.ndjson.enc").flags = 0x0001
    fixture("encrypted-entry.zip", build_zip(es), "zip_encrypted")
    es = Bundle().entries()
    find(es, "changes.ndjson.enc").flags = 0x0008
    fixture("data-descriptor.zip", build_zip(es), "zip_flags")
    es = Bundle().entries()
    e = find(es, "changes.ndjson.enc")
    e.method = 12
    e.payload = e.data
    fixture("unsupported-method.zip", build_zip(es), "zip_unsupported_method")

    # Bombs.
    fixture("bomb-ratio.zip", with_extra(Entry("att/bomb.enc", b"\x00" * (20 << 20), method=8)), "zip_ratio")
    es = Bundle().entries()
    e = find(es, "changes.ndjson.enc")
    e.method = 8
    e.payload = deflate(e.data + b"\x00" * (512 << 10))   # inflates far past the declared (= signed) size
    fixture("bomb-falsified-size.zip", build_zip(es), "zip_size_mismatch")
    es = Bundle().entries()
    e = find(es, "changes.ndjson.enc")
    e.method = 8
    e.payload = deflate(e.data[:-10])                     # inflates to less than declared
    fixture("short-inflate.zip", build_zip(es), "zip_size_mismatch")
    es = Bundle().entries()
    target = find(es, "changes.ndjson.enc")
    overlap = Entry("att/overlap.enc", target.data)
    overlap.offset_override = es.index(target)            # a second central record pointing at the same bytes
    es2 = es + [overlap]
    fixture("bomb-overlap.zip", build_zip(es2), "zip_overlap")

    # JSON in the (correctly signed) manifest.
    def signed_manifest(text):
        b = Bundle()
        b.manifest_override = text
        return b.zip()

    good = Bundle().parts()[0]
    fixture("manifest-huge.zip", signed_manifest(good[:-1] + b',"zz":"' + b"x" * 5000 + b'"}'), "json_too_large",
            {"maxManifestBytes": 4096})
    fixture("manifest-duplicate-key.zip", signed_manifest(good[:-1] + b',"key_id":"0000000000000000"}'),
            "json_duplicate_key")
    fixture("manifest-not-canonical.zip",
            signed_manifest(json.dumps(json.loads(good), indent=1, ensure_ascii=False).encode()),
            "json_not_canonical")
    fixture("manifest-bad-utf8.zip", signed_manifest(good.replace(b"2024-05-31", b"2024-05-3\xff")), "json_bad_utf8")
    fixture("manifest-float.zip", signed_manifest(good.replace(b'"bundle_seq":7', b'"bundle_seq":7.0')),
            "json_float")
    fixture("manifest-unknown-field.zip", signed_manifest(canonical(dict(json.loads(good), zz=1))),
            "manifest_invalid")
    b = Bundle()
    b.manifest_extra = {"format_version": 2, "new_field_of_v2": True}
    fixture("upgrade-format.zip", b.zip(), "upgrade_required")
    b = Bundle()
    b.manifest_extra = {"schema_version": 9}
    fixture("upgrade-schema.zip", b.zip(), "upgrade_required")

    # Content (needs the recipient's key).
    b = Bundle()
    b.changes_plain = ndjson(CHANGES[:1]) + canonical({"note": "x" * 4000}) + b"\n"
    b.change_count = 2
    fixture("change-line-too-long.zip", b.zip(), "ndjson_line_too_long", {"maxLineBytes": 2048})
    b = Bundle()
    b.changes_plain = b'{"change_seq":1,"change_seq":2}\n{"change_seq":3}\n'
    fixture("change-duplicate-key.zip", b.zip(), "json_duplicate_key")
    b = Bundle()
    b.changes_plain = b'{"a":"\xc0\xaf"}\n{"b":1}\n'
    fixture("change-bad-utf8.zip", b.zip(), "json_bad_utf8")
    b = Bundle()
    b.changes_plain = b'{"b":1,"a":2}\n{"b":1}\n'
    fixture("change-not-canonical.zip", b.zip(), "json_not_canonical")
    b = Bundle()
    b.change_count = 5
    fixture("changes-count-mismatch.zip", b.zip(), "changes_count_mismatch")
    b = Bundle()
    b.recipient_pk = OTHER_RECIPIENT_PK
    fixture("recipient-mismatch.zip", b.zip(), "recipient_mismatch")

    # Attachment named after the wrong plaintext hash (ciphertext hashes in the manifest still match).
    class WrongName(Bundle):
        def stored_entries(self):
            stored = super().stored_entries()
            name = "att/%s.enc" % ("ab" * 32)
            stored[name] = encrypt_entry(name, ATTACHMENT)
            del stored["att/%s.enc" % hashlib.sha256(ATTACHMENT).hexdigest()]
            return stored

    fixture("attachment-hash-mismatch.zip", WrongName().zip(), "attachment_hash_mismatch")

    # Encrypted under another key: hashes and signature fine, AEAD refuses.
    class WrongKey(Bundle):
        def stored_entries(self):
            stored = super().stored_entries()
            stored["changes.ndjson.enc"] = encrypt_entry("changes.ndjson.enc", self.changes_plain, b"\x09" * 32)
            return stored

    fixture("decrypt-failed.zip", WrongKey().zip(), "decrypt_failed")


def main():
    make_all()
    expected = {}
    for name, (data, expect, limits) in sorted(FIXTURES.items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        expected[name] = {"expect": expect, "limits": limits} if limits else {"expect": expect}
    with open(os.path.join(HERE, "expected.json"), "wb") as f:
        f.write(json.dumps(expected, indent=2, sort_keys=True).encode() + b"\n")
    keys = {
        "sender_ed25519_seed_hex": SENDER_SEED.hex(), "sender_ed25519_public_hex": SENDER_PK.hex(),
        "sender_key_id": key_id(SENDER_PK),
        "other_ed25519_seed_hex": OTHER_SEED.hex(), "other_key_id": key_id(OTHER_PK),
        "recipient_x25519_seed_hex": RECIPIENT_SEED.hex(), "recipient_x25519_public_hex": RECIPIENT_PK.hex(),
        "recipient_key_id": key_id(RECIPIENT_PK),
    }
    with open(os.path.join(HERE, "keys.json"), "wb") as f:
        f.write(json.dumps(keys, indent=2, sort_keys=True).encode() + b"\n")
    print("%d fixtures" % len(FIXTURES))


if __name__ == "__main__":
    main()
