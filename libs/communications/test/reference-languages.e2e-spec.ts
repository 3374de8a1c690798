import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { CommunicationsDemoData } from '../src/demo/communications-demo-data.js';
import { createCommunicationsTestApp, unique } from './communications-test-app.js';

describe('reference data in the language the request asks for', () => {
  let t: TestApp;

  const get = (path: string, language?: string) => {
    const req = t.http.get(path).set('Authorization', ADMIN_AUTH);
    return (language ? req.set('Accept-Language', language) : req).expect(200);
  };
  const patch = (path: string, body: object, version: number, language?: string) => {
    const req = t.http.patch(path).set('Authorization', ADMIN_AUTH).set('If-Match', `"${version}"`);
    return (language ? req.set('Accept-Language', language) : req).send(body);
  };

  beforeAll(async () => {
    t = await createCommunicationsTestApp();
    // The demo organisation, as a newcomer's first start seeds it.
    await t.get(CommunicationsDemoData).seed();
  });
  afterAll(() => t.close());

  it('answers the seeded catalogs in English or Russian, and in their own Russian when no language is asked', async () => {
    const named = async (path: string, language?: string) =>
      ((await get(path, language)).body as { name: string; description: string }[]).slice(0, 2);
    expect(await named('/api/v1/communication_types', 'en')).toEqual([
      expect.objectContaining({
        communicationTypeId: 1,
        name: 'Mass communication',
        description: 'Used for mass communication with clients',
      }),
      expect.objectContaining({ communicationTypeId: 2, name: 'Personal communication' }),
    ]);
    expect(await named('/api/v1/communication_types', 'ru')).toEqual([
      expect.objectContaining({ name: 'Массовая коммуникация', description: 'Используется для массовой коммуникации с клиентами' }),
      expect.objectContaining({ name: 'Персональная коммуникация' }),
    ]);
    expect((await named('/api/v1/communication_types'))[0].name).toBe('Массовая коммуникация');
    // A browser's list of preferences: the first of ours wins; a language we lack reads the own text.
    expect((await named('/api/v1/communication_types', 'de-DE,en-GB;q=0.8,ru;q=0.5'))[0].name).toBe('Mass communication');
    expect((await named('/api/v1/communication_types', 'en;q=0.3,ru'))[0].name).toBe('Массовая коммуникация');
    expect((await named('/api/v1/communication_types', 'fr'))[0].name).toBe('Массовая коммуникация');

    expect((await get('/api/v1/communication_types/4', 'en')).body).toMatchObject({ name: 'Survey' });
    expect((await get('/api/v1/send_channel_types/1', 'en')).body).toMatchObject({
      name: 'SMS',
      description: 'A short text message to the client’s phone',
    });
    expect((await get('/api/v1/send_channel_types/1', 'ru')).body.description).toMatch(/^Отправка короткого/);
    expect((await get('/api/v1/booking_status_types/1', 'en')).body).toMatchObject({ name: 'Booked' });
    // The requirement document's name still finds it, whatever language answers.
    expect((await get(`/api/v1/booking_status_types/${encodeURIComponent('Забронирован')}`, 'en')).body).toMatchObject({
      bookingStatusTypeId: 1,
      name: 'Booked',
    });
  });

  it('answers the demo organisation, its rules and its survey texts in both languages', async () => {
    const departments = (await get('/api/v1/departments?sort=departmentId', 'en')).body as { name: string; description: string }[];
    expect(departments.map((d) => d.name)).toEqual(['Marketing', 'Customer service']);
    expect(((await get('/api/v1/departments?sort=departmentId', 'ru')).body as { name: string }[]).map((d) => d.name)).toEqual([
      'Маркетинг',
      'Клиентский сервис',
    ]);
    const rules = (await get('/api/v1/rules?sort=ruleId', 'en')).body as { name: string; description: string | null }[];
    expect(rules[0]).toMatchObject({ name: 'Main rule', description: 'No mailings at night, at most two SMS a week' });
    const documents = (await get('/api/v1/documents?sort=documentId', 'en')).body as { documentId: number; name: string }[];
    expect(documents.map((d) => d.name)).toEqual(['Survey invitation', 'Planned maintenance']);
    const invitation = (await get(`/api/v1/documents/${documents[0].documentId}`, 'en')).body;
    expect(invitation).toMatchObject({
      subject: '{{firstName}}, tell us about us',
      body: 'Hello, {{firstName}}! Please answer three questions about our service.',
    });
    expect((await get(`/api/v1/documents/${documents[0].documentId}`, 'ru')).body).toMatchObject({
      name: 'Приглашение на опрос',
      body: expect.stringMatching(/^Здравствуйте, \{\{firstName\}\}!/),
    });
    expect((await get('/api/v1/companies/1', 'en')).body.description).toBe('Telecom operator: sales, service, marketing');
  });

  it('changes the text of the language the edit is made in, and leaves the other', async () => {
    const before = (await get('/api/v1/communication_types/6', 'en')).body as { version: number };
    const english = await patch('/api/v1/communication_types/6', { description: 'Service notices' }, before.version, 'en').expect(200);
    expect(english.body).toMatchObject({ name: 'Service communication', description: 'Service notices' });
    expect((await get('/api/v1/communication_types/6', 'ru')).body.description).toBe('Используется для сервисной коммуникации с клиентами');

    const russian = await patch('/api/v1/communication_types/6', { name: 'Сервисное сообщение' }, english.body.version, 'ru').expect(200);
    expect(russian.body.name).toBe('Сервисное сообщение');
    expect((await get('/api/v1/communication_types/6', 'en')).body).toMatchObject({
      name: 'Service communication',
      description: 'Service notices',
    });
    // Without a language the own (Russian) text is read; and found by its new name.
    expect((await get(`/api/v1/communication_types/${encodeURIComponent('Сервисное сообщение')}`)).body.communicationTypeId).toBe(6);
  });

  it('keeps a record made in one language in it, whatever the language of a later edit', async () => {
    const name = `Acquisition ${unique()}`;
    const created = (
      await t.http
        .post('/api/v1/communication_types')
        .set('Authorization', ADMIN_AUTH)
        .set('Accept-Language', 'en')
        .send({ name, description: 'New clients' })
        .expect(201)
    ).body as { communicationTypeId: number; version: number };
    const path = `/api/v1/communication_types/${created.communicationTypeId}`;
    expect((await get(path, 'ru')).body.name).toBe(name);
    const edited = await patch(path, { description: 'Новые клиенты' }, created.version, 'ru').expect(200);
    expect((await get(path, 'en')).body).toMatchObject({ name, description: 'Новые клиенты', version: edited.body.version });
  });

  it('renames a document in English without touching its texts, and records the change in its own text with its translations', async () => {
    const [document] = (await get('/api/v1/documents?sort=documentId', 'en')).body as { documentId: number; version: number }[];
    const before = (await get(`/api/v1/documents/${document.documentId}`, 'en')).body as { version: number; subject: string; body: string };
    const renamed = await patch(`/api/v1/documents/${document.documentId}`, { name: 'Survey invite' }, before.version, 'en').expect(200);
    expect(renamed.body).toMatchObject({ name: 'Survey invite', subject: before.subject, body: before.body });
    expect((await get(`/api/v1/documents/${document.documentId}`, 'ru')).body).toMatchObject({
      name: 'Приглашение на опрос',
      body: expect.stringMatching(/^Здравствуйте, \{\{firstName\}\}!/),
    });
    const [change] = (await t.db.dataSource.query('SELECT payload FROM outbox_event WHERE event_type = ? ORDER BY id DESC LIMIT 1', [
      'DocumentAttributeValueChangeEvent',
    ])) as { payload: string }[];
    // The event reads the same whoever's language the edit came in: own (Russian) text, English beside it.
    expect(JSON.stringify(JSON.parse(change.payload))).toContain('"name":"Приглашение на опрос"');
    expect(JSON.stringify(JSON.parse(change.payload))).toContain('"name":"Survey invite"');
  });

  it('lets one of two edits at the same version win, in whichever languages they are made (412 for the other)', async () => {
    const { version } = (await get('/api/v1/communication_types/3', 'en')).body as { version: number };
    const results = await Promise.all([
      patch('/api/v1/communication_types/3', { description: 'To inform clients' }, version, 'en'),
      patch('/api/v1/communication_types/3', { description: 'Для информирования' }, version, 'ru'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    const english = (await get('/api/v1/communication_types/3', 'en')).body.description;
    const russian = (await get('/api/v1/communication_types/3', 'ru')).body.description;
    // Exactly the winner's change is there; the other language kept its text.
    expect([english, russian]).toContain(winner.body.description);
    expect([english, russian]).toContain(
      winner.body.description === 'To inform clients' ? 'Используется для информирования клиентов' : 'Used to inform clients',
    );
  });
});
