import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';

export const DUMPS = '/api/v1/catalog/dumps';

export interface DumpManifest {
  id: number;
  href: string;
  status: 'running' | 'completed' | 'failed';
  trigger: 'manual' | 'scheduled';
  requestedBy: string | null;
  scheduledFor: string | null;
  startedAt: string;
  finishedAt: string | null;
  counts: { productOffering: number; productSpecification: number; category: number; productOfferingPrice: number };
  byteSize: number;
  chunkCount: number;
  sha256: string | null;
  error: string | null;
  downloadHref: string | null;
}

export type DumpLine = Record<string, unknown> & { '@type': string; id: string; href: string };

/** Polls a dump's manifest until it has finished. */
export async function finished(t: TestApp, id: number, timeoutMs = 120_000): Promise<DumpManifest> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http.get(`${DUMPS}/${id}`).set('Authorization', ADMIN_AUTH).expect(200);
    const manifest = res.body as DumpManifest;
    if (manifest.status !== 'running') return manifest;
    if (Date.now() > until) throw new Error(`dump ${id} still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A download's raw bytes (supertest buffers them untouched: the dump is application/gzip, not an encoding). */
export function download(t: TestApp, path: string, headers: Record<string, string> = {}) {
  const req = t.http.get(path).set('Authorization', ADMIN_AUTH);
  for (const [name, value] of Object.entries(headers)) req.set(name, value);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** The NDJSON lines of a downloaded dump, each parsed. */
export function linesOf(res: Response): DumpLine[] {
  const text = gunzipSync(res.body as Buffer).toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as DumpLine);
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Starts a manual dump and waits for it. */
export async function dumpNow(t: TestApp): Promise<DumpManifest> {
  const res = await t.http.post(DUMPS).set('Authorization', ADMIN_AUTH).expect(202);
  return finished(t, (res.body as DumpManifest).id);
}
