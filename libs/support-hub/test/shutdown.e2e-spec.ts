import { DataSource } from 'typeorm';
import { dataSourceOptions, parseDatabaseUrl } from '@contactly/platform';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import { RefreshRun } from '../src/refresh/refresh-run.entity.js';
import { createHubTestApp, HUB, setFaults } from './support-hub-test-app.js';

describe('shutting down during a refresh', () => {
  it('cancels the pulls, records the run as failed, and does not hold the shutdown', async () => {
    const ctx = await createHubTestApp({ env: { SUPPORT_HUB_HTTP_TIMEOUT_MS: '30000' } });
    try {
      await setFaults(ctx.sims.bananaUrl, { latencyMs: 20_000 });
      const started = await ctx.t.http.post(`${HUB}/refresh`).set('Authorization', ADMIN_AUTH).expect(202);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const closing = Date.now();
      await ctx.t.app.close();
      expect(Date.now() - closing).toBeLessThan(5_000);

      const db = await new DataSource(
        dataSourceOptions(parseDatabaseUrl(ctx.t.database.url), { entities: [RefreshRun], migrations: [] }),
      ).initialize();
      try {
        const run = await db.getRepository(RefreshRun).findOneByOrFail({ id: started.body.id });
        expect(run).toMatchObject({ status: 'failed', error: expect.stringContaining('shutting down') });
      } finally {
        await db.destroy();
      }
    } finally {
      await ctx.t.database.drop();
      await ctx.sims.close();
    }
  });
});
