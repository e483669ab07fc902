// Baseline for the whole-process audit bench (bench_audit.cpp): what a Node script built on `jose`
// does for "find every token in a log and verify it against a JWKS, judged at one moment".
// Usage: node bench_audit_jose.mjs LOG_FILE JWKS_FILE NOW
// Prints {"tokens": N, "valid": N, "expired": N, "other": N}. The caller measures the process's CPU.
import { createLocalJWKSet, jwtVerify } from 'jose';
import { readFileSync } from 'node:fs';

const [logFile, jwksFile, nowText] = process.argv.slice(2);
const keys = createLocalJWKSet(JSON.parse(readFileSync(jwksFile, 'utf8')));
const currentDate = new Date(Number(nowText) * 1000);
// The whole log at once: the most favourable reading for the baseline.
const text = readFileSync(logFile, 'latin1');
const tokenPattern = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+/g;
const counts = { tokens: 0, valid: 0, expired: 0, other: 0 };
for (const match of text.matchAll(tokenPattern)) {
    counts.tokens++;
    try {
        // Signature first, then exp/nbf/iat, as the audit judges them (no leeway).
        await jwtVerify(match[0], keys, { currentDate });
        counts.valid++;
    } catch (error) {
        if (error.code === 'ERR_JWT_EXPIRED')
            counts.expired++;
        else
            counts.other++;
    }
}
console.log(JSON.stringify(counts));
