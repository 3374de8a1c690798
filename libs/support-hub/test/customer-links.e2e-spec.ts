import { ADMIN_AUTH } from '@contactly/platform/testing';
import { newIndividualCustomer } from '@contactly/customers/testing';
import { newUser } from '@contactly/identity/testing';
import {
  BANANA_HEADERS,
  createHubTestApp,
  crmWrite,
  HUB,
  type HubTestContext,
  refreshNow,
  STRAWBERRY_HEADERS,
} from './support-hub-test-app.js';

interface Member {
  id: number;
  externalId: string;
  customerRef: string | null;
  customerId: number | null;
  aggregatedCaseId: number;
}

describe('member cases name the customer their customer reference belongs to', () => {
  let ctx: HubTestContext;
  let customerId: number;
  const email = `ines.links${Date.now().toString(36)}@example.com`;
  const casesOf = async (ref: string, auth = ADMIN_AUTH) =>
    (
      await ctx.t.http
        .get(`${HUB}/cases?customerRef=${encodeURIComponent(ref)}`)
        .set('Authorization', auth)
        .expect(200)
    ).body as Member[];

  beforeAll(async () => {
    ctx = await createHubTestApp({ bananaCases: 20, strawberryCases: 20 });
    customerId = Number((await newIndividualCustomer(ctx.t, ADMIN_AUTH, { givenName: 'Ines', familyName: 'Links', email })).id);
    // A person who is not a customer yet: an email of theirs names no customer.
    await ctx.t.http
      .post('/tmf-api/party/v4/individual')
      .set('Authorization', ADMIN_AUTH)
      .send({
        givenName: 'Paul',
        familyName: 'Prospect',
        contactMedium: [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: 'paul.prospect@example.com' } }],
      })
      .expect(201);
    // The CRMs spell the address as they like.
    await crmWrite('POST', `${ctx.sims.bananaUrl}/api/cases`, BANANA_HEADERS, {
      vendor: { name: 'Vodafone' },
      err_code: 'E-1101',
      state: 'OPEN',
      title: 'No signal',
      customer_ref: email.toUpperCase(),
    });
    await crmWrite('POST', `${ctx.sims.strawberryUrl}/v2/tickets`, STRAWBERRY_HEADERS, {
      provider: { displayName: 'Orange' },
      errorCode: 'e2001',
      subject: 'Bill too high',
      customer: { email },
    });
    await crmWrite('POST', `${ctx.sims.bananaUrl}/api/cases`, BANANA_HEADERS, {
      vendor: { name: 'Vodafone' },
      err_code: 'E-1101',
      state: 'OPEN',
      title: 'Prospect asks',
      customer_ref: 'paul.prospect@example.com',
    });
    await crmWrite('POST', `${ctx.sims.bananaUrl}/api/cases`, BANANA_HEADERS, {
      vendor: { name: 'Vodafone' },
      err_code: 'E-1101',
      state: 'OPEN',
      title: 'Nobody we know',
      customer_ref: 'stranger@nowhere.example',
    });
    await refreshNow(ctx.t);
  });
  afterAll(() => ctx.close());

  it('lists a customer’s cases by email with the customer’s id, whatever the CRM’s spelling', async () => {
    const cases = await casesOf(email);
    expect(cases).toHaveLength(2);
    expect(cases.every((c) => c.customerId === customerId)).toBe(true);
    expect(await casesOf(email.toUpperCase())).toHaveLength(2);
  });

  it('names no customer for an address that is no customer’s (a prospect, a stranger)', async () => {
    const [prospect] = await casesOf('paul.prospect@example.com');
    expect(prospect).toMatchObject({ customerRef: 'paul.prospect@example.com', customerId: null });
    const [stranger] = await casesOf('stranger@nowhere.example');
    expect(stranger).toMatchObject({ customerRef: 'stranger@nowhere.example', customerId: null });
  });

  it('names the customer on the members of an aggregated case, for an engineer too', async () => {
    const [mine] = await casesOf(email);
    const engineer = await newUser(ctx.t, { roles: ['support-engineer'] });
    const detail = (
      await ctx.t.http.get(`${HUB}/aggregated-cases/${mine.aggregatedCaseId}`).set('Authorization', engineer.auth).expect(200)
    ).body as { members: Member[] };
    expect(detail.members.find((m) => m.id === mine.id)).toMatchObject({ customerId });
    expect(detail.members.filter((m) => m.customerRef === 'stranger@nowhere.example').every((m) => m.customerId === null)).toBe(true);
  });

  it('follows the customer’s email when it changes: the old address names nobody any more', async () => {
    await ctx.t.http
      .patch(`/tmf-api/party/v4/individual/${customerId}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ contactMedium: [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: `new.${email}` } }] })
      .expect(200);
    expect((await casesOf(email)).map((c) => c.customerId)).toEqual([null, null]);
  });

  it('keeps customerId selectable and refuses it as a filter (400), changing nothing', async () => {
    const slim = (
      await ctx.t.http
        .get(`${HUB}/cases?customerRef=${encodeURIComponent('paul.prospect@example.com')}&fields=customerId`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body;
    expect(slim[0]).toMatchObject({ id: expect.any(Number), customerId: null });
    expect(slim[0]).not.toHaveProperty('title');
    const before = await casesOf('paul.prospect@example.com');
    const res = await ctx.t.http.get(`${HUB}/cases?customerId=${customerId}`).set('Authorization', ADMIN_AUTH).expect(400);
    expect(res.body).toMatchObject({ '@type': 'Error', code: 'INVALID_LIST_QUERY' });
    expect(await casesOf('paul.prospect@example.com')).toEqual(before);
  });
});
