// Baseline for the jwt benchmark: what Node's `jose` does for "decode + claims + exp check".
// Usage: node bench_jose.mjs TOKENS_FILE WORKERS NOW
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

function judge(tokens, now) {
    let accepted = 0;
    for (const token of tokens) {
        const header = decodeProtectedHeader(token);
        const claims = decodeJwt(token);
        if (header.alg && typeof claims.exp === 'number' && claims.exp + 60 > now)
            accepted++;
    }
    return accepted;
}

function timed(tokens, now) {
    judge(tokens.slice(0, 10000), now); // let the JIT settle, as the C++ side warms its caches
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const accepted = judge(tokens, now);
    const cpu = process.cpuUsage(cpuStart);
    return {
        seconds: Number(process.hrtime.bigint() - start) / 1e9,
        cpuSeconds: (cpu.user + cpu.system) / 1e6, // process-wide: includes V8's GC helper threads
        accepted,
    };
}

if (isMainThread) {
    const [file, workersText, nowText] = process.argv.slice(2);
    const tokens = readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0);
    const now = Number(nowText);
    const single = timed(tokens, now);
    const workers = Number(workersText);
    const results = await Promise.all(Array.from({ length: workers }, () => new Promise((resolve, reject) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { file, now } });
        worker.once('message', resolve);
        worker.once('error', reject);
    })));
    const slowest = Math.max(...results.map((result) => result.seconds));
    console.log(JSON.stringify({
        count: tokens.length,
        accepted: single.accepted,
        single: tokens.length / single.seconds,
        singleCpu: tokens.length / single.cpuSeconds,
        all: (tokens.length * workers) / slowest,
        workers,
    }));
} else {
    const tokens = readFileSync(workerData.file, 'utf8').split('\n').filter((line) => line.length > 0);
    parentPort.postMessage(timed(tokens, workerData.now));
}
