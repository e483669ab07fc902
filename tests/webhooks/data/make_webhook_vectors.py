#!/usr/bin/env python3
"""Webhook verification vectors from an implementation independent of the C++ one: Python's hmac,
hashlib, json, base64 and datetime. Writes webhook_vectors.json beside this script.

Each vector is a delivery (secret, Vendo-Signature, Vendo-Timestamp, raw body) and what the SDK's
`webhooks.verify` decides at the fixed `now` (docs/service-contract.md "Webhooks"): valid, or a
ValidationError with a reason, the drift in seconds, and for a mismatch every "likely cause" this
script finds by signing the usual variants of the body and the secret.

Run: python3 make_webhook_vectors.py   (deterministic; commit its output)
"""
import base64
import binascii
import datetime
import hashlib
import hmac
import json
import os

NOW = 1_767_225_600  # 2026-01-01T00:00:00Z, the FakeClock's default
TOLERANCE = 300
SECRET = "whsec_3d1f7a0c9b2e4f6a8c0d1e2f3a4b5c6d"
APP_KEY = "vendo_sk_a1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6"


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def rfc3339(seconds: int, offset_minutes: int = 0, fraction: str = "") -> str:
    tz = datetime.timezone(datetime.timedelta(minutes=offset_minutes))
    moment = datetime.datetime.fromtimestamp(seconds, tz)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction
    if offset_minutes == 0:
        return text + "Z"
    sign_char = "+" if offset_minutes > 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"{text}{sign_char}{hours:02d}:{minutes:02d}"


def parse_timestamp(value: str):
    """Milliseconds since the epoch, or None."""
    if value.isdigit() and value.isascii() and len(value) <= 11:
        return int(value) * 1000
    text = value
    if len(text) < 20 or text[10] not in "Tt ":
        return None
    text = text[:10] + "T" + text[11:]
    if text[-1] in "Zz":
        text = text[:-1] + "+00:00"
    elif not (len(text) >= 6 and text[-6] in "+-" and text[-3] == ":"):
        return None
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return int(moment.timestamp() * 1000)


def verify(secret: str, signature, timestamp, body: bytes, now: int = NOW):
    """The SDK's order of checks; returns (reason or None, drift seconds or None)."""
    if not secret:
        return "secret_not_set", None
    if signature is None or not signature.strip():
        return "signature_header_missing", None
    if timestamp is None or not timestamp.strip():
        return "timestamp_header_missing", None
    ts_ms = parse_timestamp(timestamp.strip())
    if ts_ms is None:
        return "timestamp_not_parseable", None
    drift_ms = now * 1000 - ts_ms
    drift = int(drift_ms / 1000)
    if abs(drift_ms) > TOLERANCE * 1000:
        return "timestamp_drift", drift
    sig = signature.strip()
    try:
        claimed = binascii.unhexlify(sig)
    except (binascii.Error, ValueError):
        return "signature_not_hex", drift
    expected = hmac.new(secret.encode(), timestamp.strip().encode() + b"." + body, hashlib.sha256).digest()
    if not hmac.compare_digest(claimed, expected):
        return "signature_mismatch", drift
    try:
        json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return "body_not_json", drift
    return None, drift


def likely_causes(secret: str, signature: str, timestamp: str, body: bytes):
    """Which usual change makes the signature match (the body the sender signed, or its key)."""
    ts = timestamp.strip()
    claimed = signature.strip().lower()
    found = []

    def check(cause, key: bytes, candidate: bytes):
        if cause not in found and hmac.compare_digest(sign(key, ts, candidate), claimed):
            found.append(cause)

    key = secret.encode()
    if body.endswith(b"\r\n"):
        check("trailing_newline_added", key, body[:-2])
    elif body.endswith(b"\n"):
        check("trailing_newline_added", key, body[:-1])
    check("trailing_newline_missing", key, body + b"\n")
    if b"\r\n" in body:
        check("line_ends_changed_to_crlf", key, body.replace(b"\r\n", b"\n"))
    if b"\n" in body:
        crlf = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if crlf != body:
            check("line_ends_changed_to_lf", key, crlf)
    try:
        obj = json.loads(body.decode("utf-8"))
        check("json_reserialised_compact", key, compact(obj))
        check("json_reserialised_indented", key, indented(obj))
    except (ValueError, UnicodeDecodeError):
        pass
    trimmed = secret.strip()
    if trimmed and trimmed != secret and hmac.compare_digest(sign(trimmed.encode(), ts, body), claimed):
        found.append("secret_needs_trimming")
    for decode in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            decoded = decode(trimmed.encode() if trimmed else b"", validate=True) if decode is base64.b64decode \
                else decode(trimmed.encode())
        except (binascii.Error, ValueError):
            continue
        if decoded and decoded != trimmed.encode():
            if hmac.compare_digest(sign(decoded, ts, body), claimed):
                found.append("secret_is_base64")
            break
    return found


def compact(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()


def indented(obj) -> bytes:
    return (json.dumps(obj, indent=4, sort_keys=True, ensure_ascii=False) + "\n").encode()


def production_body(size: int = 1024) -> bytes:
    """A webhook body as Vendo sends it (compact JSON, keys in the SDK's order), padded to `size`."""
    event = {
        "id": "evt_01JG8Z4Q7R2M5N8P1S4T7V0X3Y",
        "type": "connection.status_changed",
        "occurred_at": "2026-01-01T00:00:00Z",
        "data": {
            "connection_id": "con_7f3a9c2e",
            "slug": "google-calendar",
            "status": "needs_reauth",
            "connect_url": f"https://vendo.run/connections/connect/google-calendar?app_key={APP_KEY}",
            "note": "",
        },
    }
    text = json.dumps(event, separators=(",", ":"), ensure_ascii=False)
    event["data"]["note"] = "ü" + "x" * (size - len(text.encode()) - 2)
    body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode()
    assert len(body) == size, len(body)
    return body


def main():
    body = production_body()
    obj = json.loads(body)
    key = SECRET.encode()
    vectors = []

    def add(name, secret=SECRET, signature=None, timestamp=None, payload=body, now=NOW):
        reason, drift = verify(secret, signature, timestamp, payload, now)
        causes = likely_causes(secret, signature, timestamp, payload) if reason == "signature_mismatch" else []
        vectors.append({
            "name": name,
            "secret": secret,
            "signature": signature,
            "timestamp": timestamp,
            "body": payload.decode("utf-8", "surrogateescape"),
            "now": now,
            "valid": reason is None,
            "reason": reason or "",
            "drift_seconds": drift,
            "likely_causes": causes,
        })

    unix = str(NOW)
    add("valid, Unix seconds", signature=sign(key, unix, body), timestamp=unix)
    for ts in (rfc3339(NOW), rfc3339(NOW, 120), rfc3339(NOW, -330), rfc3339(NOW - 1, 0, ".250"),
               rfc3339(NOW, 0, ".123456789"), rfc3339(NOW).replace("T", "t").replace("Z", "z")):
        add(f"valid, RFC 3339 {ts}", signature=sign(key, ts, body), timestamp=ts)
    add("valid, header values with surrounding blanks", signature=" " + sign(key, unix, body) + " ",
        timestamp=" " + unix + "\t")
    add("valid, upper-case hex", signature=sign(key, unix, body).upper(), timestamp=unix)
    for delta in (299, 300, 301, -299, -300, -301):
        ts = str(NOW - delta)
        add(f"drift {delta:+d} s, Unix seconds", signature=sign(key, ts, body), timestamp=ts)
        ts = rfc3339(NOW - delta)
        add(f"drift {delta:+d} s, RFC 3339", signature=sign(key, ts, body), timestamp=ts)
    add("drift one hour, RFC 3339 with offset", signature=sign(key, rfc3339(NOW - 3600, 60), body),
        timestamp=rfc3339(NOW - 3600, 60))
    add("timestamp in milliseconds", signature=sign(key, unix + "000", body), timestamp=unix + "000")

    add("secret not set", secret="", signature=sign(key, unix, body), timestamp=unix)
    add("signature header missing", timestamp=unix)
    add("signature header blank", signature="  ", timestamp=unix)
    add("timestamp header missing", signature=sign(key, unix, body))
    add("both headers missing")
    for bad in ("yesterday", "2026-01-01T00:00:00", "2026-01-01", "1767225600.5", "-1767225600",
                "2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:00:00+2:00"):
        add(f"timestamp not parseable: {bad}", signature=sign(key, bad, body), timestamp=bad)
    good = sign(key, unix, body)
    add("signature not hex: sha256= prefix", signature="sha256=" + good, timestamp=unix)
    add("signature not hex: odd length", signature=good[:-1], timestamp=unix)
    add("signature not hex: letters", signature="z" * 64, timestamp=unix)
    add("mismatch: other secret", signature=sign(b"whsec_other", unix, body), timestamp=unix)
    add("mismatch: truncated hex", signature=good[:32], timestamp=unix)
    add("mismatch: signature of another timestamp", signature=sign(key, str(NOW - 1), body), timestamp=unix)
    add("body not JSON", signature=sign(key, unix, b"event=connection.changed"), timestamp=unix,
        payload=b"event=connection.changed")

    # Likely causes: the sender signed `signed`, the receiver verifies `received`.
    pretty2 = json.dumps(obj, indent=2, ensure_ascii=False).encode()
    crlf2 = pretty2.replace(b"\n", b"\r\n")
    cases = [
        ("trailing newline added", body, body + b"\n"),
        ("trailing CRLF added", body, body + b"\r\n"),
        ("trailing newline lost", body + b"\n", body),
        ("line ends changed to CRLF", pretty2, crlf2),
        ("line ends changed to LF", crlf2, pretty2),
        ("JSON re-serialised, signed compact", compact(obj), pretty2),
        ("JSON re-serialised, signed indented", indented(obj), body),
    ]
    for name, signed, received in cases:
        add(f"likely cause: {name}", signature=sign(key, unix, signed), timestamp=unix, payload=received)
    add("likely cause: secret with a newline", secret=SECRET + "\n", signature=sign(key, unix, body),
        timestamp=unix)
    raw_key = bytes(range(7, 39))
    add("likely cause: secret is base64", secret=base64.b64encode(raw_key).decode(),
        signature=sign(raw_key, unix, body), timestamp=unix)

    out = {
        "generator": "tests/webhooks/data/make_webhook_vectors.py (Python hmac/hashlib/json)",
        "tolerance_seconds": TOLERANCE,
        "vectors": vectors,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "webhook_vectors.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(vectors)} vectors written to {path}")


if __name__ == "__main__":
    main()
