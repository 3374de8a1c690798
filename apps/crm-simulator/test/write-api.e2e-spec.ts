import { type CrmSimulators, startCrmSimulators } from '../src/index.js';
import type { BananaCase } from '../src/banana/banana-case.js';
import type { StrawberryTicket } from '../src/strawberry/strawberry-ticket.js';
import { BANANA_HEADERS, pullBanana, pullStrawberry, sendJson, STRAWBERRY_HEADERS } from './crm-simulator-client.js';

describe('CRM simulators: write API', () => {
  let sims: CrmSimulators;

  beforeAll(async () => {
    sims = await startCrmSimulators({ bananaPort: 0, strawberryPort: 0, bananaCases: 120, strawberryCases: 90 });
  });
  afterAll(() => sims.close());

  describe('Banana', () => {
    const newCase = {
      vendor: { name: 'VODAFONE UK', region: 'EU' },
      err_code: 'E-1101',
      state: 'OPEN',
      title: 'SIM activation fails',
      details: 'Written by a test',
      customer_ref: 'maria.smith0@mail.example',
    };

    it('adds a case with the next id; it lists last and in an incremental pull', async () => {
      const before = await pullBanana(sims.bananaUrl);
      const response = await sendJson('POST', `${sims.bananaUrl}/api/cases`, newCase, BANANA_HEADERS);
      expect(response.status).toBe(201);
      const created = (await response.json()) as BananaCase;
      expect(created).toMatchObject({ ...newCase, case_id: 'BAN-000121' });
      expect(created.created_ms).toBe(created.updated_ms);

      const after = await pullBanana(sims.bananaUrl, { pageSize: 50 });
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)).toEqual(created);
      expect(await pullBanana(sims.bananaUrl, { updatedSince: created.updated_ms })).toEqual([created]);
    });

    it('changes a case: merges the fields, bumps updated_ms, moves it to the end', async () => {
      const [oldest] = await pullBanana(sims.bananaUrl);
      const response = await sendJson(
        'PATCH',
        `${sims.bananaUrl}/api/cases/${oldest.case_id}`,
        { state: 'CLOSED', vendor: { name: 'Vodafone UK' } },
        BANANA_HEADERS,
      );
      expect(response.status).toBe(200);
      const changed = (await response.json()) as BananaCase;
      expect(changed).toEqual({
        ...oldest,
        state: 'CLOSED',
        vendor: { ...oldest.vendor, name: 'Vodafone UK' },
        updated_ms: changed.updated_ms,
      });
      expect(changed.updated_ms).toBeGreaterThan(oldest.updated_ms);
      expect((await pullBanana(sims.bananaUrl)).at(-1)).toEqual(changed);
    });

    it('deletes a case: 204, then it is gone from the listing and a second delete is 404', async () => {
      const all = await pullBanana(sims.bananaUrl);
      const victim = all[10];
      expect((await fetch(`${sims.bananaUrl}/api/cases/${victim.case_id}`, { method: 'DELETE', headers: BANANA_HEADERS })).status).toBe(
        204,
      );
      const after = await pullBanana(sims.bananaUrl);
      expect(after).toHaveLength(all.length - 1);
      expect(after.find((c) => c.case_id === victim.case_id)).toBeUndefined();
      const again = await fetch(`${sims.bananaUrl}/api/cases/${victim.case_id}`, { method: 'DELETE', headers: BANANA_HEADERS });
      expect(again.status).toBe(404);
      expect(await again.json()).toMatchObject({ err: 'not_found' });
    });

    it.each([
      ['a missing field', { ...newCase, title: undefined }],
      ['an unknown field', { ...newCase, priority: 'high' }],
      ['an unknown state', { ...newCase, state: 'open' }],
      ['a client-chosen id', { ...newCase, case_id: 'BAN-999999' }],
    ])('refuses a case with %s (400)', async (_what, body) => {
      const response = await sendJson('POST', `${sims.bananaUrl}/api/cases`, body, BANANA_HEADERS);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ err: 'bad_request', detail: expect.any(String) });
    });

    it('answers 404 for a change to an unknown case', async () => {
      expect((await sendJson('PATCH', `${sims.bananaUrl}/api/cases/BAN-nope`, { state: 'CLOSED' }, BANANA_HEADERS)).status).toBe(404);
    });
  });

  describe('Strawberry', () => {
    const newTicket = {
      provider: { displayName: 'Vodafone' },
      errorCode: 'ERR-1101',
      subject: 'SIM activation fails',
      customer: { email: 'maria.smith0@mail.example' },
    };

    it('adds a ticket (open by default, provider id derived); it lists last and in an incremental pull', async () => {
      const before = await pullStrawberry(sims.strawberryUrl);
      const response = await sendJson('POST', `${sims.strawberryUrl}/v2/tickets`, newTicket, STRAWBERRY_HEADERS);
      expect(response.status).toBe(201);
      const created = (await response.json()) as StrawberryTicket;
      expect(created).toMatchObject({ ...newTicket, provider: { id: 'prv-vodafone', displayName: 'Vodafone' }, status: 'open', body: '' });
      expect(created.id).toMatch(/^st_[0-9a-f]{16}$/);

      const after = await pullStrawberry(sims.strawberryUrl, { limit: 25 });
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)).toEqual(created);
      expect(await pullStrawberry(sims.strawberryUrl, { updatedSince: created.updatedAt })).toEqual([created]);
    });

    it('changes a ticket: merges, bumps updatedAt, and a pull already under way still meets every ticket', async () => {
      const firstPage = await pullFirstPage(sims.strawberryUrl, 10);
      const target = firstPage.data[3];
      const response = await sendJson(
        'PATCH',
        `${sims.strawberryUrl}/v2/tickets/${target.id}`,
        { status: 'resolved', customer: null },
        STRAWBERRY_HEADERS,
      );
      expect(response.status).toBe(200);
      const changed = (await response.json()) as StrawberryTicket;
      expect(changed).toEqual({ ...target, status: 'resolved', customer: null, updatedAt: changed.updatedAt });
      expect(changed.updatedAt > target.updatedAt).toBe(true);

      // Keyset paging: the cursor of the first page still leads through every other ticket, and the changed one comes again at the end.
      const rest = await pullRest(sims.strawberryUrl, firstPage.nextCursor);
      const seen = new Set([...firstPage.data, ...rest].map((t) => t.id));
      expect(seen.size).toBe((await pullStrawberry(sims.strawberryUrl)).length);
      expect(rest.at(-1)).toEqual(changed);
    });

    it('deletes a ticket: 204, then it is gone and a second delete is 404', async () => {
      const all = await pullStrawberry(sims.strawberryUrl);
      const victim = all[5];
      expect((await fetch(`${sims.strawberryUrl}/v2/tickets/${victim.id}`, { method: 'DELETE', headers: STRAWBERRY_HEADERS })).status).toBe(
        204,
      );
      const after = await pullStrawberry(sims.strawberryUrl);
      expect(after.map((t) => t.id)).toEqual(all.filter((t) => t.id !== victim.id).map((t) => t.id));
      const again = await fetch(`${sims.strawberryUrl}/v2/tickets/${victim.id}`, { method: 'DELETE', headers: STRAWBERRY_HEADERS });
      expect(again.status).toBe(404);
      expect(await again.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });

    it.each([
      ['a missing field', { ...newTicket, subject: undefined }],
      ['an unknown field', { ...newTicket, priority: 'high' }],
      ['an unknown status', { ...newTicket, status: 'OPEN' }],
    ])('refuses a ticket with %s (400)', async (_what, body) => {
      const response = await sendJson('POST', `${sims.strawberryUrl}/v2/tickets`, body, STRAWBERRY_HEADERS);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
    });
  });
});

async function pullFirstPage(baseUrl: string, limit: number): Promise<{ data: StrawberryTicket[]; nextCursor: string }> {
  return (await (await fetch(`${baseUrl}/v2/tickets?limit=${limit}`, { headers: STRAWBERRY_HEADERS })).json()) as {
    data: StrawberryTicket[];
    nextCursor: string;
  };
}

async function pullRest(baseUrl: string, cursor: string | null): Promise<StrawberryTicket[]> {
  const tickets: StrawberryTicket[] = [];
  while (cursor) {
    const page = (await (await fetch(`${baseUrl}/v2/tickets?limit=10&cursor=${cursor}`, { headers: STRAWBERRY_HEADERS })).json()) as {
      data: StrawberryTicket[];
      nextCursor: string | null;
    };
    tickets.push(...page.data);
    cursor = page.nextCursor;
  }
  return tickets;
}
