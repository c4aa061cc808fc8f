#!/usr/bin/python3
"""Reference reader for docs/bundle-format.md, used by BundleInteropTest: checks a bundle written by the C++ writer
with nothing but the standard library and PyNaCl (Debian's python3-nacl).

usage: verify_bundle.py BUNDLE SIGNER_ED25519_PUBLIC_HEX RECIPIENT_X25519_SEED_HEX EXPECTED_JSON
EXPECTED_JSON holds {"changes": [...], "attachments_sha256": [...]} to compare the decrypted content with.
Exit 0 when everything checks out; prints the reason and exits 1 otherwise.
"""
import base64
import hashlib
import json
import sys
import zipfile

import nacl.bindings as nb

DOMAIN = b"dibao-bundle-v1\x00"


def fail(why):
    print("FAIL: " + why)
    sys.exit(1)


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def main():
    path, signer_hex, recipient_seed_hex, expected_path = sys.argv[1:5]
    signer_pk = bytes.fromhex(signer_hex)
    expected = json.load(open(expected_path, encoding="utf-8"))

    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if len(set(names)) != len(names):
            fail("duplicate names")
        for info in z.infolist():
            if info.compress_type != zipfile.ZIP_STORED:
                fail("writer should store entries")
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                fail("timestamp not fixed")
        manifest_bytes = z.read("manifest.json")
        sig_bytes = z.read("bundle.sig")
        sig = json.loads(sig_bytes)
        if canonical(sig) != sig_bytes:
            fail("bundle.sig not canonical")
        stored = {n: z.read(n) for n in names if n not in ("manifest.json", "bundle.sig")}
    if names[:2] != ["manifest.json", "bundle.sig"]:
        fail("entry order")

    # Signature over the exact manifest bytes.
    if sig["alg"] != "ed25519" or sig["key_id"] != hashlib.sha256(signer_pk).hexdigest()[:16]:
        fail("signature header")
    try:
        nb.crypto_sign_open(base64.b64decode(sig["sig"]) + DOMAIN + manifest_bytes, signer_pk)
    except Exception:
        fail("signature does not verify")
    manifest = json.loads(manifest_bytes)
    if canonical(manifest) != manifest_bytes:
        fail("manifest not canonical")

    # Every entry hashed against the manifest; none missing, none extra.
    listed = {e["name"]: e for e in manifest["entries"]}
    if set(listed) != set(stored):
        fail("entries differ from manifest: %s vs %s" % (sorted(listed), sorted(stored)))
    for name, data in stored.items():
        if len(data) != listed[name]["size"] or hashlib.sha256(data).hexdigest() != listed[name]["sha256"]:
            fail("hash mismatch for " + name)

    # Decrypt with the recipient's key.
    pk, sk = nb.crypto_box_seed_keypair(bytes.fromhex(recipient_seed_hex))
    if manifest["sealed_key"]["recipient_key_id"] != hashlib.sha256(pk).hexdigest()[:16]:
        fail("recipient key id")
    key = nb.crypto_box_seal_open(base64.b64decode(manifest["sealed_key"]["sealed"]), pk, sk)
    plain = {}
    for name, data in stored.items():
        plain[name] = nb.crypto_aead_xchacha20poly1305_ietf_decrypt(data[24:], name.encode(), data[:24], key)

    changes = [json.loads(line) for line in plain["changes.ndjson.enc"].decode("utf-8").split("\n") if line]
    for line in plain["changes.ndjson.enc"].split(b"\n")[:-1]:
        if canonical(json.loads(line)) != line:
            fail("change line not canonical")
    if changes != expected["changes"] or manifest["changes"]["count"] != len(changes):
        fail("changes differ")
    atts = sorted(hashlib.sha256(v).hexdigest() for k, v in plain.items() if k.startswith("att/"))
    for name, v in plain.items():
        if name.startswith("att/") and name != "att/%s.enc" % hashlib.sha256(v).hexdigest():
            fail("attachment name")
    if atts != sorted(expected["attachments_sha256"]):
        fail("attachments differ")
    bundle_id = hashlib.sha256(manifest_bytes).hexdigest()
    print("OK " + bundle_id)


if __name__ == "__main__":
    main()
