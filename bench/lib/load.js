// A closed-loop client for exact latency percentiles (throughput comparisons are in compare.js).

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
