import { randomUUID } from 'node:crypto';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { newIndividualCustomer } from '@contactly/customers/testing';
import { createApiTestApp } from './api-test-app.js';

const VISA = '4242424242424242';
const CVC = '7319';
const PAYMENT_METHODS = '/tmf-api/paymentMethod/v4/paymentMethod';

type Row = Record<string, unknown>;

/** A creating POST: where it goes, a body (`tag` makes it this test's own), and how many records carry the tag. */
interface Creation {
  path: () => string;
  body: (tag: string) => Row;
  count: (tag: string) => Promise<number>;
}

describe('Idempotency-Key on creating POSTs', () => {
  let t: TestApp;
  let owner: { id: string; partyId: string };
  let cardOwner: { id: string; partyId: string };

  const total = async (path: string, query: Row) =>
    Number(
      (
        await t.http
          .get(path)
          .query({ ...query, limit: 0 })
          .set('Authorization', ADMIN_AUTH)
          .expect(200)
      ).headers['x-total-count'],
    );
  const rows = async (sql: string, params: unknown[] = []) => (await t.db.dataSource.query(sql, params)) as Row[];
  const post = (path: string, body: Row, key: string, auth = ADMIN_AUTH) =>
    t.http.post(path).set('Authorization', auth).set('Idempotency-Key', key).send(body);

  const creations: Record<string, Creation> = {
    'TMF632 individual': {
      path: () => '/tmf-api/party/v4/individual',
      body: (tag) => ({ givenName: 'Idem', familyName: tag }),
      count: (tag) => total('/tmf-api/party/v4/individual', { familyName: tag }),
    },
    'TMF632 organization': {
      path: () => '/tmf-api/party/v4/organization',
      body: (tag) => ({ tradingName: tag }),
      count: (tag) => total('/tmf-api/party/v4/organization', { tradingName: tag }),
    },
    'TMF629 customer': {
      path: () => '/tmf-api/customerManagement/v4/customer',
      body: (tag) => ({ name: tag, engagedParty: { id: partyFor[tag] } }),
      count: (tag) => total('/tmf-api/customerManagement/v4/customer', { name: tag }),
    },
    'TMF666 billing account': {
      path: () => '/tmf-api/accountManagement/v4/billingAccount',
      body: (tag) => ({ name: tag, relatedParty: [{ id: owner.id, '@referredType': 'Customer' }] }),
      count: (tag) => total('/tmf-api/accountManagement/v4/billingAccount', { name: tag }),
    },
    'TMF670 payment method': {
      path: () => PAYMENT_METHODS,
      body: (tag) => ({
        '@type': 'bankCard',
        name: tag,
        relatedParty: { id: owner.id },
        details: { cardNumber: VISA, expirationDate: '12/30', cvc: CVC, nameOnCard: 'IDEM TEST' },
      }),
      count: (tag) => total(PAYMENT_METHODS, { name: tag }),
    },
    'payment card (the card form)': {
      path: () => `/api/v1/customers/${cardOwner.id}/payment-cards`,
      body: (tag) => ({ number: VISA, expiryMonth: 12, expiryYear: 2030, cvc: CVC, holderName: 'IDEM TEST', name: tag }),
      count: (tag) => total(PAYMENT_METHODS, { name: tag }),
    },
    'client group': {
      path: () => '/api/v1/client_groups',
      body: (tag) => ({ name: tag, clientIds: [] }),
      count: (tag) => total('/api/v1/client_groups', { name: tag }),
    },
    company: { path: () => '/api/v1/companies', body: (tag) => ({ name: tag }), count: (tag) => total('/api/v1/companies', { name: tag }) },
    'TMF hub registration': {
      path: () => '/tmf-api/customerManagement/v4/hub',
      body: (tag) => ({ callback: 'http://127.0.0.1:9/cb', query: `eventType=CustomerCreateEvent&tag=${tag}` }),
      count: async (tag) =>
        Number(
          (await rows('SELECT COUNT(*) AS n FROM event_subscription WHERE query = ?', [`eventType=CustomerCreateEvent&tag=${tag}`]))[0].n,
        ),
    },
  };
  /** Customers need a party of their own: one per tag, made before the burst. */
  const partyFor: Record<string, string> = {};
  const tagFor = async (name: string) => {
    const tag = `Idem${randomUUID().slice(0, 8)}`;
    if (name === 'TMF629 customer') {
      partyFor[tag] = (
        (
          await t.http
            .post('/tmf-api/party/v4/individual')
            .set('Authorization', ADMIN_AUTH)
            .send({ givenName: 'Idem', familyName: `Party${tag}` })
            .expect(201)
        ).body as { id: string }
      ).id;
    }
    return tag;
  };

  beforeAll(async () => {
    t = await createApiTestApp();
    owner = await newIndividualCustomer(t, ADMIN_AUTH);
    cardOwner = await newIndividualCustomer(t, ADMIN_AUTH);
  });
  afterAll(() => t.close());

  it.each(Object.keys(creations))('creates one %s for 20 concurrent requests with one key, and answers all 20 alike', async (name) => {
    const creation = creations[name];
    const tag = await tagFor(name);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(creation.path(), creation.body(tag), key)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const [first] = answers;
    for (const answer of answers) {
      expect(answer.body).toEqual(first.body);
      expect(answer.headers.location).toBe(first.headers.location);
    }
    expect(await creation.count(tag)).toBe(1);
    // A later retry is the same answer again, and still one record.
    const retry = await post(creation.path(), creation.body(tag), key).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await creation.count(tag)).toBe(1);
  });

  it.each(Object.keys(creations))('refuses a key reused for another %s (422) and creates nothing', async (name) => {
    const creation = creations[name];
    const [tag, other] = [await tagFor(name), await tagFor(name)];
    const key = randomUUID();
    await post(creation.path(), creation.body(tag), key).expect(201);
    const reused = await post(creation.path(), creation.body(other), key).expect(422);
    expect(reused.body).toMatchObject({ '@type': 'Error', code: 'IDEMPOTENCY_KEY_REUSED', status: '422' });
    expect([await creation.count(tag), await creation.count(other)]).toEqual([1, 0]);
  });

  it("tells requests apart by attributes that are secret elsewhere only (an affiliate's code is no one-time code)", async () => {
    const key = randomUUID();
    const tag = randomUUID().slice(0, 8);
    await post('/api/v1/affiliates', { name: 'Same Name', code: `north-${tag}` }, key).expect(201);
    expect((await post('/api/v1/affiliates', { name: 'Same Name', code: `south-${tag}` }, key).expect(422)).body.code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('keeps the keys of two principals apart', async () => {
    const username = `idem.agent.${randomUUID().slice(0, 8)}`;
    await t.http
      .post('/api/v1/users')
      .set('Authorization', ADMIN_AUTH)
      .send({ username, displayName: 'Idem Agent', password: 'Idem-Agent-2026!', roles: ['admin'] })
      .expect(201);
    const key = randomUUID();
    const [mine, theirs] = [`IdemMine${randomUUID().slice(0, 6)}`, `IdemTheirs${randomUUID().slice(0, 6)}`];
    const a = await post('/tmf-api/party/v4/individual', { givenName: 'Idem', familyName: mine }, key).expect(201);
    const b = await post(
      '/tmf-api/party/v4/individual',
      { givenName: 'Idem', familyName: theirs },
      key,
      basic(username, 'Idem-Agent-2026!'),
    ).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
    expect([await creations['TMF632 individual'].count(mine), await creations['TMF632 individual'].count(theirs)]).toEqual([1, 1]);
  });

  describe('secrets at rest', () => {
    it('replays an issued credential without its password, and stores none', async () => {
      const affiliate = (
        await t.http
          .post('/api/v1/affiliates')
          .set('Authorization', ADMIN_AUTH)
          .send({ name: 'Idem Partner', code: `idem-${randomUUID().slice(0, 8)}` })
          .expect(201)
      ).body as { id: number };
      const key = randomUUID();
      const issued = await post(`/api/v1/affiliates/${affiliate.id}/credentials`, {}, key).expect(201);
      expect(typeof issued.body.password).toBe('string');
      const replay = await post(`/api/v1/affiliates/${affiliate.id}/credentials`, {}, key).expect(201);
      expect(replay.body.userId).toBe(issued.body.userId);
      expect(replay.body.username).toBe(issued.body.username);
      expect(replay.body).not.toHaveProperty('password');
      expect(replay.text).not.toContain(issued.body.password);
      // One credential was issued, and its password works.
      expect(
        (await t.http.get(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.credentialCount,
      ).toBe(1);
      await t.http.post('/api/v1/auth').set('Authorization', basic(issued.body.username, issued.body.password)).expect(200);
      const stored = await rows('SELECT response FROM idempotency_record WHERE `key` = ?', [key]);
      expect(stored).toHaveLength(1);
      expect(String(stored[0].response)).toContain(issued.body.username);
      expect(String(stored[0].response)).not.toContain(issued.body.password);
    });

    it.each([
      [
        'TMF670',
        () => PAYMENT_METHODS,
        {
          '@type': 'bankCard',
          name: 'Secret card',
          relatedParty: { id: '' },
          details: { cardNumber: VISA, expirationDate: '12/30', cvc: CVC, nameOnCard: 'IDEM TEST' },
        },
      ],
      [
        'the card form',
        () => `/api/v1/customers/${cardOwner.id}/payment-cards`,
        { number: VISA, expiryMonth: 12, expiryYear: 2030, cvc: CVC, holderName: 'IDEM TEST' },
      ],
    ])('keeps no card number or CVC of a card added through %s', async (_what, path, body) => {
      const key = randomUUID();
      const sent = 'relatedParty' in body ? { ...body, relatedParty: { id: cardOwner.id } } : body;
      await post(path(), sent, key).expect(201);
      await post(path(), sent, key).expect(201);
      const stored = await rows('SELECT * FROM idempotency_record WHERE `key` = ?', [key]);
      expect(stored).toHaveLength(1);
      expect(String(stored[0].request_hash)).toMatch(/^[0-9a-f]{64}$/);
      const everything = JSON.stringify(stored);
      expect(everything).toContain('4242');
      expect(everything).not.toContain(VISA);
      // The hash is hex, where any four digits may turn up by chance: the CVC is looked for elsewhere.
      expect(JSON.stringify({ ...stored[0], request_hash: undefined })).not.toContain(CVC);
    });
  });

  it('documents the Idempotency-Key header on every POST that creates (201)', async () => {
    const document = (await t.http.get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Row; parameters?: { name: string; in: string }[] }>>;
    };
    const creating = Object.entries(document.paths).flatMap(([path, operations]) =>
      operations.post?.responses['201'] ? [{ path, parameters: operations.post.parameters ?? [] }] : [],
    );
    expect(creating.length).toBeGreaterThan(20);
    const missing = creating
      .filter(({ parameters }) => !parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
      .map(({ path }) => `POST ${path}`);
    expect(missing).toEqual([]);
  });
});
