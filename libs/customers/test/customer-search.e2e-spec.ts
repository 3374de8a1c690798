import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCustomersTestApp, newAffiliate, newIndividualCustomer } from './customers-test-app.js';

const SEARCH = '/api/v1/customers/search';
const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';

interface Hit {
  id: number;
  name: string;
  segment: string;
  email: string | null;
  affiliateId: number | null;
}

describe('GET /api/v1/customers/search', () => {
  let t: TestApp;
  // Unique per run, so the test data of one file never matches another's words.
  const tag = `q${Date.now().toString(36)}`;
  const search = async (q: string, auth = ADMIN_AUTH, extra = '') => {
    const res = await t.http
      .get(`${SEARCH}?q=${encodeURIComponent(q)}${extra}`)
      .set('Authorization', auth)
      .expect(200);
    return { hits: res.body as Hit[], total: Number(res.headers['x-total-count']) };
  };
  const ids = async (q: string, auth = ADMIN_AUTH) => (await search(q, auth)).hits.map((h) => Number(h.id));

  beforeAll(async () => {
    t = await createCustomersTestApp();
  });
  afterAll(() => t.close());

  it('finds a customer by the start of the given name, the family name, the email and the phone, whatever the case', async () => {
    const c = await newIndividualCustomer(t, ADMIN_AUTH, {
      givenName: `Zelda${tag}`,
      familyName: `Quorn${tag}`,
      email: `zq.${tag}@mail.example`,
      phone: '+372 5550 1234',
    });
    const id = Number(c.id);
    expect(await ids(`zelda${tag}`)).toContain(id);
    expect(await ids(`ZELDA${tag.slice(0, 3)}`)).toContain(id);
    expect(await ids(`quorn${tag}`)).toContain(id);
    expect(await ids(`zq.${tag}`)).toContain(id);
    expect(await ids(`zq.${tag}@mail.example`)).toContain(id);
    expect(await ids('+372 5550 12')).toContain(id);
    expect(await ids('3725550')).toContain(id);
    const [hit] = (await search(`quorn${tag}`)).hits;
    expect(hit).toMatchObject({ id, name: `Zelda${tag} Quorn${tag}`, segment: 'B2C', email: `zq.${tag}@mail.example` });
  });

  it('finds an organization by its trading name, and Cyrillic names in any case', async () => {
    const org = await t.http
      .post('/tmf-api/party/v4/organization')
      .set('Authorization', ADMIN_AUTH)
      .send({ tradingName: `Северсталь ${tag}`, name: `ООО Северсталь ${tag}` })
      .expect(201);
    await t.http
      .post(CUSTOMERS)
      .set('Authorization', ADMIN_AUTH)
      .send({ name: `Северсталь ${tag}`, engagedParty: { id: org.body.id } })
      .expect(201);
    const hits = (await search(`северс ${tag}`)).hits;
    expect(hits.map((h) => Number(h.id))).toEqual([Number(org.body.id)]);
    expect(hits[0]).toMatchObject({ name: `Северсталь ${tag}`, segment: 'B2B' });
  });

  it('several words narrow the search: each must start one of the names', async () => {
    const a = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Anna', familyName: `Narrow${tag}` });
    const b = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Boris', familyName: `Narrow${tag}` });
    expect((await ids(`narrow${tag}`)).sort()).toEqual([Number(a.id), Number(b.id)].sort());
    expect(await ids(`narrow${tag} ann`)).toEqual([Number(a.id)]);
    expect(await ids(`bor narrow${tag}`)).toEqual([Number(b.id)]);
    expect(await ids(`narrow${tag} zzz`)).toEqual([]);
  });

  it('ranks the id first, then an exact word, then longer names that start with it', async () => {
    const longer = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Rank', familyName: `Exact${tag}son` });
    const exact = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Rank', familyName: `Exact${tag}` });
    expect(await ids(`exact${tag}`)).toEqual([Number(exact.id), Number(longer.id)]);
    const byId = await ids(String(longer.id));
    expect(byId[0]).toBe(Number(longer.id));
  });

  it('pages the ranked matches with offset and limit, and counts them all', async () => {
    for (let i = 0; i < 5; i += 1) await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Page', familyName: `Paged${tag}${i}` });
    const all = await search(`paged${tag}`);
    expect(all.total).toBe(5);
    const first = await search(`paged${tag}`, ADMIN_AUTH, '&limit=2');
    const second = await search(`paged${tag}`, ADMIN_AUTH, '&limit=2&offset=2');
    expect(first.total).toBe(5);
    expect(first.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(2);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.hits.slice(0, 4).map((h) => h.id));
    const past = await search(`paged${tag}`, ADMIN_AUTH, '&limit=2&offset=10');
    expect(past).toEqual({ hits: [], total: 5 });
    const countOnly = await search(`paged${tag}`, ADMIN_AUTH, '&limit=0');
    expect(countOnly).toEqual({ hits: [], total: 5 });
  });

  it('treats % and _ as plain characters', async () => {
    const literal = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Percent', familyName: `${tag}%_deal` });
    await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Percent', familyName: `${tag}ab_deal` });
    expect(await ids(`${tag}%`)).toEqual([Number(literal.id)]);
    expect(await ids(`${tag}%_`)).toEqual([Number(literal.id)]);
    expect(await ids(`${tag}_`)).toEqual([]);
    expect(await ids('%')).toEqual([]);
  });

  it('finds customers only: a party that is not (or no longer) a customer is not found, and renames are followed', async () => {
    const party = await t.http
      .post('/tmf-api/party/v4/individual')
      .set('Authorization', ADMIN_AUTH)
      .send({ givenName: 'Only', familyName: `Party${tag}` })
      .expect(201);
    expect(await ids(`party${tag}`)).toEqual([]);
    await t.http
      .post(CUSTOMERS)
      .set('Authorization', ADMIN_AUTH)
      .send({ name: 'Now a customer', engagedParty: { id: party.body.id } })
      .expect(201);
    expect(await ids(`party${tag}`)).toEqual([Number(party.body.id)]);
    const current = await t.http.get(`/tmf-api/party/v4/individual/${party.body.id}`).set('Authorization', ADMIN_AUTH).expect(200);
    await t.http
      .patch(`/tmf-api/party/v4/individual/${party.body.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', current.headers.etag)
      .send({ familyName: `Renamed${tag}` })
      .expect(200);
    expect(await ids(`party${tag}`)).toEqual([]);
    expect(await ids(`renamed${tag}`)).toEqual([Number(party.body.id)]);
    await t.http.delete(`${CUSTOMERS}/${party.body.id}`).set('Authorization', ADMIN_AUTH).expect(204);
    expect(await ids(`renamed${tag}`)).toEqual([]);
  });

  it('an affiliate finds only its own customers, by name and by id', async () => {
    const north = await newAffiliate(t, ADMIN_AUTH);
    const south = await newAffiliate(t, ADMIN_AUTH);
    const own = await newIndividualCustomer(t, north.auth, { givenName: 'Scoped', familyName: `Scope${tag}` });
    const other = await newIndividualCustomer(t, south.auth, { givenName: 'Scoped', familyName: `Scope${tag}` });
    const house = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Scoped', familyName: `Scope${tag}` });
    expect(await ids(`scope${tag}`, north.auth)).toEqual([Number(own.id)]);
    expect(await ids(`scope${tag}`, south.auth)).toEqual([Number(other.id)]);
    expect((await ids(`scope${tag}`)).sort()).toEqual([Number(own.id), Number(other.id), Number(house.id)].sort());
    expect(await ids(String(other.id), north.auth)).not.toContain(Number(other.id));
    expect((await search(`scope${tag}`, north.auth)).hits[0].affiliateId).toBe(north.id);
  });

  it.each([
    ['', 'q'],
    ['   ', 'q'],
    ['x'.repeat(201), 'q'],
  ])('refuses q=%j with 400 naming %s', async (q, field) => {
    const res = await t.http
      .get(`${SEARCH}?q=${encodeURIComponent(q)}`)
      .set('Authorization', ADMIN_AUTH)
      .expect(400);
    expect(res.body['@type']).toBe('Error');
    expect(JSON.stringify(res.body.details ?? res.body.message)).toContain(field);
  });

  it('refuses a missing q and a bad limit with 400', async () => {
    await t.http.get(SEARCH).set('Authorization', ADMIN_AUTH).expect(400);
    await t.http.get(`${SEARCH}?q=a&limit=-1`).set('Authorization', ADMIN_AUTH).expect(400);
  });
});
