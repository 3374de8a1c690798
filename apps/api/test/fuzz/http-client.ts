import { Agent, request } from 'node:http';

export interface WireRequest {
  method: string;
  /** The request target exactly as it goes on the wire (already percent-encoded, or deliberately not). */
  target: string;
  headers: Record<string, string | string[]>;
  body?: Buffer;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A bare HTTP/1.1 client over a real socket. Not supertest: the fuzzer must send what a
 * well-behaved client would not (broken percent-encodings, a header twice, a body the server
 * refuses half-way), and see each answer or its absence within a deadline.
 */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly host: string,
    private readonly port: number,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  send(wire: WireRequest, timeoutMs: number): Promise<WireResponse> {
    return new Promise((resolve, reject) => {
      let settled = false;
      let answered = false;
      const finish = (error: Error | undefined, response?: WireResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(response!);
      };
      const headers: Record<string, string | string[]> = { ...wire.headers };
      if (wire.body) headers['Content-Length'] = String(wire.body.length);
      const req = request(
        { host: this.host, port: this.port, method: wire.method, path: wire.target, headers, agent: this.agent },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', (error) => finish(error));
        },
      );
      const timer = setTimeout(() => {
        finish(new Error(`no answer within ${timeoutMs} ms`));
        req.destroy();
      }, timeoutMs);
      // A server that answers early (413) and closes may cut off the rest of our body: that is fine
      // once its answer has arrived, so only an error before any answer counts.
      req.on('error', (error) => {
        if (!answered) finish(error);
      });
      if (wire.body?.length) req.end(wire.body);
      else req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
