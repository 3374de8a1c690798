// Load generators: autocannon for throughput, and a closed-loop client for exact percentiles.
import autocannon from 'autocannon';

/** Throughput and tail latency of GETs on `paths` (chosen round-robin), autocannon style. */
export async function throughput({ baseUrl, paths, headers = {}, connections = 50, duration = 10 }) {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Exact latency percentiles of GETs on `paths`, with `concurrency` clients each waiting for its answer. */
export async function latencies({ baseUrl, paths, headers = {}, concurrency = 8, duration = 10 }) {
  const samples = [];
  let failures = 0;
  let next = 0;
  const until = Date.now() + duration * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        const response = await fetch(baseUrl + paths[next++ % paths.length], { headers });
        await response.arrayBuffer();
        samples.push(performance.now() - started);
        if (!response.ok) failures += 1;
      }
    }),
  );
  samples.sort((a, b) => a - b);
  const at = (p) => Number(samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))].toFixed(1));
  return { requests: samples.length, p50: at(50), p95: at(95), p99: at(99), failures };
}

export const basicAuth = (user, password) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
