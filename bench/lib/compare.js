// Our server beside the raw baseline under the same load, in alternating slices, with each server's
// CPU time per request. Shared by the users and customers scenarios.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export const round = (x, digits = 2) => (typeof x === 'number' && Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux this runs on

/**
 * One autocannon run against `target` ({ url, headers, pid }), each request on a random one of `paths`.
 * Latencies of every response go into `into.samples` (exact percentiles over several slices); counts
 * and server CPU add up in `into`.
 */
export function loadSlice(target, paths, seconds, connections, into) {
  const cpuBefore = cpuSeconds(target.pid);
  return new Promise((resolveRun, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        headers: target.headers,
        timeout: 10,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        if (into) {
          const cpuAfter = cpuSeconds(target.pid);
          into.requests += result.requests.total;
          into.seconds += result.duration;
          into.errors += result.errors;
          into.timeouts += result.timeouts;
          into.non2xx += result.non2xx;
          into.cpuSeconds =
            cpuBefore === null || cpuAfter === null || into.cpuSeconds === null ? null : into.cpuSeconds + cpuAfter - cpuBefore;
        }
        resolveRun(result);
      },
    );
    if (into) instance.on('response', (_client, _status, _bytes, responseTime) => into.samples.push(responseTime));
  });
}

const emptyTally = () => ({ requests: 0, seconds: 0, errors: 0, timeouts: 0, non2xx: 0, cpuSeconds: 0, samples: [] });

function summarize(tally) {
  const sorted = Float64Array.from(tally.samples).sort();
  const at = (p) => (sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]) : null);
  return {
    requests: tally.requests,
    rps: round(tally.requests / tally.seconds, 0),
    latencyAvgMs: round(sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1)),
    p50Ms: at(50),
    p90Ms: at(90),
    p97_5Ms: at(97.5),
    p99Ms: at(99),
    maxMs: sorted.length ? round(sorted[sorted.length - 1]) : null,
    errors: tally.errors,
    timeouts: tally.timeouts,
    non2xx: tally.non2xx,
    serverCpuSeconds: round(tally.cpuSeconds),
    cpuMsPerRequest: tally.cpuSeconds === null ? null : round((tally.cpuSeconds * 1000) / tally.requests, 3),
  };
}

/**
 * `duration` seconds of load on each target, cut into `slices` slices taken in turns (A B B A A B …), so
 * that whatever else the machine does at the time weighs on both alike. Beside req/s it reports each
 * server's CPU time per request: throughput moves with the neighbours' load, CPU per request much less.
 */
export async function comparePhase(targets, { paths, connections, duration, slices }) {
  const tallies = targets.map(() => emptyTally());
  const seconds = duration / slices;
  for (let slice = 0; slice < slices; slice += 1) {
    const order = slice % 2 === 0 ? targets.map((_, i) => i) : targets.map((_, i) => targets.length - 1 - i);
    for (const i of order) await loadSlice(targets[i], paths, seconds, connections, tallies[i]);
  }
  return tallies.map(summarize);
}

/** Ours against the baseline: by req/s, and by server CPU per request (baseline ms ÷ ours; null without /proc). */
export function ratiosOf(ours, baseline) {
  const cpuRatio = ours.cpuMsPerRequest && baseline.cpuMsPerRequest ? round(baseline.cpuMsPerRequest / ours.cpuMsPerRequest) : null;
  return { ratio: round(ours.rps / baseline.rps), cpuRatio };
}
