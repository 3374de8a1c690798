import { ManualClock, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { BillingAccountService } from '@contactly/customers';
import { newAffiliate, newIndividualCustomer, newSubscriberLogin } from '@contactly/customers/testing';
import { createApiTestApp } from './api-test-app.js';

const METHODS = '/tmf-api/paymentMethod/v4/paymentMethod';
const BILLING = '/tmf-api/accountManagement/v4/billingAccount';
const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';
/** Seeded communication types: mass (marketing) and service. */
const MASS = 1;
const SERVICE = 6;

type Row = Record<string, unknown>;
interface Reach {
  reachable: boolean;
  reasons: { code: string; message: string }[];
}
interface Overview {
  customerId: string;
  status: { status: string; reason: string | null };
  balance: { owed: { unit: string; value: number }[]; overdue: boolean; accounts: Row[] };
  defaultPaymentMethod: { id: string; name: string; lastFourDigits: string } | null;
  supportCases: { open: number; total: number; latestOpen: { id: number; title: string } | null } | null;
  communications: {
    lastContact: Row | null;
    channels: { sendChannelTypeId: number; name: string; marketing: Reach; service: Reach }[];
  } | null;
}

describe('the customer overview (GET /api/v1/customers/{id}/overview)', () => {
  let t: TestApp;
  // Cards are checked against the clock.
  const clock = new ManualClock('2026-06-15T10:00:00.000Z');
  const email = `olga.overview${Date.now().toString(36)}@example.com`;
  let customerId: string;

  const overviewOf = async (id: string, auth = ADMIN_AUTH) =>
    (await t.http.get(`/api/v1/customers/${id}/overview`).set('Authorization', auth).expect(200)).body as Overview;
  const get = async (path: string, query: Row = {}) => {
    const res = await t.http.get(path).query(query).set('Authorization', ADMIN_AUTH).expect(200);
    return { body: res.body as Row[], total: Number(res.headers['x-total-count']) };
  };
  /** A card as the dashboard adds it (the name defaults to brand and last 4 digits). */
  const addCard = async (ownerId: string, number: string, isPreferred?: boolean) =>
    (
      await t.http
        .post(`/api/v1/customers/${ownerId}/payment-cards`)
        .set('Authorization', ADMIN_AUTH)
        .send({
          number,
          expiryMonth: 12,
          expiryYear: 2028,
          cvc: '123',
          holderName: 'OLGA OVERVIEW',
          ...(isPreferred ? { isPreferred } : {}),
        })
        .expect(201)
    ).body as { id: string; name: string };
  const accountsOf = async (ownerId: string) =>
    (await get(BILLING, { relatedPartyId: ownerId, sort: 'id' })).body as {
      id: string;
      accountBalance: { amount: { unit: string; value: number } }[];
      defaultPaymentMethod: { id: string } | null;
    }[];
  /** A CRM case as the hub stores it, naming the customer by email. */
  const insertCase = async (externalId: string, status: 'open' | 'closed', customerRef: string, updatedAt: string) => {
    const at = updatedAt.replace('T', ' ').replace('Z', '');
    await t.db.dataSource.query(
      'INSERT INTO support_case (source, external_id, provider_raw, error_code_raw, provider, error_code, status, source_status, title, description, customer_ref, created_at, updated_at, rule_key, applied_rules, aggregated_case_id, fingerprint, first_fetched_at, last_changed_at) VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)',
      ['banana', externalId, 'vodafone', 'e-1', status, status, `Case ${externalId}`, 'd', customerRef, at, at, 'k', '', 'f', at, at],
    );
  };

  beforeAll(async () => {
    t = await createApiTestApp({ clock });
    customerId = (await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Olga', familyName: 'Overview', email, phone: '+447700900123' }))
      .id;
  });
  afterAll(() => t.close());

  it('a card marked default is what the billing accounts charge (TMF666 defaultPaymentMethod); an account set otherwise keeps its card', async () => {
    const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH, { familyName: 'Cards' });
    const service = t.get(BillingAccountService);
    const first = await service.openDefault(Number(ownerId), 'Main', SYSTEM_PRINCIPAL);
    const visa = await addCard(ownerId, '4242424242424242');
    // The first card is the default, and the account charges it.
    expect((await accountsOf(ownerId)).map((a) => a.defaultPaymentMethod?.id)).toEqual([visa.id]);
    // An account opened later charges the default card too.
    await service.openDefault(Number(ownerId), 'Second', SYSTEM_PRINCIPAL);
    expect((await accountsOf(ownerId)).map((a) => a.defaultPaymentMethod?.id)).toEqual([visa.id, visa.id]);

    const master = await addCard(ownerId, '5555555555554444', true);
    expect((await accountsOf(ownerId)).map((a) => a.defaultPaymentMethod?.id)).toEqual([master.id, master.id]);
    // The first account is set to the Visa on purpose; making another card the default leaves it so.
    await t.http
      .patch(`${BILLING}/${first.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ defaultPaymentMethod: { id: visa.id } })
      .expect(200);
    await t.http.patch(`${METHODS}/${visa.id}`).set('Authorization', ADMIN_AUTH).send({ isPreferred: false }).expect(200);
    const amex = await addCard(ownerId, '378282246310005', true);
    expect((await accountsOf(ownerId)).map((a) => a.defaultPaymentMethod?.id)).toEqual([visa.id, amex.id]);
    // Made default through "Make default" (a PATCH), the same follows.
    await t.http.patch(`${METHODS}/${master.id}`).set('Authorization', ADMIN_AUTH).send({ isPreferred: true }).expect(200);
    expect((await accountsOf(ownerId)).map((a) => a.defaultPaymentMethod?.id)).toEqual([visa.id, master.id]);
    // The card list says which accounts charge each card: the same truth from the other side.
    const methods = (await get(METHODS, { relatedPartyId: ownerId, sort: 'id' })).body as { id: string; account: { id: string }[] }[];
    expect(methods.find((m) => m.id === master.id)!.account.map((a) => a.id)).toHaveLength(1);
    expect((await overviewOf(ownerId)).defaultPaymentMethod).toMatchObject({ id: master.id, lastFourDigits: '4444' });
    // A removed default card is charged by nobody.
    await t.http.delete(`${METHODS}/${master.id}`).set('Authorization', ADMIN_AUTH).expect(204);
    expect((await accountsOf(ownerId)).map((a) => a.defaultPaymentMethod?.id ?? null)).toEqual([visa.id, null]);
  });

  it('keeps one default card, charged by the accounts, when two cards are made default at once', async () => {
    const { id: ownerId } = await newIndividualCustomer(t, ADMIN_AUTH, { familyName: 'Race' });
    await t.get(BillingAccountService).openDefault(Number(ownerId), 'Main', SYSTEM_PRINCIPAL);
    await addCard(ownerId, '4242424242424242');
    const a = await addCard(ownerId, '5555555555554444', false);
    const b = await addCard(ownerId, '378282246310005', false);
    const answers = await Promise.all(
      [a, b].map((card) => t.http.patch(`${METHODS}/${card.id}`).set('Authorization', ADMIN_AUTH).send({ isPreferred: true })),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const preferred = (await get(METHODS, { relatedPartyId: ownerId, isPreferred: 'true' })).body.map((m) => m.id);
    expect(preferred).toHaveLength(1);
    expect((await accountsOf(ownerId)).map((acc) => acc.defaultPaymentMethod?.id)).toEqual(preferred);
    expect((await overviewOf(ownerId)).defaultPaymentMethod?.id).toBe(preferred[0]);
  });

  it('agrees with the services: status with its reason, what is owed, the default card, open cases, reachability', async () => {
    await t.get(BillingAccountService).openDefault(Number(customerId), 'Olga — main', SYSTEM_PRINCIPAL, '', {
      balance: { unit: 'EUR', value: 62.5 },
      paymentStatus: 'overdue',
    });
    await t.get(BillingAccountService).openDefault(Number(customerId), 'Olga — second', SYSTEM_PRINCIPAL, '', {
      balance: { unit: 'EUR', value: 10 },
      paymentStatus: null,
    });
    const card = await addCard(customerId, '4242424242424242');
    await t.http
      .patch(`${CUSTOMERS}/${customerId}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ status: 'suspended', statusReason: 'Payment overdue' })
      .expect(200);
    await insertCase(`ov-${customerId}-1`, 'open', email, '2026-06-10T10:00:00.000Z');
    await insertCase(`ov-${customerId}-2`, 'open', email, '2026-06-12T10:00:00.000Z');
    await insertCase(`ov-${customerId}-3`, 'closed', email, '2026-06-13T10:00:00.000Z');
    await insertCase(`ov-${customerId}-4`, 'open', `someone.else.${customerId}@example.com`, '2026-06-14T10:00:00.000Z');

    const overview = await overviewOf(customerId);
    expect(overview.status).toEqual({ status: 'suspended', reason: 'Payment overdue' });

    // What is owed is the billing accounts' receivable balances, summed.
    const accounts = await accountsOf(customerId);
    const owed = accounts.reduce((sum, a) => sum + a.accountBalance[0].amount.value, 0);
    expect(overview.balance.owed).toEqual([{ unit: 'EUR', value: owed }]);
    expect(owed).toBe(72.5);
    expect(overview.balance.overdue).toBe(true);
    expect(overview.balance.accounts.map((a) => (a.defaultPaymentMethod as Row).id)).toEqual([card.id, card.id]);

    const preferred = (await get(METHODS, { relatedPartyId: customerId, isPreferred: 'true' })).body;
    expect(overview.defaultPaymentMethod).toMatchObject({ id: preferred[0].id, name: card.name });

    const open = await get('/api/v1/support-hub/cases', { customerRef: email, status: 'open' });
    const all = await get('/api/v1/support-hub/cases', { customerRef: email });
    expect(overview.supportCases).toMatchObject({ open: open.total, total: all.total, latestOpen: { title: `Case ov-${customerId}-2` } });
    expect(open.total).toBe(2);

    // Per channel, the availability check's answer for a marketing and a service type: the same rules.
    expect(overview.communications!.lastContact).toBeNull();
    expect(overview.communications!.channels.length).toBeGreaterThan(0);
    for (const channel of overview.communications!.channels) {
      for (const [purpose, type] of [
        ['marketing', MASS],
        ['service', SERVICE],
      ] as const) {
        const check = (
          await t.http
            .get(`/api/v1/clients/${customerId}/availability/check`)
            .query({ sendChannelTypeId: channel.sendChannelTypeId, communicationTypeId: type })
            .set('Authorization', ADMIN_AUTH)
            .expect(200)
        ).body as { available: boolean; reasons: { code: string }[] };
        expect({ channel: channel.name, purpose, reachable: channel[purpose].reachable }).toEqual({
          channel: channel.name,
          purpose,
          reachable: check.available,
        });
        expect(channel[purpose].reasons.map((r) => r.code)).toEqual(check.reasons.map((r) => r.code));
      }
    }
    const emailChannel = overview.communications!.channels.find((c) => c.name === 'Email')!;
    expect(emailChannel.marketing.reachable).toBe(false);
    expect(emailChannel.marketing.reasons[0]).toMatchObject({ code: 'CUSTOMER_NOT_ACTIVE' });
    expect(emailChannel.service).toEqual({ reachable: true, reasons: [] });
  });

  it('is 404 out of scope, for an unknown customer, or a malformed id; a subscriber sees their own without staff sections', async () => {
    const affiliate = await newAffiliate(t, ADMIN_AUTH);
    const own = (await newIndividualCustomer(t, affiliate.auth, { familyName: 'OfAffiliate' })).id;
    expect((await overviewOf(own, affiliate.auth)).customerId).toBe(own);
    const notFound = await t.http.get(`/api/v1/customers/${customerId}/overview`).set('Authorization', affiliate.auth).expect(404);
    expect(notFound.body).toMatchObject({ code: 'CUSTOMER_NOT_FOUND', status: '404' });
    expect(JSON.stringify(notFound.body)).not.toContain('Olga');
    await t.http.get('/api/v1/customers/999999/overview').set('Authorization', ADMIN_AUTH).expect(404);
    await t.http.get('/api/v1/customers/abc/overview').set('Authorization', ADMIN_AUTH).expect(404);

    const subscriber = await newSubscriberLogin(t, Number(customerId));
    const mine = await overviewOf(customerId, subscriber.auth);
    expect(mine).toMatchObject({ customerId, status: { status: 'suspended' }, supportCases: null, communications: null });
    expect(mine.balance.owed).toEqual([{ unit: 'EUR', value: 72.5 }]);
    await t.http.get(`/api/v1/customers/${own}/overview`).set('Authorization', subscriber.auth).expect(404);
  });
});
