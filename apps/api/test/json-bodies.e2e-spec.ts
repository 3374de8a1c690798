import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newIndividualCustomer, newSubscriberLogin } from '@contactly/customers/testing';
import { createApiTestApp } from './api-test-app.js';
import { errorShape, rawRequest, tableCounts, WRITTEN_TABLES } from './raw-http.js';

const INDIVIDUALS = '/tmf-api/party/v4/individual';

/**
 * JSON text with a lone UTF-16 surrogate where `@@LONE@@` stands: the escape `\ud800` is written
 * into the text itself, as JSON.stringify would never produce it from a JS string.
 */
const withLoneSurrogate = (value: unknown) => JSON.stringify(value).replaceAll('@@LONE@@', '\\ud800');
const deepArrays = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const deepObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** `{"givenName": …, "nested": deep}`: a real body around a deep value. */
const around = (deep: string) => `{"givenName":"Deep","familyName":"Deep","username":"deep.user","nested":${deep}}`;

describe('JSON bodies: Unicode and depth', () => {
  let t: TestApp;
  let subscriber: { auth: string; partyId: string };
  let clientId: number;
  let partyId: string;

  const send = (method: 'post' | 'patch' | 'put', path: string, text: string, auth?: string, contentType = 'application/json') => {
    const req = t.http[method](path).set('Content-Type', contentType);
    if (auth) req.set('Authorization', auth);
    return req.send(text);
  };
  const read = async (path: string, auth = ADMIN_AUTH) =>
    (await t.http.get(path).set('Authorization', auth).expect(200)).body as Record<string, unknown>;
  /** Everything a refused request could have changed: row counts, and the records it addressed. */
  const snapshot = async () => ({
    counts: await tableCounts(t, WRITTEN_TABLES),
    client: await read(`/api/v1/clients/${clientId}`),
    party: await read(`${INDIVIDUALS}/${partyId}`),
    profile: await read('/api/v1/self-service/profile', subscriber.auth),
  });
  const stillServing = async () => {
    await t.http.get('/health').expect(200);
    await t.http.get('/api/v1/users/me').set('Authorization', ADMIN_AUTH).expect(200);
  };

  beforeAll(async () => {
    t = await createApiTestApp();
    const customer = await newIndividualCustomer(t, ADMIN_AUTH, { email: 'unicode.owner@example.com' });
    subscriber = { ...(await newSubscriberLogin(t, Number(customer.id))), partyId: customer.partyId };
    clientId = (
      (
        await t.http
          .post('/api/v1/clients/add')
          .set('Authorization', ADMIN_AUTH)
          .send({ firstName: 'Ada', lastName: 'Unicode' })
          .expect(201)
      ).body as { clientId: number }
    ).clientId;
    partyId = (
      (await t.http.post(INDIVIDUALS).set('Authorization', ADMIN_AUTH).send({ givenName: 'Grace', familyName: 'Depth' }).expect(201))
        .body as { id: string }
    ).id;
    // Sign the subscriber in once, so a later refusal cannot be put down to their credentials.
    await read('/api/v1/self-service/profile', subscriber.auth);
  });
  afterAll(() => t.close());

  describe('a lone surrogate', () => {
    const email = 'lone@@LONE@@surrogate@example.com';
    const operations: [string, 'post' | 'patch' | 'put', () => string, () => string, (() => string) | undefined][] = [
      [
        'anonymous registration',
        'post',
        () => '/api/v1/self-service/register',
        () =>
          withLoneSurrogate({
            email,
            phone: '+4915112345678',
            password: 'Register-Pass-2026!',
            givenName: 'Lone',
            familyName: 'Surrogate',
          }),
        undefined,
      ],
      ['anonymous password reset', 'post', () => '/api/v1/auth/password-reset', () => withLoneSurrogate({ email }), undefined],
      [
        'a new user',
        'post',
        () => '/api/v1/users',
        () => withLoneSurrogate({ username: 'lone.user', displayName: 'Lone', email, password: 'Lone-Pass-2026!', roles: ['agent'] }),
        () => ADMIN_AUTH,
      ],
      [
        'a TMF individual',
        'post',
        () => INDIVIDUALS,
        () =>
          withLoneSurrogate({
            givenName: 'Lone',
            familyName: 'Surrogate',
            contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: email } }],
          }),
        () => ADMIN_AUTH,
      ],
      [
        'a merge patch of an individual',
        'patch',
        () => `${INDIVIDUALS}/${partyId}`,
        () => withLoneSurrogate({ familyName: 'Lone@@LONE@@' }),
        () => ADMIN_AUTH,
      ],
      [
        'the self-service profile',
        'patch',
        () => '/api/v1/self-service/profile',
        () => withLoneSurrogate({ contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: email } }] }),
        () => subscriber.auth,
      ],
      [
        'a client edit',
        'put',
        () => `/api/v1/clients/edit/${clientId}`,
        () => withLoneSurrogate({ firstName: 'Ada@@LONE@@' }),
        () => ADMIN_AUTH,
      ],
      [
        'an attribute name',
        'post',
        () => INDIVIDUALS,
        () => withLoneSurrogate({ givenName: 'Lone', familyName: 'Key', '@@LONE@@': 'x' }),
        () => ADMIN_AUTH,
      ],
    ];

    it.each(operations)(
      'is refused in %s (400 INVALID_UNICODE, not 500), and nothing is written',
      async (_what, method, path, body, auth) => {
        const before = await snapshot();
        const res = await send(method, path(), body(), auth?.());
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject(errorShape(400, 'INVALID_UNICODE'));
        expect(await snapshot()).toEqual(before);
        await stillServing();
      },
    );

    it('is told apart from a well-formed pair, which is stored as sent', async () => {
      const res = await send(
        'post',
        INDIVIDUALS,
        JSON.stringify({ givenName: 'Pair', familyName: 'Emoji' }).replace('Emoji', 'Emoji\\ud83d\\ude00'),
        ADMIN_AUTH,
      ).expect(201);
      expect(res.body.familyName).toBe('Emoji😀');
    });
  });

  it.each([
    ['a lone continuation byte', [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]],
    ['a truncated two-byte sequence', [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x22, 0x7d]],
    ['an encoded surrogate (CESU-8)', [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]],
  ])('refuses a body that is not UTF-8 (%s) with 400, on anonymous and signed-in routes alike', async (_what, bytes) => {
    const before = await snapshot();
    for (const [path, auth] of [
      ['/api/v1/users', ADMIN_AUTH],
      ['/api/v1/self-service/register', undefined],
      ['/api/v1/auth/password-reset', undefined],
    ] as const) {
      // Raw: supertest would serialize a Buffer as JSON when the content type says JSON.
      const res = await rawRequest(
        t,
        'POST',
        path,
        [['Content-Type', 'application/json'], ...(auth ? [['Authorization', auth] as [string, string]] : [])],
        Buffer.from(bytes),
      );
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 400, code: 'INVALID_UNICODE' });
    }
    expect(await snapshot()).toEqual(before);
    await stillServing();
  });

  describe('nesting', () => {
    const routes: [string, 'post' | 'patch', () => string, string | undefined, (() => string) | undefined][] = [
      ['a new user', 'post', () => '/api/v1/users', undefined, () => ADMIN_AUTH],
      ['a merge patch', 'patch', () => `${INDIVIDUALS}/${partyId}`, 'application/merge-patch+json', () => ADMIN_AUTH],
      ['a communication', 'post', () => '/api/v1/communications', undefined, () => ADMIN_AUTH],
      ['an anonymous registration', 'post', () => '/api/v1/self-service/register', undefined, undefined],
    ];
    const shapes: [string, string][] = [
      ['arrays', deepArrays(2000)],
      ['objects', deepObjects(2000)],
      ['arrays inside a real body', around(deepArrays(2000))],
      ['objects inside a real body', around(deepObjects(2000))],
      ['just past the limit', around(deepObjects(40))],
    ];
    const cases = routes.flatMap((route) => shapes.map(([shape, text]) => [route[0], shape, route, text] as const));

    it.each(cases)(
      'refuses %s with %s nested too deep (400 JSON_TOO_DEEP), and writes nothing',
      async (_route, _shape, [, method, path, contentType, auth], text) => {
        const before = await snapshot();
        const res = await send(method, path(), text, auth?.(), contentType);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject(errorShape(400, 'JSON_TOO_DEEP'));
        expect(await snapshot()).toEqual(before);
        await stillServing();
      },
    );

    it('takes 20 levels in a free-form value to validation, which names the field', async () => {
      const before = await snapshot();
      const variables = JSON.parse(deepObjects(20)) as Record<string, unknown>;
      const res = await t.http
        .post('/api/v1/communications')
        .set('Authorization', ADMIN_AUTH)
        .send({
          name: 'Deep variables',
          communicationTypeId: 1,
          sendChannelTypeId: 1,
          documentId: 1,
          variables,
          recipients: { clientIds: [clientId] },
        })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([expect.stringMatching(/^variables\b/)]);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('shapes validation must not let through', () => {
    it('counts characters as the columns do: text of variation selectors is bounded too (400, not a 500 on MariaDB)', async () => {
      const before = await snapshot();
      const res = await t.http
        .post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'a\ufe0f'.repeat(200) });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(errorShape(400, 'VALIDATION_FAILED'));
      expect(res.body.details).toEqual([{ field: 'name', message: 'must be shorter than or equal to 200 characters' }]);
      expect(await snapshot()).toEqual(before);
      await t.http
        .post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'a\ufe0f'.repeat(100) })
        .expect(201);
    });

    it('refuses an array where an object belongs (contactMedium: [[]]) with 400', async () => {
      const before = await snapshot();
      const res = await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'Nested', familyName: 'Arrays', contactMedium: [[]] });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(errorShape(400, 'VALIDATION_FAILED'));
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'contactMedium' })]));
      expect(await snapshot()).toEqual(before);
    });
  });
});
