import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { CONTACT_CLAIM_BUCKETS } from '../src/duplicates/contact-claim.entity.js';
import { createCustomersTestApp, newAffiliate, newIndividualCustomer } from './customers-test-app.js';

const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';
const INDIVIDUALS = '/tmf-api/party/v4/individual';
const SEARCH = '/api/v1/customers/search';
const DUPLICATES = '/api/v1/customers/duplicates';

const media = (contacts: { email?: string; phone?: string }) => [
  ...(contacts.email ? [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: contacts.email } }] : []),
  ...(contacts.phone ? [{ mediumType: 'phone', preferred: true, characteristic: { phoneNumber: contacts.phone } }] : []),
];

describe('data entry: phone numbers, duplicates and person lists', () => {
  let t: TestApp;
  const count = async (path: string) =>
    Number((await t.http.get(`${path}?limit=0`).set('Authorization', ADMIN_AUTH)).headers['x-total-count']);
  const newParty = (body: object, query = '', auth = ADMIN_AUTH) =>
    t.http.post(`${INDIVIDUALS}${query}`).set('Authorization', auth).send(body);
  const makeCustomer = (partyId: string, query = '', auth = ADMIN_AUTH) =>
    t.http
      .post(`${CUSTOMERS}${query}`)
      .set('Authorization', auth)
      .send({ name: `Customer ${partyId}`, engagedParty: { id: partyId } });
  const searchIds = async (q: string) =>
    ((await t.http.get(SEARCH).query({ q }).set('Authorization', ADMIN_AUTH).expect(200)).body as { id: number }[]).map((h) =>
      String(h.id),
    );

  beforeAll(async () => {
    t = await createCustomersTestApp();
  });
  afterAll(() => t.close());

  describe('phone numbers', () => {
    it.each([
      ['07700 900123', '+447700900123'],
      ['0044 (7700) 900-124', '+447700900124'],
      ['+7 916 123-45-67', '+79161234567'],
    ])('stores %s in E.164 as %s', async (typed, e164) => {
      const party = await newParty({ givenName: 'Phone', familyName: 'Format', contactMedium: media({ phone: typed }) }).expect(201);
      expect(party.body.contactMedium).toEqual([expect.objectContaining({ characteristic: { phoneNumber: e164 } })]);
    });

    it('refuses a number that is not valid for its region: 400 naming the field, in words, and nothing written', async () => {
      const before = await count(INDIVIDUALS);
      const res = await newParty({
        givenName: 'Bad',
        familyName: 'Number',
        contactMedium: [...media({ email: 'bad.number@example.com' }), ...media({ phone: '07700 90012' })],
      }).expect(400);
      expect(res.body).toMatchObject({ code: 'INVALID_CONTACT_MEDIUM', status: '400' });
      expect(res.body.message).toMatch(/^Phone number is not a valid phone number in (the )?United Kingdom/);
      expect(res.body.message).not.toContain('contactMedium');
      expect(res.body.details).toEqual([
        { field: 'contactMedium[1].characteristic.phoneNumber', message: expect.stringContaining('United Kingdom') },
      ]);
      expect(await count(INDIVIDUALS)).toBe(before);
    });

    it('applies the same rule to a customer’s contact media and to a profile patch', async () => {
      const customer = await newIndividualCustomer(t, ADMIN_AUTH, { phone: '07700 900201' });
      const read = await t.http.get(`${CUSTOMERS}/${customer.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body.contactMedium).toEqual([expect.objectContaining({ characteristic: { phoneNumber: '+447700900201' } })]);
      await t.http
        .patch(`${INDIVIDUALS}/${customer.partyId}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ contactMedium: media({ phone: '12345' }) })
        .expect(400);
    });
  });

  describe('search by phone', () => {
    let id: string;
    beforeAll(async () => {
      id = (await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Suffix', familyName: 'Search', phone: '+44 7700 900987' })).id;
      await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Other', familyName: 'Number', phone: '+44 7700 900123' });
    });

    it.each([['07700 900987'], ['07700 900'], ['+44 7700 900987'], ['447700900987'], ['0987'], ['900987'], ['0 900 987']])(
      'finds the customer by %s',
      async (q) => {
        expect(await searchIds(q)).toContain(id);
      },
    );

    it('does not find it by digits it does not end with', async () => {
      expect(await searchIds('9870')).not.toContain(id);
      expect(await searchIds('0123')).not.toContain(id);
    });

    it('ranks the customer with the whole number first', async () => {
      expect((await searchIds('07700 900987'))[0]).toBe(id);
    });
  });

  describe('possible duplicates', () => {
    let existing: { id: string; partyId: string };
    beforeAll(async () => {
      existing = await newIndividualCustomer(t, ADMIN_AUTH, {
        givenName: 'Anna',
        familyName: 'Original',
        email: 'anna.original@example.com',
        phone: '+447700900300',
      });
    });

    it('has every claim row the create locks seeded (the bucket count and the migration agree)', async () => {
      const [{ n }] = (await t.db.dataSource.query('SELECT COUNT(*) AS n FROM contact_claim')) as { n: number | string }[];
      // A bucket without its row takes no lock, and two creates of the same person would both pass.
      expect(Number(n)).toBe(CONTACT_CLAIM_BUCKETS);
    });

    it('lists them for the create page: by email, by phone in any format, or both', async () => {
      const byEmail = await t.http
        .get(DUPLICATES)
        .query({ email: 'Anna.Original@Example.com' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byEmail.body).toEqual([
        expect.objectContaining({
          id: existing.id,
          name: 'Anna Original',
          matched: ['email'],
          href: expect.stringContaining(`/customer/${existing.id}`),
        }),
      ]);
      const both = await t.http
        .get(DUPLICATES)
        .query({ email: 'anna.original@example.com', phone: '07700 900300' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(both.body).toEqual([expect.objectContaining({ id: existing.id, matched: ['email', 'phone'] })]);
      const none = await t.http.get(DUPLICATES).query({ email: 'someone.else@example.com' }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(none.body).toEqual([]);
      const bad = await t.http.get(DUPLICATES).query({ phone: '07700 90030' }).set('Authorization', ADMIN_AUTH).expect(400);
      expect(bad.body.details).toEqual([{ field: 'phone', message: expect.stringContaining('not a valid phone number') }]);
      await t.http.get(DUPLICATES).set('Authorization', ADMIN_AUTH).expect(400);
    });

    it('refuses a create with the same email or phone: 409 naming the existing customer and what matched, nothing written', async () => {
      const before = await count(INDIVIDUALS);
      const res = await newParty({ givenName: 'Anna', familyName: 'Again', contactMedium: media({ phone: '07700 900300' }) }).expect(409);
      expect(res.body).toMatchObject({ code: 'POSSIBLE_DUPLICATE_CUSTOMER', status: '409' });
      expect(res.body.message).toContain(`customer ${existing.id}`);
      expect(res.body.duplicates).toEqual([expect.objectContaining({ id: existing.id, matched: ['phone'] })]);
      expect(await count(INDIVIDUALS)).toBe(before);
    });

    it('creates anyway with allowDuplicate=true, at both steps', async () => {
      const party = await newParty(
        { givenName: 'Anna', familyName: 'Twin', contactMedium: media({ email: 'anna.original@example.com' }) },
        '?allowDuplicate=true',
      ).expect(201);
      const refused = await makeCustomer(party.body.id).expect(409);
      expect(refused.body.duplicates).toEqual([expect.objectContaining({ id: existing.id, matched: ['email'] })]);
      await makeCustomer(party.body.id, '?allowDuplicate=true').expect(201);
      await newParty({ givenName: 'X', familyName: 'Y' }, '?allowDuplicate=maybe').expect(400);
    });

    it('compares within the caller’s scope: an affiliate’s customers are not the operator’s duplicates', async () => {
      const affiliate = await newAffiliate(t, ADMIN_AUTH);
      const seen = await t.http
        .get(DUPLICATES)
        .query({ email: 'anna.original@example.com' })
        .set('Authorization', affiliate.auth)
        .expect(200);
      expect(seen.body).toEqual([]);
      const party = await newParty(
        { givenName: 'Anna', familyName: 'Elsewhere', contactMedium: media({ email: 'anna.original@example.com' }) },
        '',
        affiliate.auth,
      ).expect(201);
      await makeCustomer(party.body.id, '', affiliate.auth).expect(201);
    });

    it('lets one of several concurrent creates of the same person succeed; the others are 409', async () => {
      const contacts = { email: 'race.person@example.com', phone: '+447700900777' };
      const parties = await Promise.all(
        [1, 2, 3, 4].map(
          async (i) =>
            (await newParty({ givenName: 'Race', familyName: `Person${i}`, contactMedium: media(contacts) }).expect(201)).body.id as string,
        ),
      );
      const results = await Promise.all(parties.map((id) => makeCustomer(id)));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      const winner = results.find((r) => r.status === 201)!.body.id;
      for (const loser of results.filter((r) => r.status === 409))
        expect(loser.body.duplicates).toEqual([expect.objectContaining({ id: winner, matched: ['email', 'phone'] })]);
      // With the override they all go through, at the same time too.
      const anyway = await Promise.all(parties.filter((id) => id !== winner).map((id) => makeCustomer(id, '?allowDuplicate=true')));
      expect(anyway.map((r) => r.status)).toEqual([201, 201, 201]);
    });

    it('refuses concurrent full creates (party, then customer) of one new person but one', async () => {
      const contacts = { email: 'full.race@example.com', phone: '07700 900778' };
      const attempt = async (i: number) => {
        const party = await newParty({ givenName: 'Full', familyName: `Race${i}`, contactMedium: media(contacts) });
        if (party.status !== 201) return party.status;
        return (await makeCustomer(party.body.id)).status;
      };
      const statuses = await Promise.all([1, 2, 3].map(attempt));
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(2);
    });
  });

  describe('gender and nationality', () => {
    it('come from lists, with names in English and Russian', async () => {
      const { body } = await t.http.get('/api/v1/customers/reference-lists/person').set('Authorization', ADMIN_AUTH).expect(200);
      expect(body.genders.map((g: { code: string }) => g.code)).toEqual(['female', 'male', 'other', 'undisclosed']);
      expect(body.genders[0]).toEqual({ code: 'female', name: { en: 'Female', ru: 'Женский' } });
      expect(body.nationalities).toHaveLength(249);
      expect(body.nationalities).toContainEqual({ code: 'GB', name: { en: 'United Kingdom', ru: 'Великобритания' } });
      expect(body.defaultPhoneRegion).toBe('GB');
    });

    it('accept a value of the list and refuse any other (400 naming the field)', async () => {
      const party = await newParty({ givenName: 'List', familyName: 'Values', gender: 'female', nationality: 'RU' }).expect(201);
      expect(party.body).toMatchObject({ gender: 'female', nationality: 'RU' });
      for (const [field, value] of [
        ['gender', 'martian'],
        ['nationality', 'XX'],
        ['nationality', 'British'],
      ]) {
        const res = await t.http
          .patch(`${INDIVIDUALS}/${party.body.id}`)
          .set('Authorization', ADMIN_AUTH)
          .send({ [field]: value })
          .expect(400);
        expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
      await t.http
        .patch(`${INDIVIDUALS}/${party.body.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ gender: null, nationality: 'GB' })
        .expect(200);
    });
  });
});
