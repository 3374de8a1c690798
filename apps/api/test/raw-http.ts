import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '@contactly/platform/testing';

export const portOf = (t: TestApp) => (t.app.getHttpServer().address() as AddressInfo).port;

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  body: Record<string, unknown>;
}

/**
 * A request with headers exactly as listed, repeats included (supertest and fetch fold a repeated
 * header into one), and a body sent as the given bytes.
 */
export function rawRequest(
  t: TestApp,
  method: string,
  path: string,
  headers: [string, string][],
  body?: string | Buffer,
): Promise<RawResponse> {
  // A flat header list replaces Node's defaults, Host included (which HTTP/1.1 requires).
  const flat = ['Host', `127.0.0.1:${portOf(t)}`, ...headers.flat()];
  if (body !== undefined) flat.push('Content-Length', String(Buffer.byteLength(body)));
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: portOf(t), method, path, headers: flat }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let parsed: Record<string, unknown> = {};
        try {
          parsed = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // not JSON: the test looks at the status
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Row counts of the tables a refused request must not touch. */
export async function tableCounts(t: TestApp, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = (await t.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[];
    counts[table] = Number(rows[0].n);
  }
  return counts;
}

/** What every refused request leaves as it was, whichever lib it would have written to. */
export const WRITTEN_TABLES = [
  'user',
  'party',
  'contact_medium',
  'pending_registration',
  'password_reset_token',
  'dev_mailbox_message',
  'outbox_event',
  'audit_entry',
  'communication',
  'idempotency_record',
];

export const errorShape = (status: number, code: string) => ({ '@type': 'Error', code, status: String(status) });
