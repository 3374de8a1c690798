import { StateHistoryRepository } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCustomersTestApp, newAffiliate, newIndividualCustomer, newSubscriberLogin } from './customers-test-app.js';

const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';
const INDIVIDUALS = '/tmf-api/party/v4/individual';
const ORGANIZATIONS = '/tmf-api/party/v4/organization';

describe('TMF629 customers and TMF632 parties', () => {
  let t: TestApp;
  const count = async (path: string) =>
    Number((await t.http.get(`${path}?limit=0`).set('Authorization', ADMIN_AUTH)).headers['x-total-count']);
  const events = async (type: string) =>
    (await t.db.dataSource.query('SELECT event_type, payload FROM outbox_event WHERE event_type = ?', [type])) as {
      event_type: string;
      payload: string;
    }[];

  beforeAll(async () => {
    t = await createCustomersTestApp();
  });
  afterAll(() => t.close());

  describe('create', () => {
    it('creates an individual and makes it a customer, with href = Location and @type', async () => {
      const party = await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({
          givenName: 'Maria',
          familyName: 'Ivanova',
          birthDate: '1990-04-12',
          contactMedium: [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: 'Maria.Ivanova@Example.com' } }],
        })
        .expect(201);
      expect(party.headers.location).toBe(party.body.href);
      expect(party.body).toMatchObject({ '@type': 'Individual', givenName: 'Maria', fullName: 'Maria Ivanova', status: 'initialized' });
      expect(party.body.contactMedium[0].characteristic.emailAddress).toBe('maria.ivanova@example.com');
      const customer = await t.http
        .post(CUSTOMERS)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'Maria Ivanova', engagedParty: { id: party.body.id, '@referredType': 'Individual' } })
        .expect(201);
      expect(customer.headers.location).toBe(customer.body.href);
      expect(customer.body).toMatchObject({
        '@type': 'Customer',
        id: party.body.id,
        status: 'active',
        engagedParty: { id: party.body.id, '@referredType': 'Individual', href: party.body.href },
        characteristic: [{ name: 'segment', value: 'B2C' }],
      });
      expect((await events('CustomerCreateEvent')).some((e) => JSON.parse(e.payload).customer.id === party.body.id)).toBe(true);
      expect((await events('IndividualCreateEvent')).length).toBeGreaterThan(0);
    });

    it('creates an organization customer (B2B)', async () => {
      const org = await t.http
        .post(ORGANIZATIONS)
        .set('Authorization', ADMIN_AUTH)
        .send({ tradingName: 'Acme Telecom', name: 'Acme Telecom Services Ltd' })
        .expect(201);
      expect(org.body).toMatchObject({ '@type': 'Organization', tradingName: 'Acme Telecom', isLegalEntity: true });
      const customer = await t.http
        .post(CUSTOMERS)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'Acme', engagedParty: { id: org.body.id } })
        .expect(201);
      expect(customer.body.characteristic).toEqual([{ name: 'segment', valueType: 'string', value: 'B2B' }]);
      expect(customer.body.engagedParty['@referredType']).toBe('Organization');
    });

    it('refuses a customer whose engaged party does not exist (422) and writes nothing', async () => {
      const before = await count(CUSTOMERS);
      for (const id of ['999999', 'abc', '']) {
        const res = await t.http.post(CUSTOMERS).set('Authorization', ADMIN_AUTH).send({ name: 'Ghost', engagedParty: { id } });
        expect([400, 422]).toContain(res.status);
        expect(res.body['@type']).toBe('Error');
      }
      expect(await count(CUSTOMERS)).toBe(before);
    });

    it('refuses to make a party a customer twice (409)', async () => {
      const { partyId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const res = await t.http
        .post(CUSTOMERS)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'Again', engagedParty: { id: partyId } })
        .expect(409);
      expect(res.body.code).toBe('CUSTOMER_EXISTS');
    });

    it.each([
      [INDIVIDUALS, {}, ['givenName', 'familyName']],
      [INDIVIDUALS, { givenName: 'Only' }, ['familyName']],
      [ORGANIZATIONS, {}, ['tradingName']],
      [CUSTOMERS, {}, ['name', 'engagedParty']],
    ])('refuses missing mandatory attributes on %s with 400 naming them', async (path, body, fields) => {
      const res = await t.http.post(path).set('Authorization', ADMIN_AUTH).send(body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(fields));
    });

    it.each([
      [{ mediumType: 'email', characteristic: { emailAddress: 'not-an-email' } }, 'contactMedium[0].characteristic.emailAddress'],
      [{ mediumType: 'phone', characteristic: { phoneNumber: '12ab' } }, 'contactMedium[0].characteristic.phoneNumber'],
      [{ mediumType: 'fax', characteristic: {} }, 'contactMedium.0.mediumType'],
    ])('refuses an invalid contact medium %j', async (medium, field) => {
      const before = await count(INDIVIDUALS);
      const res = await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'Bad', familyName: 'Contact', contactMedium: [medium] })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await count(INDIVIDUALS)).toBe(before);
    });

    it('refuses a birth date in the future, and one that is not a date', async () => {
      const future = await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'Future', familyName: 'Born', birthDate: '2999-01-01' })
        .expect(400);
      expect(future.body.code).toBe('BIRTH_DATE_IN_FUTURE');
      await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'Bad', familyName: 'Date', birthDate: '2001-02-30' })
        .expect(400);
    });

    it('refuses names over the length limit, and keeps Cyrillic and emoji exactly', async () => {
      await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'x'.repeat(101), familyName: 'Long' })
        .expect(400);
      const res = await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'Ёлка 🎄', familyName: 'Щукина-Жёлтая' })
        .expect(201);
      const read = await t.http.get(`${INDIVIDUALS}/${res.body.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body).toMatchObject({ givenName: 'Ёлка 🎄', familyName: 'Щукина-Жёлтая', fullName: 'Ёлка 🎄 Щукина-Жёлтая' });
    });
  });

  describe('read, list, update, delete', () => {
    it('lists with the TMF conventions: fields, filters on first-level attributes, headers', async () => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Filter', familyName: 'Target' });
      const byName = await t.http.get(`${CUSTOMERS}?name=Filter%20Target&fields=name,status`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byName.headers['x-total-count']).toBe('1');
      expect(byName.body).toEqual([
        { id, href: expect.stringContaining(`/customer/${id}`), name: 'Filter Target', status: 'active', '@type': 'Customer' },
      ]);
      const byId = await t.http.get(`${CUSTOMERS}?id=${id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byId.body.map((c: { id: string }) => c.id)).toEqual([id]);
      const byHref = await t.http.get(CUSTOMERS).query({ href: byId.body[0].href }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byHref.body.map((c: { id: string }) => c.id)).toEqual([id]);
      const nothing = await t.http.get(`${CUSTOMERS}?id=not-a-number`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(nothing.body).toEqual([]);
      const recent = await t.http
        .get(CUSTOMERS)
        .query({ 'lastUpdate.gte': byId.body[0].lastUpdate, status: 'active' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(recent.body.map((c: { id: string }) => c.id)).toContain(id);
      await t.http.get(`${CUSTOMERS}?status=dancing`).set('Authorization', ADMIN_AUTH).expect(400);
      const individuals = await t.http
        .get(`${INDIVIDUALS}?familyName=Target&givenName=Filter`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(individuals.body).toHaveLength(1);
    });

    it.each(['abc', '0', '-5', '1.5', '99999999', "1'--"])('answers 404 for the id %p on every resource', async (id) => {
      for (const path of [CUSTOMERS, INDIVIDUALS, ORGANIZATIONS]) {
        const res = await t.http
          .get(`${path}/${encodeURIComponent(id)}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
        expect(res.body['@type']).toBe('Error');
        await t.http
          .patch(`${path}/${encodeURIComponent(id)}`)
          .set('Authorization', ADMIN_AUTH)
          .send({})
          .expect(404);
        await t.http
          .delete(`${path}/${encodeURIComponent(id)}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
      }
    });

    it('patches with merge-patch, moves through the status lifecycle and records state events', async () => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const suspended = await t.http
        .patch(`${CUSTOMERS}/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ status: 'suspended', statusReason: 'Payment overdue' }))
        .expect(200);
      expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: 'Payment overdue' });
      expect((await events('CustomerStateChangeEvent')).some((e) => JSON.parse(e.payload).customer.id === id)).toBe(true);
      await t.http.patch(`${CUSTOMERS}/${id}`).set('Authorization', ADMIN_AUTH).send({ status: 'closed' }).expect(200);
      const reopen = await t.http.patch(`${CUSTOMERS}/${id}`).set('Authorization', ADMIN_AUTH).send({ status: 'active' }).expect(409);
      expect(reopen.body.code).toBe('INVALID_STATE_TRANSITION');
    });

    it('declares the customer process: a move off its table is the one 409 naming from, to and the allowed states, and changes nothing', async () => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const path = `${CUSTOMERS}/${id}`;
      await t.http.patch(path).set('Authorization', ADMIN_AUTH).send({ status: 'closed', statusReason: 'Moved abroad' }).expect(200);
      const history = () => t.get(StateHistoryRepository).historyOf('customer', id);
      expect((await history()).map((h) => ({ from: h.fromState, to: h.toState, reason: h.reason, by: h.actorName }))).toEqual([
        { from: 'active', to: 'closed', reason: 'Moved abroad', by: 'Admin' },
      ]);
      expect(
        (await events('CustomerStateChangeEvent'))
          .filter((e) => JSON.parse(e.payload).customer.id === id)
          .map((e) => JSON.parse(e.payload).customer.status),
      ).toEqual(['closed']);
      const before = await t.http.get(path).set('Authorization', ADMIN_AUTH).expect(200);
      const refused = await t.http
        .patch(path)
        .set('Authorization', ADMIN_AUTH)
        .send({ status: 'suspended', name: 'Not this either' })
        .expect(409);
      expect(refused.body).toMatchObject({
        '@type': 'Error',
        code: 'INVALID_STATE_TRANSITION',
        status: '409',
        message: `Customer ${id} is closed: it cannot become suspended (closed is final)`,
        from: 'closed',
        to: 'suspended',
        allowed: [],
      });
      const after = await t.http.get(path).set('Authorization', ADMIN_AUTH).expect(200);
      expect(after.body).toEqual(before.body);
      expect(after.headers.etag).toBe(before.headers.etag);
      expect(await history()).toHaveLength(1);
      const active = await newIndividualCustomer(t, ADMIN_AUTH);
      expect(
        (await t.http.patch(`${CUSTOMERS}/${active.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'pending' }).expect(409)).body,
      ).toMatchObject({
        message: `Customer ${active.id} is active: it cannot become pending (from active it can become suspended or closed)`,
        from: 'active',
        to: 'pending',
        allowed: ['suspended', 'closed'],
      });
    });

    it('refuses a PATCH that changes id, href or the owning affiliate (400), but accepts them unchanged', async () => {
      const { id, href } = await newIndividualCustomer(t, ADMIN_AUTH);
      for (const body of [{ id: '1' }, { href: 'http://elsewhere/customer/1' }, { relatedParty: [{ id: '7', role: 'affiliate' }] }]) {
        const res = await t.http.patch(`${CUSTOMERS}/${id}`).set('Authorization', ADMIN_AUTH).send(body).expect(400);
        expect(res.body.code).toBe('IMMUTABLE_ATTRIBUTE');
      }
      await t.http.patch(`${CUSTOMERS}/${id}`).set('Authorization', ADMIN_AUTH).send({ id, href, name: 'Same Ids' }).expect(200);
    });

    it('refuses a stale If-Match with 412 and loses no update when two PATCHes race', async () => {
      const { partyId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const read = await t.http.get(`${INDIVIDUALS}/${partyId}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http
        .patch(`${INDIVIDUALS}/${partyId}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', read.headers.etag)
        .send({ title: 'Dr' })
        .expect(200);
      await t.http
        .patch(`${INDIVIDUALS}/${partyId}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', read.headers.etag)
        .send({ title: 'Prof' })
        .expect(412);
      await Promise.all([
        t.http.patch(`${INDIVIDUALS}/${partyId}`).set('Authorization', ADMIN_AUTH).send({ gender: 'female' }).expect(200),
        t.http.patch(`${INDIVIDUALS}/${partyId}`).set('Authorization', ADMIN_AUTH).send({ nationality: 'GB' }).expect(200),
      ]);
      const now = await t.http.get(`${INDIVIDUALS}/${partyId}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(now.body).toMatchObject({ title: 'Dr', gender: 'female', nationality: 'GB' });
    });

    it('deletes a customer (the party stays) and then the party', async () => {
      const { id, partyId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const blocked = await t.http.delete(`${INDIVIDUALS}/${partyId}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(blocked.body.code).toBe('PARTY_IS_CUSTOMER');
      await t.http.delete(`${CUSTOMERS}/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`${CUSTOMERS}/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.get(`${INDIVIDUALS}/${partyId}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http.delete(`${INDIVIDUALS}/${partyId}`).set('Authorization', ADMIN_AUTH).expect(204);
      expect((await events('CustomerDeleteEvent')).some((e) => JSON.parse(e.payload).customer.id === id)).toBe(true);
      expect((await events('IndividualDeleteEvent')).some((e) => JSON.parse(e.payload).individual.id === partyId)).toBe(true);
    });

    it('registers and removes hub listeners', async () => {
      const hub = await t.http
        .post('/tmf-api/customerManagement/v4/hub')
        .set('Authorization', ADMIN_AUTH)
        .send({ callback: 'https://partner.example.com/events', query: 'eventType=CustomerCreateEvent' })
        .expect(201);
      expect(hub.body).toMatchObject({ id: expect.any(String), callback: 'https://partner.example.com/events' });
      await t.http.post('/tmf-api/customerManagement/v4/hub').set('Authorization', ADMIN_AUTH).send({ callback: 'not a url' }).expect(400);
      await t.http.delete(`/tmf-api/customerManagement/v4/hub/${hub.body.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.delete(`/tmf-api/customerManagement/v4/hub/${hub.body.id}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http
        .post('/tmf-api/party/v4/hub')
        .set('Authorization', ADMIN_AUTH)
        .send({ callback: 'https://partner.example.com/party' })
        .expect(201);
    });
  });

  describe('the event feed', () => {
    it('serves every change in commit order, resumable from a sequence number, to events:read only', async () => {
      const first = (await t.http.get('/api/v1/events?resourceType=customer&limit=1000').set('Authorization', ADMIN_AUTH).expect(200))
        .body as { sequence: number; eventType: string }[];
      const last = first[first.length - 1]?.sequence ?? 0;
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH, { familyName: 'Feedling' });
      const next = (await t.http.get(`/api/v1/events?resourceType=customer&after=${last}`).set('Authorization', ADMIN_AUTH).expect(200))
        .body as { sequence: number; eventType: string; event: { customer: { id: string } } }[];
      expect(next).toEqual([
        expect.objectContaining({ eventType: 'CustomerCreateEvent', event: { customer: expect.objectContaining({ id }) } }),
      ]);
      expect(next[0].sequence).toBeGreaterThan(last);
      const affiliate = await newAffiliate(t, ADMIN_AUTH);
      await t.http.get('/api/v1/events').set('Authorization', affiliate.auth).expect(403);
      await t.http.get('/api/v1/events?after=abc').set('Authorization', ADMIN_AUTH).expect(400);
    });
  });

  describe('scope', () => {
    it('names the owning affiliate, and follows its rename at once', async () => {
      const owner = await newAffiliate(t, ADMIN_AUTH);
      const customer = await newIndividualCustomer(t, owner.auth, { familyName: 'Renamedowner' });
      const before = await t.http.get(`${CUSTOMERS}/${customer.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(before.body.relatedParty).toEqual([expect.objectContaining({ id: String(owner.id), name: owner.name, role: 'affiliate' })]);
      await t.http
        .patch(`/api/v1/affiliates/${owner.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"1"')
        .send({ name: `${owner.name} Renamed` })
        .expect(200);
      const after = await t.http.get(`${CUSTOMERS}/${customer.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(after.body.relatedParty).toEqual([expect.objectContaining({ id: String(owner.id), name: `${owner.name} Renamed` })]);
    });

    it('gives an affiliate its own customers only; others read as 404', async () => {
      const north = await newAffiliate(t, ADMIN_AUTH);
      const south = await newAffiliate(t, ADMIN_AUTH);
      const mine = await newIndividualCustomer(t, north.auth, { familyName: 'Northling' });
      const theirs = await newIndividualCustomer(t, south.auth, { familyName: 'Southling' });
      const own = await t.http.get(`${CUSTOMERS}/${mine.id}`).set('Authorization', north.auth).expect(200);
      expect(own.body.relatedParty).toEqual([expect.objectContaining({ id: String(north.id), role: 'affiliate' })]);
      await t.http.get(`${CUSTOMERS}/${theirs.id}`).set('Authorization', north.auth).expect(404);
      await t.http.get(`${INDIVIDUALS}/${theirs.partyId}`).set('Authorization', north.auth).expect(404);
      await t.http.patch(`${CUSTOMERS}/${theirs.id}`).set('Authorization', north.auth).send({ name: 'Hijacked' }).expect(404);
      await t.http.delete(`${CUSTOMERS}/${theirs.id}`).set('Authorization', north.auth).expect(404);
      const list = await t.http.get(CUSTOMERS).set('Authorization', north.auth).expect(200);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([mine.id]);
      // An affiliate cannot make another affiliate's party its customer.
      const other = await t.http
        .post(INDIVIDUALS)
        .set('Authorization', south.auth)
        .send({ givenName: 'Not', familyName: 'Yours' })
        .expect(201);
      await t.http
        .post(CUSTOMERS)
        .set('Authorization', north.auth)
        .send({ name: 'Stolen', engagedParty: { id: other.body.id } })
        .expect(422);
      // Staff see both, and can filter by affiliate.
      const byOwner = await t.http.get(`${CUSTOMERS}?affiliateId=${south.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byOwner.body.map((c: { id: string }) => c.id)).toEqual([theirs.id]);
    });

    it('lets a subscriber see and edit only themself', async () => {
      const me = await newIndividualCustomer(t, ADMIN_AUTH, { familyName: 'Selfish' });
      const someoneElse = await newIndividualCustomer(t, ADMIN_AUTH, { familyName: 'Other' });
      const login = await newSubscriberLogin(t, Number(me.id));
      await t.http.get(`${CUSTOMERS}/${me.id}`).set('Authorization', login.auth).expect(200);
      await t.http.get(`${CUSTOMERS}/${someoneElse.id}`).set('Authorization', login.auth).expect(404);
      const list = await t.http.get(CUSTOMERS).set('Authorization', login.auth).expect(200);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([me.id]);
      await t.http
        .patch(`${INDIVIDUALS}/${me.partyId}`)
        .set('Authorization', login.auth)
        .send({ contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'me@selfish.example' } }] })
        .expect(200);
      await t.http.patch(`${INDIVIDUALS}/${someoneElse.partyId}`).set('Authorization', login.auth).send({ title: 'Mr' }).expect(404);
      await t.http.post(INDIVIDUALS).set('Authorization', login.auth).send({ givenName: 'New', familyName: 'Person' }).expect(403);
      const selfStatus = await t.http
        .patch(`${CUSTOMERS}/${me.id}`)
        .set('Authorization', login.auth)
        .send({ status: 'closed' })
        .expect(403);
      expect(selfStatus.body.code).toBe('STATUS_NOT_SELF_SERVICE');
      await t.http.patch(`${CUSTOMERS}/${me.id}`).set('Authorization', login.auth).send({ name: 'Selfish Renamed' }).expect(200);
      await t.http.get('/api/v1/customers/search?q=other').set('Authorization', login.auth).expect(403);
    });

    it("lets a subscriber edit their party's details but not its status, which the affiliate or staff set", async () => {
      const affiliate = await newAffiliate(t, ADMIN_AUTH);
      const me = await newIndividualCustomer(t, affiliate.auth, { familyName: 'Unvalidated' });
      const login = await newSubscriberLogin(t, Number(me.id));
      const statusOf = async () =>
        (await t.http.get(`${INDIVIDUALS}/${me.partyId}`).set('Authorization', ADMIN_AUTH).expect(200)).body as {
          status: string;
          familyName: string;
          version?: number;
        };
      const before = await statusOf();
      for (const patch of [{ status: 'validated' }, { status: 'validated', familyName: 'Sneaky' }, { status: 'deceased' }]) {
        const res = await t.http
          .patch(`${INDIVIDUALS}/${me.partyId}`)
          .set('Authorization', login.auth)
          .set('Content-Type', 'application/merge-patch+json')
          .send(JSON.stringify(patch))
          .expect(403);
        expect(res.body).toMatchObject({ '@type': 'Error', code: 'STATUS_NOT_SELF_SERVICE', status: '403' });
      }
      expect(await statusOf()).toEqual(before);
      await t.http.patch(`${INDIVIDUALS}/${me.partyId}`).set('Authorization', login.auth).send({ familyName: 'Selfedited' }).expect(200);
      expect(await statusOf()).toMatchObject({ status: 'initialized', familyName: 'Selfedited' });
      await t.http.patch(`${INDIVIDUALS}/${me.partyId}`).set('Authorization', affiliate.auth).send({ status: 'validated' }).expect(200);
      expect((await statusOf()).status).toBe('validated');
      await t.http.patch(`${INDIVIDUALS}/${me.partyId}`).set('Authorization', ADMIN_AUTH).send({ status: 'initialized' }).expect(200);
      expect((await statusOf()).status).toBe('initialized');
    });
  });
});
