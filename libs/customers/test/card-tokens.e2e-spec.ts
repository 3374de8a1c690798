import { randomUUID } from 'node:crypto';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { type PaymentGatewaySimulator, startPaymentGatewaySimulator } from '../../../apps/payment-gateway-simulator/src/index.js';
import { createCustomersTestApp, newAffiliate, newIndividualCustomer, newSubscriberLogin } from './customers-test-app.js';

const METHODS = '/tmf-api/paymentMethod/v4/paymentMethod';
const VISA = '4242424242424242';
const MASTERCARD = '5555555555554444';
const DECLINED = '4000000000000002';
const CVC = '9371';

type Row = Record<string, unknown>;

/**
 * Cards entered in a browser go to the payment gateway (the HTTP simulator, on its own port), and
 * our API gets only the gateway's single-use token; partners' servers may still send the card.
 */
describe('card tokens from the payment gateway', () => {
  let gateway: PaymentGatewaySimulator;
  let t: TestApp;

  /** What a browser does: the card to the gateway's token endpoint with the publishable key. */
  const tokenize = async (number = VISA, overrides: Row = {}) => {
    const response = await fetch(`${gateway.url}/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gateway.publishableKey}`, 'content-type': 'application/json', origin: 'http://dashboard.test' },
      body: JSON.stringify({ number, expiryMonth: 11, expiryYear: 2031, cvc: CVC, holderName: 'MARIA IVANOVA', ...overrides }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Row };
  };
  const tokenOf = async (number = VISA) => String((await tokenize(number)).body.token);
  const addByForm = (customerId: string, body: Row, auth = ADMIN_AUTH, key?: string) => {
    const request = t.http.post(`/api/v1/customers/${customerId}/payment-cards`).set('Authorization', auth);
    return (key ? request.set('Idempotency-Key', key) : request).send({ holderName: 'MARIA IVANOVA', ...body });
  };
  const methodsOf = async (customerId: string) =>
    (await t.http.get(METHODS).query({ relatedPartyId: customerId }).set('Authorization', ADMIN_AUTH).expect(200)).body as Row[];
  const storedTokens = async () =>
    ((await t.db.dataSource.query('SELECT gateway_token FROM payment_method')) as { gateway_token: string }[]).map((r) => r.gateway_token);
  const faults = async (body: Row | null) => {
    const init = body
      ? { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : { method: 'DELETE' };
    expect((await fetch(`${gateway.url}/__faults`, init)).ok).toBe(true);
  };

  beforeAll(async () => {
    gateway = await startPaymentGatewaySimulator({ port: 0 });
    t = await createCustomersTestApp({ env: { PAYMENT_GATEWAY_URL: gateway.url } });
  });
  afterAll(async () => {
    await t?.close();
    await gateway?.close();
  });
  afterEach(() => faults(null));

  it('tells a signed-in browser where to tokenise, and lets its pages connect there (CSP)', async () => {
    const res = await t.http.get('/api/v1/payment-gateway').set('Authorization', ADMIN_AUTH).expect(200);
    expect(res.body).toEqual({ tokenizeUrl: `${gateway.url}/v1/tokens`, publishableKey: gateway.publishableKey });
    expect(res.headers['content-security-policy']).toContain(`connect-src 'self' ${new URL(gateway.url).origin}`);
    await t.http.get('/api/v1/payment-gateway').expect(401);
    const subscriber = await newSubscriberLogin(t, Number((await newIndividualCustomer(t, ADMIN_AUTH)).id));
    await t.http.get('/api/v1/payment-gateway').set('Authorization', subscriber.auth).expect(200);
  });

  it('tokenises at the gateway with CORS for the page, and declines the documented test cards there', async () => {
    const preflight = await fetch(`${gateway.url}/v1/tokens`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://dashboard.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://dashboard.test');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    const ok = await tokenize(MASTERCARD);
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://dashboard.test');
    expect(ok.body).toMatchObject({ brand: 'mastercard', last4: '4444', expiryMonth: 11, expiryYear: 2031 });
    expect(JSON.stringify(ok.body)).not.toContain(MASTERCARD);
    expect(await tokenize(DECLINED)).toMatchObject({ status: 402, body: { error: { code: 'CARD_DECLINED', field: 'number' } } });
    expect(await tokenize('4000000000000127')).toMatchObject({
      status: 402,
      body: { error: { code: 'CARD_CVC_INCORRECT', field: 'cvc' } },
    });
    expect(await tokenize('4242424242424241')).toMatchObject({ status: 400, body: { error: { code: 'CARD_NUMBER_INVALID' } } });
    expect(await tokenize(VISA, { expiryYear: 2020 })).toMatchObject({
      status: 400,
      body: { error: { code: 'CARD_EXPIRED', field: 'expiry' } },
    });
    // The publishable key makes tokens only: it cannot read or redeem one.
    const token = await tokenOf();
    const redeem = await fetch(`${gateway.url}/v1/tokens/${token}/redeem`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gateway.publishableKey}` },
    });
    expect(redeem.status).toBe(401);
  });

  it('adds a card from its token: brand, last 4 and expiry from the gateway, the token spent', async () => {
    const customer = await newIndividualCustomer(t, ADMIN_AUTH);
    const token = await tokenOf();
    const res = await addByForm(customer.id, { token, isPreferred: true }).expect(201);
    expect(res.body).toMatchObject({
      name: 'Visa •••• 4242',
      isPreferred: true,
      details: { brand: 'visa', lastFourDigits: '4242', expirationDate: '2031-11-30T23:59:59.999Z', nameOnCard: 'MARIA IVANOVA' },
    });
    expect(res.text).not.toContain(token);
    // We keep the gateway's reusable card token, not the browser's single-use one.
    expect(await storedTokens()).not.toContain(token);
    expect((await storedTokens()).every((stored) => stored.startsWith('card_sim_'))).toBe(true);
    const looked = await fetch(`${gateway.url}/v1/tokens/${token}`, { headers: { authorization: `Bearer ${gateway.secretKey}` } });
    expect(await looked.json()).toMatchObject({ used: true, last4: '4242' });
  });

  it('refuses a used, unknown or malformed token, or a token with a card, and writes nothing', async () => {
    const customer = await newIndividualCustomer(t, ADMIN_AUTH);
    const token = await tokenOf();
    await addByForm(customer.id, { token }).expect(201);
    const used = await addByForm(customer.id, { token }).expect(409);
    expect(used.body).toMatchObject({ '@type': 'Error', code: 'CARD_TOKEN_USED' });
    expect((await addByForm(customer.id, { token: 'tok_sim_nosuchtoken' }).expect(422)).body.code).toBe('CARD_TOKEN_UNKNOWN');
    const malformed = await addByForm(customer.id, { token: '../v1/cards' }).expect(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'token' })]);
    const both = await addByForm(customer.id, { token: await tokenOf(), number: VISA, expiryMonth: 1, expiryYear: 2031, cvc: CVC }).expect(
      400,
    );
    expect(both.body.details.map((d: Row) => d.field)).toEqual(['number', 'expiryMonth', 'expiryYear', 'cvc']);
    const neither = await addByForm(customer.id, { expiryMonth: 1 }).expect(400);
    expect(neither.body.details.map((d: Row) => d.field)).toEqual(['number', 'expiryYear', 'cvc']);
    const tmf = await t.http
      .post(METHODS)
      .set('Authorization', ADMIN_AUTH)
      .send({ '@type': 'bankCard', name: 'X', relatedParty: { id: customer.id }, details: { token: 'tok_sim_gone', nameOnCard: 'X' } })
      .expect(422);
    expect(tmf.body.code).toBe('CARD_TOKEN_UNKNOWN');
    expect(await methodsOf(customer.id)).toHaveLength(1);
  });

  it('takes a token in TMF670 details, on create and to replace a card', async () => {
    const customer = await newIndividualCustomer(t, ADMIN_AUTH);
    const created = await t.http
      .post(METHODS)
      .set('Authorization', ADMIN_AUTH)
      .send({
        '@type': 'bankCard',
        name: 'Main',
        relatedParty: { id: customer.id },
        details: { token: await tokenOf(), nameOnCard: 'A B' },
      })
      .expect(201);
    expect(created.body.details).toMatchObject({ brand: 'visa', lastFourDigits: '4242' });
    const replaced = await t.http
      .patch(`${METHODS}/${created.body.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ details: { token: await tokenOf(MASTERCARD), nameOnCard: 'A B' } })
      .expect(200);
    expect(replaced.body.details).toMatchObject({ brand: 'mastercard', lastFourDigits: '4444' });
  });

  it('still takes a raw card from a partner’s server, tokenised at the gateway over HTTP, with its declines', async () => {
    const partner = await newAffiliate(t, ADMIN_AUTH);
    const customer = await newIndividualCustomer(t, partner.auth);
    const raw = { number: VISA, expiryMonth: 3, expiryYear: 2032, cvc: CVC };
    const res = await addByForm(customer.id, raw, partner.auth).expect(201);
    expect(res.body.details).toMatchObject({ brand: 'visa', lastFourDigits: '4242' });
    expect(res.text).not.toContain(VISA);
    const declined = await addByForm(customer.id, { ...raw, number: DECLINED }, partner.auth).expect(422);
    expect(declined.body).toMatchObject({ code: 'CARD_DECLINED', message: 'The card was declined by the issuer' });
    expect((await addByForm(customer.id, { ...raw, number: '4000000000000069' }, partner.auth).expect(422)).body.code).toBe('CARD_EXPIRED');
    expect(await methodsOf(customer.id)).toHaveLength(1);
  });

  it('answers 503 when the gateway is down or garbles its answer, and writes nothing', async () => {
    const customer = await newIndividualCustomer(t, ADMIN_AUTH);
    const token = await tokenOf();
    await faults({ down: true });
    const down = await addByForm(customer.id, { token }).expect(503);
    expect(down.body).toMatchObject({ code: 'PAYMENT_GATEWAY_UNAVAILABLE' });
    await faults({ malformedRate: 1 });
    expect((await addByForm(customer.id, { number: VISA, expiryMonth: 1, expiryYear: 2031, cvc: CVC }).expect(503)).body.code).toBe(
      'PAYMENT_GATEWAY_UNAVAILABLE',
    );
    await faults(null);
    expect(await methodsOf(customer.id)).toHaveLength(0);
    // The token survived the outage (the gateway never saw the redeem): the agent just tries again.
    await addByForm(customer.id, { token }).expect(201);
  });

  it('adds one card for concurrent creates with one Idempotency-Key, and one for racing uses of a token', async () => {
    const customer = await newIndividualCustomer(t, ADMIN_AUTH);
    const key = randomUUID();
    const token = await tokenOf();
    const sameKey = await Promise.all(Array.from({ length: 5 }, () => addByForm(customer.id, { token }, ADMIN_AUTH, key)));
    const created = sameKey.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    // A duplicate still in flight may be told to retry (409 with Retry-After); none may add a second card.
    expect(sameKey.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(await methodsOf(customer.id)).toHaveLength(1);

    const racing = await tokenOf(MASTERCARD);
    const raced = await Promise.all(Array.from({ length: 5 }, () => addByForm(customer.id, { token: racing })));
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(raced.filter((r) => r.status === 409).every((r) => r.body.code === 'CARD_TOKEN_USED')).toBe(true);
    expect(await methodsOf(customer.id)).toHaveLength(2);
  });
});
