import { type CrmSimulators, startCrmSimulators } from '../src/index.js';
import { pullBanana, pullStrawberry } from './crm-simulator-client.js';

const CASES = 50_000;

// Proves that paging stays correct at the volume the hub must cope with. How fast it is belongs to a
// benchmark, not to an assertion here; the generous timeout only catches an accidental O(n²).
describe('CRM simulators at 50,000 cases each', () => {
  let sims: CrmSimulators;

  beforeAll(async () => {
    sims = await startCrmSimulators({ bananaPort: 0, strawberryPort: 0, bananaCases: CASES, strawberryCases: CASES });
  });
  afterAll(() => sims.close());

  it('pulls both vendors completely, each case exactly once', async () => {
    const [cases, tickets] = await Promise.all([
      pullBanana(sims.bananaUrl, { pageSize: 500 }),
      pullStrawberry(sims.strawberryUrl, { limit: 200 }),
    ]);
    expect(cases).toHaveLength(CASES);
    expect(new Set(cases.map((c) => c.case_id)).size).toBe(CASES);
    expect(tickets).toHaveLength(CASES);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(CASES);
  });
});
