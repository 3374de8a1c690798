import type { IncomingMessage, Server } from 'node:http';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, newClient, newStaff, TEST_UPLOAD_LIMITS, unique } from './communications-test-app.js';

const DOCUMENTS = '/api/v1/documents';

/** A few KiB that look like an MP3 (an ID3 header, then noise). */
const mp3 = (bytes: number) =>
  Buffer.concat([Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'), Buffer.alloc(Math.max(0, bytes - 10), 7)]);

describe('documents', () => {
  let t: TestApp;
  const count = async () => Number(((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM document')) as { n: number | string }[])[0].n);
  const chunkCount = async () =>
    Number(((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM document_chunk')) as { n: number | string }[])[0].n);

  beforeAll(async () => {
    t = await createCommunicationsTestApp();
  });
  afterAll(() => t.close());

  describe('texts and templates', () => {
    it('creates a template, derives its variables, previews it, lists, updates and deletes it; Russian round-trips', async () => {
      const name = `Приглашение ${unique()}`;
      const created = await t.http
        .post(DOCUMENTS)
        .set('Authorization', ADMIN_AUTH)
        .send({
          name,
          kind: 'template',
          subject: '{{firstName}}, расскажите о нас',
          body: 'Здравствуйте, {{ firstName }} {{lastName}}! Ваш тариф: {{tariff.name}} 🎉',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        name,
        kind: 'template',
        variables: ['firstName', 'lastName', 'tariff.name'],
        file: null,
        version: 1,
      });
      expect(created.headers.location).toMatch(new RegExp(`${DOCUMENTS}/${created.body.documentId}$`));
      const id = created.body.documentId as number;

      const preview = await t.http
        .post(`${DOCUMENTS}/${id}/preview`)
        .set('Authorization', ADMIN_AUTH)
        .send({ variables: { firstName: 'Мария', lastName: 'Иванова' } })
        .expect(200);
      expect(preview.body).toEqual({
        subject: 'Мария, расскажите о нас',
        body: 'Здравствуйте, Мария Иванова! Ваш тариф: {{tariff.name}} 🎉',
        missingVariables: ['tariff.name'],
      });

      const byName = await t.http
        .get(`${DOCUMENTS}/${encodeURIComponent(name)}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byName.body.body).toBe('Здравствуйте, {{ firstName }} {{lastName}}! Ваш тариф: {{tariff.name}} 🎉');
      const list = await t.http
        .get(DOCUMENTS)
        .query({ kind: 'template', name, fields: 'documentId,variables' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(list.body).toEqual([{ documentId: id, variables: ['firstName', 'lastName', 'tariff.name'] }]);

      const updated = await t.http
        .patch(`${DOCUMENTS}/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .send({ body: 'Привет, {{firstName}}!', subject: null })
        .expect(200);
      expect(updated.body).toMatchObject({ body: 'Привет, {{firstName}}!', subject: null, variables: ['firstName'], version: 2 });
      await t.http
        .patch(`${DOCUMENTS}/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .send({ body: 'x' })
        .expect(412);
      const text = await t.http.get(`${DOCUMENTS}/${id}/content`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(text.headers['content-type']).toContain('text/plain');
      expect(text.text).toBe('Привет, {{firstName}}!');

      const events = (await t.db.dataSource.query(
        "SELECT payload FROM outbox_event WHERE event_type = 'DocumentAttributeValueChangeEvent'",
      )) as { payload: string }[];
      expect(JSON.parse(events[0].payload).document).toMatchObject({ documentId: id, bodyLength: 'Привет, {{firstName}}!'.length });
      await t.http.delete(`${DOCUMENTS}/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`${DOCUMENTS}/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
    });

    it('keeps plain text as written, {{ }} included', async () => {
      const created = await t.http
        .post(DOCUMENTS)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Текст ${unique()}`, kind: 'text', body: 'Скобки {{ как есть' })
        .expect(201);
      expect(created.body.variables).toEqual([]);
      const preview = await t.http
        .post(`${DOCUMENTS}/${created.body.documentId}/preview`)
        .set('Authorization', ADMIN_AUTH)
        .send({ variables: {} })
        .expect(200);
      expect(preview.body).toEqual({ subject: null, body: 'Скобки {{ как есть', missingVariables: [] });
    });

    it('refuses malformed templates, duplicate names and files sent as JSON (400/409), writing nothing', async () => {
      const before = await count();
      const bad = await t.http
        .post(DOCUMENTS)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Плохой ${unique()}`, kind: 'template', body: 'Привет, {{first name}} и {{ok' })
        .expect(400);
      expect(bad.body.code).toBe('INVALID_TEMPLATE');
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['body', 'body']);
      await t.http.post(DOCUMENTS).set('Authorization', ADMIN_AUTH).send({ name: 'Видео', kind: 'video', body: 'x' }).expect(400);
      await t.http.post(DOCUMENTS).set('Authorization', ADMIN_AUTH).send({ name: 'Без текста', kind: 'text' }).expect(400);
      const name = `Дубль ${unique()}`;
      await t.http.post(DOCUMENTS).set('Authorization', ADMIN_AUTH).send({ name, kind: 'text', body: 'a' }).expect(201);
      expect(
        (
          await t.http
            .post(DOCUMENTS)
            .set('Authorization', ADMIN_AUTH)
            .send({ name: name.toUpperCase(), kind: 'text', body: 'b' })
            .expect(409)
        ).body.code,
      ).toBe('DOCUMENT_NAME_TAKEN');
      expect(await count()).toBe(before + 1);
    });
  });

  describe('audio and video files', () => {
    it('uploads an audio file (multipart), serves it back byte for byte, replaces it and deletes it', async () => {
      const bytes = mp3(TEST_UPLOAD_LIMITS.maxBytes.audio);
      const name = `Голосовое приглашение ${unique()}`;
      const created = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', name)
        .field('kind', 'audio')
        .field('description', 'Звонок-приглашение')
        .attach('file', bytes, { filename: 'приглашение.mp3', contentType: 'audio/mpeg' })
        .expect(201);
      expect(created.body).toMatchObject({
        name,
        kind: 'audio',
        description: 'Звонок-приглашение',
        body: null,
        variables: [],
        file: { contentType: 'audio/mpeg', fileName: 'приглашение.mp3', sizeBytes: bytes.length },
      });
      expect(created.body.file.sha256).toMatch(/^[0-9a-f]{64}$/);
      const id = created.body.documentId as number;
      expect(await chunkCount()).toBe(2);

      const download = await t.http
        .get(created.body.file.contentPath)
        .set('Authorization', ADMIN_AUTH)
        .buffer(true)
        .parse((res, done) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => done(null, Buffer.concat(parts)));
        })
        .expect(200);
      expect(download.headers['content-type']).toBe('audio/mpeg');
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%D0%BF");
      expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);

      const replacement = mp3(3000);
      const replaced = await t.http
        .put(`${DOCUMENTS}/${id}/content`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .attach('file', replacement, { filename: 'v2.ogg', contentType: 'audio/ogg' })
        .expect(200);
      expect(replaced.body).toMatchObject({ version: 2, file: { contentType: 'audio/ogg', fileName: 'v2.ogg', sizeBytes: 3000 } });
      await t.http
        .put(`${DOCUMENTS}/${id}/content`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .attach('file', replacement, { filename: 'v3.ogg', contentType: 'audio/ogg' })
        .expect(412);
      await t.http.patch(`${DOCUMENTS}/${id}`).set('Authorization', ADMIN_AUTH).send({ body: 'text for audio' }).expect(400);

      await t.http.delete(`${DOCUMENTS}/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
      const left = (await t.db.dataSource.query('SELECT COUNT(*) AS n FROM document_chunk WHERE document_id = ?', [id])) as {
        n: number | string;
      }[];
      expect(Number(left[0].n)).toBe(0);
    });

    it('stores a video in pieces and serves it back whole', async () => {
      const bytes = Buffer.from(Array.from({ length: TEST_UPLOAD_LIMITS.maxBytes.video }, (_, i) => (i * 31) % 251));
      const created = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', `Ролик ${unique()}`)
        .field('kind', 'video')
        .attach('file', bytes, { filename: 'clip.mp4', contentType: 'video/mp4' })
        .expect(201);
      const pieces = (await t.db.dataSource.query('SELECT COUNT(*) AS n FROM document_chunk WHERE document_id = ?', [
        created.body.documentId,
      ])) as { n: number | string }[];
      expect(Number(pieces[0].n)).toBe(3);
      const download = await t.http
        .get(`${DOCUMENTS}/${created.body.documentId}/content`)
        .set('Authorization', ADMIN_AUTH)
        .buffer(true)
        .parse((res, done) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => done(null, Buffer.concat(parts)));
        })
        .expect(200);
      expect(download.headers['content-length']).toBe(String(bytes.length));
      expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);
    });

    it('refuses a file over the size limit with 413 and stores nothing', async () => {
      const before = await count();
      const chunksBefore = await chunkCount();
      const res = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', `Большой ${unique()}`)
        .field('kind', 'audio')
        .attach('file', mp3(TEST_UPLOAD_LIMITS.maxBytes.audio + 1), { filename: 'big.mp3', contentType: 'audio/mpeg' })
        .expect(413);
      expect(res.body).toMatchObject({
        '@type': 'Error',
        code: 'FILE_TOO_LARGE',
        status: '413',
        maxBytes: TEST_UPLOAD_LIMITS.maxBytes.audio,
      });
      // Over even the largest limit: cut while streaming.
      const huge = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', `Огромный ${unique()}`)
        .field('kind', 'video')
        .attach('file', Buffer.alloc(TEST_UPLOAD_LIMITS.largest + 10_000, 1), { filename: 'huge.mp4', contentType: 'video/mp4' })
        .expect(413);
      expect(huge.body.code).toBe('FILE_TOO_LARGE');
      expect(await count()).toBe(before);
      expect(await chunkCount()).toBe(chunksBefore);
    });

    it('refuses a disallowed type with 415 and stores nothing', async () => {
      const before = await count();
      const exe = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', `Программа ${unique()}`)
        .field('kind', 'audio')
        .attach('file', Buffer.from('MZ\u0090\u0000'), { filename: 'setup.exe', contentType: 'application/x-msdownload' })
        .expect(415);
      expect(exe.body).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', status: '415' });
      expect(exe.body.allowed).toContain('audio/mpeg');
      await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', `Видео как аудио ${unique()}`)
        .field('kind', 'audio')
        .attach('file', Buffer.alloc(100), { filename: 'clip.mp4', contentType: 'video/mp4' })
        .expect(415);
      const json = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'JSON', kind: 'audio' })
        .expect(415);
      expect(json.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('multipart/form-data') });
      expect(await count()).toBe(before);
    });

    it('refuses an upload without a file or with bad fields (400)', async () => {
      const noFile = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', 'Без файла')
        .field('kind', 'audio')
        .expect(400);
      expect(noFile.body.code).toBe('FILE_REQUIRED');
      const badKind = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', 'Текст')
        .field('kind', 'text')
        .attach('file', mp3(100), { filename: 'a.mp3', contentType: 'audio/mpeg' })
        .expect(400);
      expect(badKind.body.details.map((d: { field: string }) => d.field)).toEqual(['kind']);
      const unknownField = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', 'X')
        .field('kind', 'audio')
        .field('owner', 'me')
        .attach('file', mp3(100), { filename: 'a.mp3', contentType: 'audio/mpeg' })
        .expect(400);
      expect(unknownField.body.details.map((d: { field: string }) => d.field)).toEqual(['owner']);
    });

    it('refuses broken or surplus multipart bodies with 400, stores nothing, and keeps serving', async () => {
      const before = await count();
      const twoFiles = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', `Два ${unique()}`)
        .field('kind', 'audio')
        .attach('file', mp3(100), { filename: 'a.mp3', contentType: 'audio/mpeg' })
        .attach('file', mp3(100), { filename: 'b.mp3', contentType: 'audio/mpeg' })
        .expect(400);
      expect(twoFiles.body.code).toBe('TOO_MANY_FILES');
      const otherPart = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', `Не тот ${unique()}`)
        .field('kind', 'audio')
        .attach('audio', mp3(100), { filename: 'a.mp3', contentType: 'audio/mpeg' })
        .expect(400);
      expect(otherPart.body.details.map((d: { field: string }) => d.field)).toEqual(['audio']);
      const longField = await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', ADMIN_AUTH)
        .field('name', 'Я'.repeat(5000))
        .field('kind', 'audio')
        .attach('file', mp3(100), { filename: 'a.mp3', contentType: 'audio/mpeg' })
        .expect(400);
      expect(longField.body.details.map((d: { field: string }) => d.field)).toEqual(['name']);
      const raw = (contentType: string, body: string) =>
        t.http.post(`${DOCUMENTS}/upload`).set('Authorization', ADMIN_AUTH).set('Content-Type', contentType).send(body);
      const noBoundary = await raw(
        'multipart/form-data',
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nA\r\n--x--\r\n',
      ).expect(400);
      expect(noBoundary.body.code).toBe('MALFORMED_MULTIPART');
      // Cut before its closing boundary: the parser never finishes, and the request must not hang.
      const cut = await raw(
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.mp3"\r\nContent-Type: audio/mpeg\r\n\r\nID3',
      ).expect(400);
      expect(cut.body.code).toBe('MALFORMED_MULTIPART');
      await raw('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nA').expect(400);
      await raw('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nA\r\n').expect(400);
      await raw('multipart/form-data; boundary=x', 'not multipart at all').expect(400);
      // Multipart sent to a JSON route is a media type that route does not take.
      const elsewhere = await t.http
        .post(DOCUMENTS)
        .set('Authorization', ADMIN_AUTH)
        .field('name', 'Текст')
        .field('kind', 'text')
        .expect(415);
      expect(elsewhere.body['@type']).toBe('Error');
      expect(await count()).toBe(before);
      await t.http.get(DOCUMENTS).set('Authorization', ADMIN_AUTH).expect(200);
    });

    it('reads the rest of a refused upload to its end, so the connection is not cut off later', async () => {
      // The refusal used to stop reading the body (unpipe pauses it): the request never ended, and
      // 30 s later the idle timeout destroyed it, with its keep-alive connection and whatever request
      // that carried by then (found by the fuzz test, as a timer left running).
      const uploads: IncomingMessage[] = [];
      const server = t.app.getHttpServer() as Server;
      const watch = (req: IncomingMessage) => req.url?.endsWith('/upload') && uploads.push(req);
      server.on('request', watch);
      try {
        const refused = await t.http
          .post(`${DOCUMENTS}/upload`)
          .set('Authorization', ADMIN_AUTH)
          .field('name', 'Я'.repeat(50_000))
          .field('kind', 'audio')
          .attach('file', mp3(100), { filename: 'a.mp3', contentType: 'audio/mpeg' })
          .expect(400);
        expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['name']);
        for (let waited = 0; !uploads[0]?.readableEnded && waited < 2_000; waited += 20)
          await new Promise((resolve) => setTimeout(resolve, 20));
        expect(uploads.map((req) => req.readableEnded)).toEqual([true]);
      } finally {
        server.off('request', watch);
      }
    });
  });

  describe('in use and permissions', () => {
    it('refuses to delete a document a booking uses (409, nothing deleted)', async () => {
      const doc = await t.http
        .post(DOCUMENTS)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Для брони ${unique()}`, kind: 'text', body: 'Текст' })
        .expect(201);
      const client = await newClient(t, ADMIN_AUTH);
      const booking = await t.http
        .post('/api/v1/bookings')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientIds: [client.clientId], beforeDate: '2099-01-01T00:00:00Z', documentId: doc.body.documentId, purpose: 'Рассылка' })
        .expect(201);
      const refused = await t.http.delete(`${DOCUMENTS}/${doc.body.documentId}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(refused.body).toMatchObject({ code: 'DOCUMENT_IN_USE', usage: { 'booking(s)': 1 } });
      await t.http.get(`${DOCUMENTS}/${doc.body.documentId}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http.delete(`/api/v1/bookings/${booking.body.bookingId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.delete(`${DOCUMENTS}/${doc.body.documentId}`).set('Authorization', ADMIN_AUTH).expect(204);
    });

    it('answers 404 for unknown documents and lets only administrators write', async () => {
      for (const id of ['999999', 'Нет такого']) {
        await t.http
          .get(`${DOCUMENTS}/${encodeURIComponent(id)}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
        await t.http
          .get(`${DOCUMENTS}/${encodeURIComponent(id)}/content`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
        await t.http
          .post(`${DOCUMENTS}/${encodeURIComponent(id)}/preview`)
          .set('Authorization', ADMIN_AUTH)
          .send({ variables: {} })
          .expect(404);
      }
      const marketer = await newStaff(t, ['marketer']);
      await t.http.get(DOCUMENTS).set('Authorization', marketer.auth).expect(200);
      await t.http.post(DOCUMENTS).set('Authorization', marketer.auth).send({ name: 'Моё', kind: 'text', body: 'x' }).expect(403);
      await t.http
        .post(`${DOCUMENTS}/upload`)
        .set('Authorization', marketer.auth)
        .field('name', 'X')
        .field('kind', 'audio')
        .attach('file', mp3(100), { filename: 'a.mp3', contentType: 'audio/mpeg' })
        .expect(403);
    });
  });
});
