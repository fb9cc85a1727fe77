"""Password storage (OWASP Password Storage Cheat Sheet): PBKDF2-HMAC-SHA256 from the standard
library, 600,000 iterations, a 16-byte random salt, the parameters stored with the hash so a
later, stronger setting can rehash on the next sign-in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # tests lower this for speed; stored hashes keep their own count


def hash_password(password: str, iterations: int | None = None) -> str:
    rounds = iterations or ITERATIONS
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)
    return f"{ALGORITHM}${rounds}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algorithm, rounds, salt, digest = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), base64.b64decode(salt), int(rounds))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    try:
        algorithm, rounds, _salt, _digest = stored.split("$")
    except ValueError:
        return True
    return algorithm != ALGORITHM or int(rounds) < ITERATIONS
