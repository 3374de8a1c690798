import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCustomersTestApp, newAffiliate, newIndividualCustomer, newSubscriberLogin } from './customers-test-app.js';

const API = '/tmf-api/paymentMethod/v4';
const METHODS = `${API}/paymentMethod`;
const BILLING = '/tmf-api/accountManagement/v4/billingAccount';

const VISA = '4242424242424242';
const MASTERCARD = '5555555555554444';
const DECLINED = '4000000000000002';
/** A CVC no response, event or audit entry may ever carry. */
const CVC = '9371';

type Row = Record<string, unknown>;

/** Every string in a JSON document, at any depth (to look for leaked card data field by field). */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)])
        : [];

describe('TMF670 payment methods', () => {
  let t: TestApp;
  // Cards are checked against the clock: it reads mid-June 2026 for the whole file.
  const clock = new ManualClock('2026-06-15T10:00:00.000Z');

  const card = (overrides: Row = {}) => ({
    cardNumber: VISA,
    expirationDate: '12/28',
    cvc: CVC,
    nameOnCard: 'MARIA IVANOVA',
    ...overrides,
  });
  const add = (auth: string, body: Row) =>
    t.http
      .post(METHODS)
      .set('Authorization', auth)
      .send({ '@type': 'bankCard', name: 'My card', details: card(), ...body });
  const count = async (auth = ADMIN_AUTH) =>
    Number((await t.http.get(`${METHODS}?limit=0`).set('Authorization', auth).expect(200)).headers['x-total-count']);
  const eventsOf = async (type: string, resourceId?: string) =>
    (
      (await t.db.dataSource.query('SELECT resource_id, payload FROM outbox_event WHERE event_type = ? ORDER BY id', [type])) as {
        resource_id: string;
        payload: string;
      }[]
    )
      .filter((e) => resourceId === undefined || e.resource_id === resourceId)
      .map((e) => JSON.parse(e.payload) as Record<string, Row>);
  const eventCount = async () =>
    Number(((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM outbox_event')) as { n: number | string }[])[0].n);
  const preferredOf = async (ownerId: string) =>
    (
      (await t.http.get(METHODS).query({ relatedPartyId: ownerId, isPreferred: 'true' }).set('Authorization', ADMIN_AUTH).expect(200))
        .body as Row[]
    ).map((m) => m.id);

  beforeAll(async () => {
    t = await createCustomersTestApp({ clock });
  });
  afterAll(() => t.close());

  describe('adding a card', () => {
    it('tokenizes a bank card and keeps only brand, last 4, expiry and holder; href = Location', async () => {
      const { id: ownerId, href: customerHref } = await newIndividualCustomer(t, ADMIN_AUTH, {
        givenName: 'Maria',
        familyName: 'Cardholder',
      });
      const res = await add(ADMIN_AUTH, {
        name: 'Maria’s Visa',
        description: 'For the monthly bill',
        relatedParty: { id: ownerId, '@referredType': 'Customer' },
        details: card({ cardNumber: '4242 4242 4242 4242' }),
      }).expect(201);
      expect(res.headers.location).toBe(res.body.href);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toEqual({
        id: expect.any(String),
        href: expect.stringMatching(new RegExp(`${METHODS}/${res.body.id}$`)),
        name: 'Maria’s Visa',
        description: 'For the monthly bill',
        isPreferred: true,
        status: 'active',
        statusDate: '2026-06-15T10:00:00.000Z',
        statusReason: null,
        validFor: { startDateTime: '2026-06-15T10:00:00.000Z', endDateTime: '2028-12-31T23:59:59.999Z' },
        relatedParty: { id: ownerId, href: customerHref, name: 'Maria Cardholder', role: 'owner', '@referredType': 'Customer' },
        account: [],
        details: { brand: 'visa', lastFourDigits: '4242', expirationDate: '2028-12-31T23:59:59.999Z', nameOnCard: 'MARIA IVANOVA' },
        '@type': 'bankCard',
      });
      const [row] = (await t.db.dataSource.query('SELECT * FROM payment_method WHERE id = ?', [Number(res.body.id)])) as Row[];
      expect(row.gateway_token).toMatch(/^card_sim_/);
      expect(JSON.stringify(row)).not.toContain(VISA);
      expect((await eventsOf('PaymentMethodCreateEvent', res.body.id))[0].paymentMethod).toMatchObject({
        id: res.body.id,
        details: { lastFourDigits: '4242' },
      });
    });

    it.each([
      ['the class name', 'BankCard', 'bankCard'],
      ['the spec’s casing', 'bankCard', 'bankCard'],
      ['the class name of a tokenized card', 'TokenizedCard', 'tokenizedCard'],
    ])('accepts @type as %s and answers in the spec’s casing', async (_case, sent, answered) => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const res = await add(ADMIN_AUTH, { relatedParty: { id }, '@type': sent }).expect(201);
      expect(res.body['@type']).toBe(answered);
      expect((await t.http.get(`${METHODS}/${res.body.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body['@type']).toBe(answered);
      expect(
        (
          await t.http
            .patch(`${METHODS}/${res.body.id}`)
            .set('Authorization', ADMIN_AUTH)
            .send({ '@type': sent, name: 'Same type' })
            .expect(200)
        ).body['@type'],
      ).toBe(answered);
      const refused = await add(ADMIN_AUTH, { relatedParty: { id }, '@type': 'BANKCARD' }).expect(400);
      expect(refused.body.details).toEqual([{ field: '@type', message: 'must be one of bankCard, tokenizedCard' }]);
    });

    it.each([
      ['MM/YYYY', '03/2027', '2027-03-31T23:59:59.999Z'],
      ['YYYY-MM', '2027-03', '2027-03-31T23:59:59.999Z'],
      ['an ISO date-time', '2027-03-31T00:00:00Z', '2027-03-31T23:59:59.999Z'],
      ['the current month', '06/26', '2026-06-30T23:59:59.999Z'],
    ])('reads the expiry date as %s', async (_case, expirationDate, expected) => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const res = await add(ADMIN_AUTH, { relatedParty: { id }, details: card({ expirationDate, cvc: undefined, cvv: '123' }) }).expect(
        201,
      );
      expect(res.body.details.expirationDate).toBe(expected);
    });

    it.each([
      ['@type, name and details', {}, ['@type', 'name', 'details']],
      [
        'the card number',
        { '@type': 'bankCard', name: 'X', details: { expirationDate: '12/28', cvc: '123', nameOnCard: 'X' } },
        ['details.cardNumber'],
      ],
      [
        'the security code',
        { '@type': 'bankCard', name: 'X', details: { cardNumber: VISA, expirationDate: '12/28', nameOnCard: 'X' } },
        ['details.cvc'],
      ],
      [
        'the holder',
        { '@type': 'bankCard', name: 'X', details: { cardNumber: VISA, expirationDate: '12/28', cvc: '123' } },
        ['details.nameOnCard'],
      ],
    ])('refuses a method without %s (400 naming them)', async (_case, body, fields) => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const res = await t.http
        .post(METHODS)
        .set('Authorization', ADMIN_AUTH)
        .send({ relatedParty: { id }, ...body })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(fields));
    });

    it('requires the owner from staff and affiliates (400) and refuses an unknown one (422), writing nothing', async () => {
      const before = [await count(), await eventCount()];
      expect((await add(ADMIN_AUTH, {}).expect(400)).body.details).toEqual([
        { field: 'relatedParty', message: 'must name the owning customer or party' },
      ]);
      expect((await add(ADMIN_AUTH, { relatedParty: { id: '99999999' } }).expect(422)).body.code).toBe('RELATED_PARTY_NOT_FOUND');
      expect((await add(ADMIN_AUTH, { relatedParty: { id: 'abc' } }).expect(422)).body.code).toBe('RELATED_PARTY_NOT_FOUND');
      expect([await count(), await eventCount()]).toEqual(before);
    });

    it.each([
      ['a number failing the Luhn check', { cardNumber: '4242424242424241' }, 400, 'CARD_NUMBER_INVALID', 'details.cardNumber'],
      ['a number with letters', { cardNumber: '4242-4242-ABCD-4242' }, 400, 'VALIDATION_FAILED', 'details.cardNumber'],
      ['a card that expired last month', { expirationDate: '05/26' }, 400, 'CARD_EXPIRED', 'details.expirationDate'],
      ['an expiry that is not a date', { expirationDate: '13/28' }, 400, 'INVALID_EXPIRATION_DATE', 'details.expirationDate'],
      ['a security code of 2 digits', { cvc: '12' }, 400, 'VALIDATION_FAILED', 'details.cvc'],
      ['a card the issuer declines', { cardNumber: DECLINED }, 422, 'CARD_DECLINED', undefined],
    ])('refuses %s and writes nothing', async (_case, details, status, code, field) => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const before = [await count(), await eventCount()];
      const res = await add(ADMIN_AUTH, { relatedParty: { id }, details: card(details) }).expect(status);
      expect(res.body.code).toBe(code);
      if (field) expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(JSON.stringify(res.body)).not.toMatch(/4242424242424241|4000000000000002|9371/);
      expect([await count(), await eventCount()]).toEqual(before);
    });

    it('refuses a card number pasted into another field (400) and stores, publishes and audits none of it', async () => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const before = [await count(), await eventCount()];
      for (const body of [
        { name: `Card ${VISA}` },
        { description: `pay with ${VISA.replace(/(\d{4})/g, '$1 ').trim()}` },
        { details: card({ nameOnCard: VISA }) },
      ]) {
        const res = await add(ADMIN_AUTH, { relatedParty: { id }, ...body }).expect(400);
        expect(res.body.code).toBe('CARD_NUMBER_IN_TEXT');
        expect(JSON.stringify(res.body)).not.toContain(VISA);
      }
      expect([await count(), await eventCount()]).toEqual(before);
      // A phone number or an order reference is not a card number.
      await add(ADMIN_AUTH, { relatedParty: { id }, name: 'Call +447700900123 first', description: 'Order 1234567890123' }).expect(201);
    });

    it('never lets the card number or security code reach a response, an event or an audit entry', async () => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const created = await add(ADMIN_AUTH, { relatedParty: { id }, details: card({ cardNumber: MASTERCARD }) }).expect(201);
      const replaced = await t.http
        .patch(`${METHODS}/${created.body.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ details: card({ cardNumber: VISA }) })
        .expect(200);
      const read = await t.http.get(`${METHODS}/${created.body.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      const listed = await t.http.get(METHODS).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http.delete(`${METHODS}/${created.body.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      for (const res of [created, replaced, read, listed]) {
        expect(res.text).not.toMatch(new RegExp(`${VISA}|${MASTERCARD}|card_sim_`));
        expect(stringsIn(res.body)).not.toEqual(expect.arrayContaining([CVC, 'cvc', 'cvv', 'cardNumber', 'token', 'gatewayToken']));
      }
      const payloads = (await t.db.dataSource.query('SELECT payload FROM outbox_event')) as { payload: string }[];
      const audits = (await t.db.dataSource.query('SELECT changes FROM audit_entry')) as { changes: string }[];
      const stored = [...payloads.map((p) => p.payload), ...audits.map((a) => a.changes)];
      expect(stored.filter((text) => text.includes(created.body.id)).length).toBeGreaterThan(0);
      for (const text of stored) {
        expect(text).not.toMatch(new RegExp(`${VISA}|${MASTERCARD}|4242 4242|card_sim_`));
        expect(stringsIn(JSON.parse(text))).not.toEqual(expect.arrayContaining([CVC, 'cvc', 'cvv', 'cardNumber', 'gatewayToken']));
      }
    });
  });

  describe('preferred method', () => {
    it('makes the first method preferred, and a newly preferred one un-prefers the others with events', async () => {
      const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const first = (await add(ADMIN_AUTH, { relatedParty: { id: ownerId } }).expect(201)).body;
      const second = (await add(ADMIN_AUTH, { relatedParty: { id: ownerId }, details: card({ cardNumber: MASTERCARD }) }).expect(201)).body;
      expect([first.isPreferred, second.isPreferred]).toEqual([true, false]);
      const third = (await add(ADMIN_AUTH, { relatedParty: { id: ownerId }, isPreferred: true }).expect(201)).body;
      expect(await preferredOf(ownerId)).toEqual([third.id]);
      expect((await eventsOf('PaymentMethodAttributeValueChangeEvent', first.id)).map((e) => e.paymentMethod.isPreferred)).toEqual([false]);

      const back = await t.http
        .patch(`${METHODS}/${second.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ isPreferred: true }))
        .expect(200);
      expect(back.body.isPreferred).toBe(true);
      expect(await preferredOf(ownerId)).toEqual([second.id]);
      expect((await t.http.get(`${METHODS}/${third.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.isPreferred).toBe(false);
    });

    it('keeps one preferred method when two requests race to set it', async () => {
      const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const ids: string[] = [];
      for (let i = 0; i < 4; i += 1)
        ids.push((await add(ADMIN_AUTH, { relatedParty: { id: ownerId }, isPreferred: false }).expect(201)).body.id);
      await Promise.all(
        ids.map((id) => t.http.patch(`${METHODS}/${id}`).set('Authorization', ADMIN_AUTH).send({ isPreferred: true }).expect(200)),
      );
      expect(await preferredOf(ownerId)).toHaveLength(1);
    });

    it('never prefers an inactive method (409), and deactivating one un-prefers it with a state event', async () => {
      const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const method = (await add(ADMIN_AUTH, { relatedParty: { id: ownerId } }).expect(201)).body;
      clock.advance(60_000);
      const inactive = await t.http
        .patch(`${METHODS}/${method.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ status: 'inactive', statusReason: 'Card reported lost' })
        .expect(200);
      expect(inactive.body).toMatchObject({
        status: 'inactive',
        isPreferred: false,
        statusReason: 'Card reported lost',
        statusDate: '2026-06-15T10:01:00.000Z',
      });
      expect(await eventsOf('PaymentMethodStateChangeEvent', method.id)).toHaveLength(1);
      expect(
        (await t.http.patch(`${METHODS}/${method.id}`).set('Authorization', ADMIN_AUTH).send({ isPreferred: true }).expect(409)).body.code,
      ).toBe('PAYMENT_METHOD_INACTIVE');
      await add(ADMIN_AUTH, { relatedParty: { id: ownerId }, status: 'inactive', isPreferred: true }).expect(409);
    });
  });

  describe('replace, change, remove', () => {
    it('replaces the card (tokenized again), with conventions: If-Match 412, immutable id 400', async () => {
      const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const created = await add(ADMIN_AUTH, { relatedParty: { id: ownerId } }).expect(201);
      const path = `${METHODS}/${created.body.id}`;
      const [{ gateway_token: oldToken }] = (await t.db.dataSource.query('SELECT gateway_token FROM payment_method WHERE id = ?', [
        Number(created.body.id),
      ])) as Row[];
      const replaced = await t.http
        .patch(path)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .send({ details: card({ cardNumber: MASTERCARD, expirationDate: '2029-01', nameOnCard: 'M IVANOVA' }) })
        .expect(200);
      expect(replaced.headers.etag).toBe('"2"');
      expect(replaced.body.details).toEqual({
        brand: 'mastercard',
        lastFourDigits: '4444',
        expirationDate: '2029-01-31T23:59:59.999Z',
        nameOnCard: 'M IVANOVA',
      });
      const [{ gateway_token: newToken }] = (await t.db.dataSource.query('SELECT gateway_token FROM payment_method WHERE id = ?', [
        Number(created.body.id),
      ])) as Row[];
      expect(newToken).not.toBe(oldToken);
      expect(await eventsOf('PaymentMethodAttributeValueChangeEvent', created.body.id)).toHaveLength(1);

      await t.http.patch(path).set('Authorization', ADMIN_AUTH).set('If-Match', created.headers.etag).send({ name: 'Stale' }).expect(412);
      for (const body of [
        { id: '1' },
        { href: 'http://elsewhere/paymentMethod/1' },
        { '@type': 'tokenizedCard' },
        { relatedParty: { id: '1' } },
      ]) {
        expect((await t.http.patch(path).set('Authorization', ADMIN_AUTH).send(body).expect(400)).body.code).toBe('IMMUTABLE_ATTRIBUTE');
      }
      await t.http
        .patch(path)
        .set('Authorization', ADMIN_AUTH)
        .send({ id: created.body.id, href: created.body.href, '@type': 'bankCard', name: 'Same ids' })
        .expect(200);
      // A replacement is checked like a new card, before the gateway, and changes nothing when refused.
      expect(
        (
          await t.http
            .patch(path)
            .set('Authorization', ADMIN_AUTH)
            .send({ details: card({ cardNumber: DECLINED }) })
            .expect(422)
        ).body.code,
      ).toBe('CARD_DECLINED');
      expect(
        (
          await t.http
            .patch(path)
            .set('Authorization', ADMIN_AUTH)
            .send({ details: card({ expirationDate: '01/26' }) })
            .expect(400)
        ).body.code,
      ).toBe('CARD_EXPIRED');
      expect((await t.http.get(path).set('Authorization', ADMIN_AUTH).expect(200)).body.details.lastFourDigits).toBe('4444');
    });

    it('removes a method (204, then 404): the accounts that charged it by default no longer do', async () => {
      const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const method = (await add(ADMIN_AUTH, { relatedParty: { id: ownerId } }).expect(201)).body;
      const account = (
        await t.http
          .post(BILLING)
          .set('Authorization', ADMIN_AUTH)
          .send({ name: 'Billed', relatedParty: [{ id: ownerId }], defaultPaymentMethod: { id: method.id } })
          .expect(201)
      ).body;
      expect((await t.http.get(`${METHODS}/${method.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.account).toEqual([
        expect.objectContaining({ id: account.id, name: 'Billed' }),
      ]);
      await t.http.delete(`${METHODS}/${method.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`${METHODS}/${method.id}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.delete(`${METHODS}/${method.id}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect(
        (await t.http.get(`${BILLING}/${account.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.defaultPaymentMethod,
      ).toBeNull();
      expect(await eventsOf('PaymentMethodDeleteEvent', method.id)).toHaveLength(1);
      expect(
        (await eventsOf('BillingAccountAttributeValueChangeEvent', account.id)).map((e) => e.billingAccount.defaultPaymentMethod),
      ).toEqual([null]);
    });
  });

  describe('list', () => {
    it('lists with the TMF conventions: fields, filters, headers', async () => {
      const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH);
      const a = (await add(ADMIN_AUTH, { relatedParty: { id: ownerId }, name: 'Alpha', description: 'first' }).expect(201)).body;
      const b = (
        await add(ADMIN_AUTH, {
          relatedParty: { id: ownerId },
          name: 'Beta',
          '@type': 'tokenizedCard',
          status: 'inactive',
          statusReason: 'Lost',
        }).expect(201)
      ).body;
      const get = (query: Row) =>
        t.http
          .get(METHODS)
          .query({ relatedPartyId: ownerId, ...query })
          .set('Authorization', ADMIN_AUTH)
          .expect(200);
      const all = await get({ sort: '-name' });
      expect(all.headers['x-total-count']).toBe('2');
      expect(all.body.map((m: Row) => m.id)).toEqual([b.id, a.id]);
      for (const [attribute, value, expected] of [
        ['id', a.id, a.id],
        ['href', b.href, b.id],
        ['name', 'Alpha', a.id],
        ['description', 'first', a.id],
        ['status', 'inactive', b.id],
        ['statusReason', 'Lost', b.id],
        ['@type', 'tokenizedCard', b.id],
        ['isPreferred', 'true', a.id],
        ['statusDate', a.statusDate, undefined],
      ]) {
        const ids = (await get({ [attribute as string]: value })).body.map((m: Row) => m.id);
        expect(ids).toEqual(expected ? [expected] : [a.id, b.id]);
      }
      expect((await get({ 'statusDate.gt': a.statusDate })).body).toEqual([]);
      const selected = await get({ fields: 'details', limit: '1' });
      expect(selected.headers['x-result-count']).toBe('1');
      expect(selected.body).toEqual([{ id: a.id, href: a.href, details: a.details, '@type': 'bankCard' }]);
      await t.http.get(`${METHODS}?status=lost`).set('Authorization', ADMIN_AUTH).expect(400);
      await t.http.get(`${METHODS}?cardNumber=${VISA}`).set('Authorization', ADMIN_AUTH).expect(400);
    });

    it.each(['abc', '0', '-5', '1.5', '99999999', "1'--"])('answers 404 for the id %p', async (id) => {
      await t.http
        .get(`${METHODS}/${encodeURIComponent(id)}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
      await t.http
        .patch(`${METHODS}/${encodeURIComponent(id)}`)
        .set('Authorization', ADMIN_AUTH)
        .send({})
        .expect(404);
      await t.http
        .delete(`${METHODS}/${encodeURIComponent(id)}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
    });
  });

  describe('scope', () => {
    it('gives an affiliate the methods of its own customers only; others read as 404', async () => {
      const north = await newAffiliate(t, ADMIN_AUTH);
      const south = await newAffiliate(t, ADMIN_AUTH);
      const mine = await newIndividualCustomer(t, north.auth);
      const theirs = await newIndividualCustomer(t, south.auth);
      const own = (await add(north.auth, { relatedParty: { id: mine.id } }).expect(201)).body;
      const foreign = (await add(south.auth, { relatedParty: { id: theirs.id } }).expect(201)).body;
      await t.http.get(`${METHODS}/${own.id}`).set('Authorization', north.auth).expect(200);
      await t.http.get(`${METHODS}/${foreign.id}`).set('Authorization', north.auth).expect(404);
      await t.http.patch(`${METHODS}/${foreign.id}`).set('Authorization', north.auth).send({ isPreferred: true }).expect(404);
      await t.http.patch(`${METHODS}/${foreign.id}`).set('Authorization', north.auth).send({ details: card() }).expect(404);
      await t.http.delete(`${METHODS}/${foreign.id}`).set('Authorization', north.auth).expect(404);
      expect((await t.http.get(METHODS).set('Authorization', north.auth).expect(200)).body.map((m: Row) => m.id)).toEqual([own.id]);
      const before = await count();
      expect((await add(north.auth, { relatedParty: { id: theirs.id } }).expect(422)).body.code).toBe('RELATED_PARTY_NOT_FOUND');
      await t.http
        .post(`/api/v1/customers/${theirs.id}/payment-cards`)
        .set('Authorization', north.auth)
        .send({ number: VISA, expiryMonth: 12, expiryYear: 2028, cvc: CVC, holderName: 'X' })
        .expect(404);
      expect(await count()).toBe(before);
    });

    it('lets a subscriber add, see and change only their own cards', async () => {
      const me = await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Self', familyName: 'Service' });
      const someoneElse = await newIndividualCustomer(t, ADMIN_AUTH);
      const theirs = (await add(ADMIN_AUTH, { relatedParty: { id: someoneElse.id } }).expect(201)).body;
      const login = await newSubscriberLogin(t, Number(me.id));

      const own = await add(login.auth, { name: 'Mine' }).expect(201);
      expect(own.body.relatedParty).toMatchObject({ id: me.id, '@referredType': 'Customer' });
      expect((await add(login.auth, { relatedParty: { id: someoneElse.id } }).expect(422)).body.code).toBe('RELATED_PARTY_NOT_FOUND');

      const form = await t.http
        .post(`/api/v1/customers/${me.id}/payment-cards`)
        .set('Authorization', login.auth)
        .send({ number: MASTERCARD, expiryMonth: 1, expiryYear: 2029, cvc: CVC, holderName: 'SELF SERVICE', isPreferred: true })
        .expect(201);
      expect(form.headers.location).toBe(form.body.href);
      expect(form.body).toMatchObject({
        name: 'Mastercard •••• 4444',
        isPreferred: true,
        '@type': 'bankCard',
        details: { lastFourDigits: '4444', expirationDate: '2029-01-31T23:59:59.999Z' },
      });
      expect(form.text).not.toContain(MASTERCARD);
      await t.http
        .post(`/api/v1/customers/${someoneElse.id}/payment-cards`)
        .set('Authorization', login.auth)
        .send({ number: VISA, expiryMonth: 12, expiryYear: 2028, cvc: CVC, holderName: 'X' })
        .expect(404);
      expect(
        (
          await t.http
            .post(`/api/v1/customers/${me.id}/payment-cards`)
            .set('Authorization', login.auth)
            .send({ number: VISA, expiryMonth: 5, expiryYear: 2026, cvc: CVC, holderName: 'X' })
            .expect(400)
        ).body.code,
      ).toBe('CARD_EXPIRED');

      const listed = (await t.http.get(METHODS).set('Authorization', login.auth).expect(200)).body as Row[];
      expect(listed.map((m) => m.id).sort()).toEqual([own.body.id, form.body.id].sort());
      expect(await preferredOf(me.id)).toEqual([form.body.id]);
      await t.http.get(`${METHODS}/${theirs.id}`).set('Authorization', login.auth).expect(404);
      await t.http.patch(`${METHODS}/${theirs.id}`).set('Authorization', login.auth).send({ name: 'Mine now' }).expect(404);
      await t.http.patch(`${METHODS}/${own.body.id}`).set('Authorization', login.auth).send({ isPreferred: true }).expect(200);
      await t.http.delete(`${METHODS}/${own.body.id}`).set('Authorization', login.auth).expect(204);
    });

    it('leaves the status of a card to staff: a subscriber setting it or its reason is refused (403) and nothing changes', async () => {
      const me = await newIndividualCustomer(t, ADMIN_AUTH);
      const login = await newSubscriberLogin(t, Number(me.id));
      const before = await count();
      for (const status of [{ status: 'active' }, { status: 'inactive' }, { statusReason: 'Found it again' }]) {
        const res = await add(login.auth, { name: 'Self-set status', ...status }).expect(403);
        expect(res.body).toMatchObject({ '@type': 'Error', code: 'STATUS_NOT_SELF_SERVICE', status: '403' });
      }
      expect(await count()).toBe(before);
      // An agent stopped the card (reported lost); its owner cannot revive it, nor rewrite why.
      const own = (await add(login.auth, { name: 'Lost card' }).expect(201)).body as Row;
      const stopped = await t.http
        .patch(`${METHODS}/${own.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ status: 'inactive', statusReason: 'Reported lost' })
        .expect(200);
      for (const patch of [{ status: 'active' }, { statusReason: null }, { status: 'active', name: 'Found' }]) {
        const res = await t.http.patch(`${METHODS}/${own.id}`).set('Authorization', login.auth).send(patch).expect(403);
        expect(res.body.code).toBe('STATUS_NOT_SELF_SERVICE');
      }
      expect((await t.http.get(`${METHODS}/${own.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body).toEqual(stopped.body);
      await t.http.patch(`${METHODS}/${own.id}`).set('Authorization', login.auth).send({ name: 'Renamed by me' }).expect(200);
      const revived = await t.http
        .patch(`${METHODS}/${own.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ status: 'active', statusReason: null })
        .expect(200);
      expect(revived.body).toMatchObject({ status: 'active', statusReason: null, name: 'Renamed by me' });
      const affiliate = await newAffiliate(t, ADMIN_AUTH);
      const theirs = await newIndividualCustomer(t, affiliate.auth);
      await add(affiliate.auth, { relatedParty: { id: theirs.id }, status: 'inactive', statusReason: 'Set up paused' }).expect(201);
    });

    it('lets no one without a write permission add a card', async () => {
      const { id } = await newIndividualCustomer(t, ADMIN_AUTH);
      const affiliate = await newAffiliate(t, ADMIN_AUTH);
      await t.http
        .post(`/api/v1/roles`)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'card-reader', description: 'reads only', permissions: ['customers:read'] })
        .expect(201);
      const username = `reader.${Date.now().toString(36)}`;
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ username, displayName: 'Reader', password: 'Reader-Pass-77', roles: ['card-reader'] })
        .expect(201);
      const reader = `Basic ${Buffer.from(`${username}:Reader-Pass-77`).toString('base64')}`;
      await t.http.get(METHODS).set('Authorization', reader).expect(200);
      await add(reader, { relatedParty: { id } }).expect(403);
      await t.http.get(METHODS).set('Authorization', affiliate.auth).expect(200);
      await t.http.post(METHODS).send({}).expect(401);
    });
  });

  it('registers and removes hub listeners', async () => {
    const hub = await t.http
      .post(`${API}/hub`)
      .set('Authorization', ADMIN_AUTH)
      .send({ callback: 'https://partner.example.com/payment-methods' })
      .expect(201);
    await t.http.delete(`${API}/hub/${hub.body.id}`).set('Authorization', ADMIN_AUTH).expect(204);
  });
});
