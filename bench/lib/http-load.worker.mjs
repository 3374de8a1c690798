// The load generator of the lib benchmarks, on a thread of its own: the requests are made and timed
// here, so the server under test (in the Jest process) does not share its event loop with its clients.
// Keep-alive node:http (lighter than fetch): `concurrency` sockets, each sending its next request
// when the answer to the last one is in.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { requests, concurrency, keepBodies } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function send({ url, method = 'GET', headers = {}, body }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.request(url, { method, headers, agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          ms: performance.now() - started,
          body: keepBodies ? Buffer.concat(chunks).toString('utf8') : undefined,
        }),
      );
      response.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    });
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    request.end(body);
  });
}

const answers = new Array(requests.length);
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests.length) {
      const i = next++;
      answers[i] = await send(requests[i]);
    }
  }),
);
parentPort.postMessage({ answers, seconds: (performance.now() - started) / 1000 });
agent.destroy();
