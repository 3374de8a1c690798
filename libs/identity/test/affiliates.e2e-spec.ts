import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

interface AffiliateBody {
  id: number;
  name: string;
  code: string;
  contactEmail: string | null;
  status: 'active' | 'suspended';
  credentialCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface CredentialBody {
  userId: number;
  username: string;
  active: boolean;
  createdAt: string;
  password?: string;
}

describe('affiliates: /api/v1/affiliates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdentityTestApp();
  });
  afterAll(() => t.close());

  let sequence = 0;
  const uniqueCode = (stem = 'aff') => `${stem}-${(sequence += 1)}`;

  const createAffiliate = async (input: Partial<Pick<AffiliateBody, 'name' | 'code' | 'contactEmail' | 'status'>> = {}) => {
    const code = input.code ?? uniqueCode();
    const res = await t.http
      .post('/api/v1/affiliates')
      .set('Authorization', ADMIN_AUTH)
      .send({
        name: input.name ?? `Affiliate ${code}`,
        code,
        ...(input.contactEmail !== undefined ? { contactEmail: input.contactEmail } : {}),
        ...(input.status ? { status: input.status } : {}),
      })
      .expect(201);
    return res.body as AffiliateBody;
  };

  const issueCredential = async (affiliateId: number) => {
    const res = await t.http.post(`/api/v1/affiliates/${affiliateId}/credentials`).set('Authorization', ADMIN_AUTH).send({}).expect(201);
    const credential = res.body as Required<CredentialBody>;
    return { ...credential, auth: basic(credential.username, credential.password), location: res.headers.location as string };
  };

  const getAffiliate = async (id: number) =>
    (await t.http.get(`/api/v1/affiliates/${id}`).set('Authorization', ADMIN_AUTH).expect(200)).body as AffiliateBody;

  describe('create, read, update, delete', () => {
    it('creates an affiliate: 201 with Location and ETag, readable at the Location', async () => {
      const res = await t.http
        .post('/api/v1/affiliates')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'Northwind Mobile', code: 'northwind', contactEmail: 'Ops@Northwind.example' })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        name: 'Northwind Mobile',
        code: 'northwind',
        contactEmail: 'ops@northwind.example',
        status: 'active',
        credentialCount: 0,
        version: 1,
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        updatedAt: expect.any(String),
      });
      expect(res.headers.location).toMatch(new RegExp(`/api/v1/affiliates/${res.body.id}$`));
      expect(res.headers.etag).toBe('"1"');
      const read = await t.http.get(new URL(res.headers.location).pathname).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body).toEqual(res.body);
      expect(read.headers.etag).toBe('"1"');
    });

    it('patches name, contact email and status with a current If-Match', async () => {
      const affiliate = await createAffiliate({ contactEmail: 'a@example.com' });
      const res = await t.http
        .patch(`/api/v1/affiliates/${affiliate.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"1"')
        .send({ name: `${affiliate.name} Ltd`, contactEmail: null, status: 'suspended' })
        .expect(200);
      expect(res.body).toMatchObject({
        name: `${affiliate.name} Ltd`,
        code: affiliate.code,
        contactEmail: null,
        status: 'suspended',
        version: 2,
      });
      expect(res.headers.etag).toBe('"2"');
      expect(await getAffiliate(affiliate.id)).toEqual(res.body);
    });

    it('accepts application/merge-patch+json', async () => {
      const affiliate = await createAffiliate();
      await t.http
        .patch(`/api/v1/affiliates/${affiliate.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ contactEmail: 'merge@example.com' }))
        .expect(200);
      expect((await getAffiliate(affiliate.id)).contactEmail).toBe('merge@example.com');
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const affiliate = await createAffiliate();
      await t.http
        .patch(`/api/v1/affiliates/${affiliate.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"1"')
        .send({ contactEmail: 'first@example.com' })
        .expect(200);
      const stale = await t.http
        .patch(`/api/v1/affiliates/${affiliate.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"1"')
        .send({ contactEmail: 'second@example.com' })
        .expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      expect(await getAffiliate(affiliate.id)).toMatchObject({ contactEmail: 'first@example.com', version: 2 });
    });

    it('refuses to change the code (not patchable) with 400', async () => {
      const affiliate = await createAffiliate();
      const res = await t.http
        .patch(`/api/v1/affiliates/${affiliate.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ code: 'hijacked' })
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'code', message: 'is not a known attribute' }]);
      expect((await getAffiliate(affiliate.id)).code).toBe(affiliate.code);
    });

    it('deletes an affiliate: 204, then 404', async () => {
      const affiliate = await createAffiliate();
      await t.http.delete(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      const res = await t.http.get(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'AFFILIATE_NOT_FOUND', status: '404' });
      await t.http.delete(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH).expect(404);
    });
  });

  describe('uniqueness and validation', () => {
    it('refuses a name already used, whatever its case (409), and creates nothing', async () => {
      const first = await createAffiliate({ name: `Contoso Telecom ${uniqueCode('n')}` });
      const res = await t.http
        .post('/api/v1/affiliates')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: first.name.toUpperCase(), code: uniqueCode() })
        .expect(409);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'AFFILIATE_NAME_TAKEN', status: '409' });
      await t.http
        .get('/api/v1/affiliates')
        .query({ q: first.name.toLowerCase() })
        .set('Authorization', ADMIN_AUTH)
        .expect('x-total-count', '1');
    });

    it('refuses a code already used (409)', async () => {
      const first = await createAffiliate();
      const res = await t.http
        .post('/api/v1/affiliates')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Other ${first.code}`, code: first.code })
        .expect(409);
      expect(res.body.code).toBe('AFFILIATE_CODE_TAKEN');
      await t.http.get(`/api/v1/affiliates?code=${first.code}`).set('Authorization', ADMIN_AUTH).expect('x-total-count', '1');
    });

    it('refuses renaming to the name of another affiliate, whatever its case (409)', async () => {
      const taken = await createAffiliate({ name: `Fabrikam ${uniqueCode('n')}` });
      const other = await createAffiliate();
      const res = await t.http
        .patch(`/api/v1/affiliates/${other.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: taken.name.toLowerCase() })
        .expect(409);
      expect(res.body.code).toBe('AFFILIATE_NAME_TAKEN');
      expect((await getAffiliate(other.id)).name).toBe(other.name);
    });

    it('lets an affiliate change the case of its own name', async () => {
      const affiliate = await createAffiliate({ name: `lowercase ${uniqueCode('n')}` });
      const res = await t.http
        .patch(`/api/v1/affiliates/${affiliate.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: affiliate.name.toUpperCase() })
        .expect(200);
      expect(res.body.name).toBe(affiliate.name.toUpperCase());
    });

    it.each(['Has Space', 'UPPER', 'a', '-leading', 'under_score', 'x'.repeat(41), ''])(
      'refuses the invalid code %p with 400',
      async (code) => {
        const res = await t.http
          .post('/api/v1/affiliates')
          .set('Authorization', ADMIN_AUTH)
          .send({ name: `Invalid code ${code}`, code })
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.map((d: { field: string }) => d.field)).toContain('code');
      },
    );

    it('answers concurrent creates of the same code with one 201 and 409s, never 500', async () => {
      const code = uniqueCode('race');
      const results = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          t.http
            .post('/api/v1/affiliates')
            .set('Authorization', ADMIN_AUTH)
            .send({ name: `Racer ${code} ${n}`, code }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      for (const refused of results.filter((r) => r.status === 409))
        expect(refused.body).toMatchObject({ '@type': 'Error', status: '409' });
      await t.http.get(`/api/v1/affiliates?code=${code}`).set('Authorization', ADMIN_AUTH).expect('x-total-count', '1');
    });

    it('refuses a bad status and a bad contact email with 400 naming each', async () => {
      const res = await t.http
        .post('/api/v1/affiliates')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'Bad Fields', code: uniqueCode(), status: 'closed', contactEmail: 'not-an-email' })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['contactEmail', 'status']);
    });
  });

  describe('list conventions', () => {
    let listed: AffiliateBody[];
    beforeAll(async () => {
      // Names and codes share a prefix only this block uses, so other tests' rows never match.
      listed = [
        await createAffiliate({ name: 'Listco Alpha', code: 'listco-a' }),
        await createAffiliate({ name: 'Listco Bravo', code: 'listco-b', status: 'suspended' }),
        await createAffiliate({ name: 'Listco Charlie', code: 'listco-c' }),
        await createAffiliate({ name: 'Listco Delta', code: 'listco-d', status: 'suspended' }),
        await createAffiliate({ name: 'Zeta Partners', code: 'listco-z' }),
      ];
    });
    const names = (body: AffiliateBody[]) => body.map((a) => a.name);

    it('searches by the start of the name (any case) or of the code with q', async () => {
      const byName = await t.http.get('/api/v1/affiliates?q=LISTCO').set('Authorization', ADMIN_AUTH).expect(200);
      expect(names(byName.body)).toEqual(['Listco Alpha', 'Listco Bravo', 'Listco Charlie', 'Listco Delta', 'Zeta Partners']);
      const byCode = await t.http.get('/api/v1/affiliates?q=listco-z').set('Authorization', ADMIN_AUTH).expect(200);
      expect(names(byCode.body)).toEqual(['Zeta Partners']);
      const middle = await t.http.get('/api/v1/affiliates?q=Bravo').set('Authorization', ADMIN_AUTH).expect(200);
      expect(middle.body).toEqual([]);
    });

    it('filters by status and by code', async () => {
      const suspended = await t.http.get('/api/v1/affiliates?q=listco&status=suspended').set('Authorization', ADMIN_AUTH).expect(200);
      expect(names(suspended.body)).toEqual(['Listco Bravo', 'Listco Delta']);
      expect(suspended.headers['x-total-count']).toBe('2');
      const byCode = await t.http.get('/api/v1/affiliates?code=listco-c').set('Authorization', ADMIN_AUTH).expect(200);
      expect(names(byCode.body)).toEqual(['Listco Charlie']);
      const bad = await t.http.get('/api/v1/affiliates?status=closed').set('Authorization', ADMIN_AUTH).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['status']);
    });

    it('sorts by name or code, ascending or descending', async () => {
      const desc = await t.http.get('/api/v1/affiliates?q=listco&sort=-name').set('Authorization', ADMIN_AUTH).expect(200);
      expect(names(desc.body)).toEqual(['Zeta Partners', 'Listco Delta', 'Listco Charlie', 'Listco Bravo', 'Listco Alpha']);
      const byCode = await t.http.get('/api/v1/affiliates?q=listco&sort=-code&fields=code').set('Authorization', ADMIN_AUTH).expect(200);
      expect(byCode.body).toEqual(
        ['listco-z', 'listco-d', 'listco-c', 'listco-b', 'listco-a'].map((code) => ({ id: expect.any(Number), code })),
      );
    });

    it('pages with offset and limit, reporting X-Total-Count and X-Result-Count', async () => {
      const page = await t.http.get('/api/v1/affiliates?q=listco&sort=code&offset=1&limit=2').set('Authorization', ADMIN_AUTH).expect(200);
      expect(page.headers['x-total-count']).toBe('5');
      expect(page.headers['x-result-count']).toBe('2');
      expect(names(page.body)).toEqual(['Listco Bravo', 'Listco Charlie']);
      const beyond = await t.http.get('/api/v1/affiliates?q=listco&offset=10').set('Authorization', ADMIN_AUTH).expect(200);
      expect(beyond.body).toEqual([]);
      expect(beyond.headers['x-total-count']).toBe('5');
    });

    it('compares creation dates with .gte/.lt', async () => {
      const last = listed[listed.length - 1];
      const res = await t.http
        .get('/api/v1/affiliates')
        .query({ q: 'listco', 'createdAt.gte': last.createdAt })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(res.body.map((a: AffiliateBody) => a.id)).toContain(last.id);
      expect(res.body.every((a: AffiliateBody) => a.createdAt >= last.createdAt)).toBe(true);
      const before = await t.http
        .get('/api/v1/affiliates')
        .query({ q: 'listco', 'createdAt.lt': listed[0].createdAt })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(before.body).toEqual([]);
    });

    it('treats %, _ and the LIKE escape character ! in q as plain text', async () => {
      await t.http.get('/api/v1/affiliates').query({ q: '%' }).set('Authorization', ADMIN_AUTH).expect(200).expect('x-total-count', '0');
      await t.http
        .get('/api/v1/affiliates')
        .query({ q: 'listco_' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
        .expect('x-total-count', '0');
      const bang = await createAffiliate({ name: 'Bang! 50%_Off Mobile', code: uniqueCode('bang') });
      const found = await t.http.get('/api/v1/affiliates').query({ q: 'bang! 50%_' }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(found.body.map((a: AffiliateBody) => a.id)).toEqual([bang.id]);
      await t.http
        .get('/api/v1/affiliates')
        .query({ q: 'bang!!' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
        .expect('x-total-count', '0');
      await t.http
        .get('/api/v1/affiliates')
        .query({ q: 'bang! 5_%' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
        .expect('x-total-count', '0');
    });

    it.each([
      ['an unknown sort field', 'sort=credentialCount', 'sort'],
      ['an unknown filter', 'nameKey=x', 'nameKey'],
      ['an operator on text', 'name.gte=a', 'name.gte'],
      ['a repeated filter', 'code=a&code=b', 'code'],
      ['a negative offset', 'offset=-1', 'offset'],
    ])('refuses %s with 400 naming it', async (_case, query, field) => {
      const res = await t.http.get(`/api/v1/affiliates?${query}`).set('Authorization', ADMIN_AUTH).expect(400);
      expect(res.body.code).toBe('INVALID_LIST_QUERY');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });
  });

  describe('API credentials', () => {
    it('issues a credential whose password is shown once, and which signs in as the affiliate', async () => {
      const affiliate = await createAffiliate();
      const credential = await issueCredential(affiliate.id);
      expect(credential).toMatchObject({ userId: expect.any(Number), username: `${affiliate.code}-api-1`, active: true });
      expect(credential.password.length).toBeGreaterThanOrEqual(20);
      expect(credential.location).toMatch(new RegExp(`/api/v1/affiliates/${affiliate.id}/credentials/${credential.userId}$`));
      const principal = await t.http.post('/api/v1/auth').set('Authorization', credential.auth).expect(200);
      expect(principal.body).toMatchObject({
        username: credential.username,
        kind: 'affiliate',
        affiliateId: affiliate.id,
        roles: ['affiliate'],
      });
      expect(principal.body.permissions).toContain('customers:read');
      expect(principal.body.permissions).not.toContain('users:read');
      expect((await getAffiliate(affiliate.id)).credentialCount).toBe(1);
    });

    it('numbers further credentials and gives each its own password', async () => {
      const affiliate = await createAffiliate();
      const first = await issueCredential(affiliate.id);
      const second = await issueCredential(affiliate.id);
      expect(second.username).toBe(`${affiliate.code}-api-2`);
      expect(second.password).not.toBe(first.password);
      await t.http.post('/api/v1/auth').set('Authorization', basic(second.username, first.password)).expect(401);
      await t.http.post('/api/v1/auth').set('Authorization', second.auth).expect(200);
    });

    it('lists credentials without ever returning a password', async () => {
      const affiliate = await createAffiliate();
      const first = await issueCredential(affiliate.id);
      const second = await issueCredential(affiliate.id);
      const res = await t.http.get(`/api/v1/affiliates/${affiliate.id}/credentials`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body).toEqual([
        { userId: first.userId, username: first.username, active: true, createdAt: expect.any(String) },
        { userId: second.userId, username: second.username, active: true, createdAt: expect.any(String) },
      ]);
      expect(res.text).not.toContain(first.password);
      expect(res.text).not.toContain(second.password);
      expect(res.text).not.toMatch(/password|hash/i);
    });

    it('stops a credential at once when the affiliate is suspended, and lets it in again when reactivated', async () => {
      const affiliate = await createAffiliate();
      const credential = await issueCredential(affiliate.id);
      await t.http.post('/api/v1/auth').set('Authorization', credential.auth).expect(200); // now cached
      await t.http.patch(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'suspended' }).expect(200);
      const refused = await t.http.post('/api/v1/auth').set('Authorization', credential.auth).expect(401);
      expect(refused.headers['www-authenticate']).toMatch(/^Basic/);
      await t.http.patch(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'active' }).expect(200);
      await t.http.post('/api/v1/auth').set('Authorization', credential.auth).expect(200);
    });

    it('issues no working credential for an affiliate created suspended', async () => {
      const affiliate = await createAffiliate({ status: 'suspended' });
      const credential = await issueCredential(affiliate.id);
      await t.http.post('/api/v1/auth').set('Authorization', credential.auth).expect(401);
    });

    it('revokes a credential: 204, then it gets 401 and is no longer listed', async () => {
      const affiliate = await createAffiliate();
      const kept = await issueCredential(affiliate.id);
      const revoked = await issueCredential(affiliate.id);
      await t.http.post('/api/v1/auth').set('Authorization', revoked.auth).expect(200); // now cached
      await t.http.delete(`/api/v1/affiliates/${affiliate.id}/credentials/${revoked.userId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.post('/api/v1/auth').set('Authorization', revoked.auth).expect(401);
      await t.http.post('/api/v1/auth').set('Authorization', kept.auth).expect(200);
      const list = await t.http.get(`/api/v1/affiliates/${affiliate.id}/credentials`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(list.body.map((c: CredentialBody) => c.userId)).toEqual([kept.userId]);
      expect((await getAffiliate(affiliate.id)).credentialCount).toBe(1);
      await t.http.delete(`/api/v1/affiliates/${affiliate.id}/credentials/${revoked.userId}`).set('Authorization', ADMIN_AUTH).expect(404);
    });

    it('revokes every credential when the affiliate is deleted', async () => {
      const affiliate = await createAffiliate();
      const first = await issueCredential(affiliate.id);
      const second = await issueCredential(affiliate.id);
      await t.http.post('/api/v1/auth').set('Authorization', first.auth).expect(200); // now cached
      await t.http.delete(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.post('/api/v1/auth').set('Authorization', first.auth).expect(401);
      await t.http.post('/api/v1/auth').set('Authorization', second.auth).expect(401);
      await t.http.get(`/api/v1/users/${first.userId}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http
        .get(`/api/v1/users?affiliateId=${affiliate.id}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
        .expect('x-total-count', '0');
    });

    it('does not let an affiliate credential manage affiliates (403)', async () => {
      const affiliate = await createAffiliate();
      const credential = await issueCredential(affiliate.id);
      const res = await t.http.get('/api/v1/affiliates').set('Authorization', credential.auth).expect(403);
      expect(res.body.code).toBe('PERMISSION_DENIED');
      await t.http.post(`/api/v1/affiliates/${affiliate.id}/credentials`).set('Authorization', credential.auth).send({}).expect(403);
      expect((await getAffiliate(affiliate.id)).credentialCount).toBe(1);
    });
  });

  describe('unknown ids', () => {
    it.each(['987654', 'abc', '0', '-1', '1.5', '99999999999'])('answers 404 AFFILIATE_NOT_FOUND for the affiliate id %p', async (id) => {
      for (const req of [
        t.http.get(`/api/v1/affiliates/${id}`),
        t.http.patch(`/api/v1/affiliates/${id}`).send({ contactEmail: 'x@example.com' }),
        t.http.delete(`/api/v1/affiliates/${id}`),
        t.http.get(`/api/v1/affiliates/${id}/credentials`),
        t.http.post(`/api/v1/affiliates/${id}/credentials`).send({}),
      ]) {
        const res = await req.set('Authorization', ADMIN_AUTH).expect(404);
        expect(res.body).toMatchObject({ '@type': 'Error', code: 'AFFILIATE_NOT_FOUND', status: '404' });
      }
    });

    it('answers 404 CREDENTIAL_NOT_FOUND for an unknown credential, a staff user, or another affiliate’s credential', async () => {
      const affiliate = await createAffiliate();
      const other = await createAffiliate();
      const othersCredential = await issueCredential(other.id);
      const staff = await newUser(t);
      for (const userId of ['987654', String(staff.id), String(othersCredential.userId), 'abc']) {
        const res = await t.http
          .delete(`/api/v1/affiliates/${affiliate.id}/credentials/${userId}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
        expect(res.body).toMatchObject({ '@type': 'Error', code: 'CREDENTIAL_NOT_FOUND', status: '404' });
      }
      await t.http.post('/api/v1/auth').set('Authorization', othersCredential.auth).expect(200);
      await t.http.get(`/api/v1/users/${staff.id}`).set('Authorization', ADMIN_AUTH).expect(200);
    });
  });
});
