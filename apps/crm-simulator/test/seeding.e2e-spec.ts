import { type CrmSimulators, startCrmSimulators } from '../src/index.js';
import { BANANA_HEADERS, pullBanana, pullStrawberry, sendJson, STRAWBERRY_HEADERS } from './crm-simulator-client.js';

const now = new Date('2026-03-01T00:00:00.000Z');
const start = (seed: number) => startCrmSimulators({ bananaPort: 0, strawberryPort: 0, seed, now, bananaCases: 300, strawberryCases: 200 });
const pullBoth = async (sims: CrmSimulators) => ({
  banana: await pullBanana(sims.bananaUrl, { pageSize: 500 }),
  strawberry: await pullStrawberry(sims.strawberryUrl, { limit: 200 }),
});

describe('CRM simulators: seeded data', () => {
  const running: CrmSimulators[] = [];
  const started = async (seed: number) => {
    const sims = await start(seed);
    running.push(sims);
    return sims;
  };
  afterAll(() => Promise.all(running.map((s) => s.close())));

  it('gives identical data for the same seed and anchor', async () => {
    const [first, second] = await Promise.all([started(7), started(7)]);
    expect(await pullBoth(second)).toEqual(await pullBoth(first));
  });

  it('gives other data for another seed', async () => {
    const [seven, eight] = await Promise.all([started(7), started(8)]);
    const a = await pullBoth(seven);
    const b = await pullBoth(eight);
    expect(b.banana.map((c) => c.updated_ms)).not.toEqual(a.banana.map((c) => c.updated_ms));
    const idsOfSeven = new Set(a.strawberry.map((t) => t.id));
    expect(b.strawberry.filter((t) => idsOfSeven.has(t.id))).toEqual([]);
  });

  it('gives the two vendors different data from one seed', async () => {
    const { banana, strawberry } = await pullBoth(await started(7));
    expect(banana.slice(0, 20).map((c) => c.title)).not.toEqual(strawberry.slice(0, 20).map((t) => t.subject));
  });

  it('dates everything within the 60 days before the anchor', async () => {
    const { banana, strawberry } = await pullBoth(await started(7));
    const times = [
      ...banana.flatMap((c) => [c.created_ms, c.updated_ms]),
      ...strawberry.flatMap((t) => [Date.parse(t.createdAt), Date.parse(t.updatedAt)]),
    ];
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now.getTime() - 60 * 86_400_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
  });

  it('POST /__reset puts the seeded data back after writes', async () => {
    const sims = await started(7);
    const before = await pullBoth(sims);
    await fetch(`${sims.bananaUrl}/api/cases/${before.banana[0].case_id}`, { method: 'DELETE', headers: BANANA_HEADERS });
    await sendJson('PATCH', `${sims.strawberryUrl}/v2/tickets/${before.strawberry[0].id}`, { status: 'closed' }, STRAWBERRY_HEADERS);
    expect(await pullBoth(sims)).not.toEqual(before);

    expect((await fetch(`${sims.bananaUrl}/__reset`, { method: 'POST' })).status).toBe(204);
    expect((await fetch(`${sims.strawberryUrl}/__reset`, { method: 'POST' })).status).toBe(204);
    expect(await pullBoth(sims)).toEqual(before);
  });
});
