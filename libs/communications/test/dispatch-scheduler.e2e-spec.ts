import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, unique } from './communications-test-app.js';
import { EMAIL, MASS, newDocument, newReachableClient, newSendingDepartment } from './sending-fixtures.js';

/** The dispatcher as it runs in a server: on its interval, under the database lease, with nobody calling it. */
describe('the scheduled dispatcher', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createCommunicationsTestApp({ env: { COMMUNICATIONS_DISPATCHER: 'true', COMMUNICATIONS_DISPATCH_INTERVAL_MS: '100' } });
  });
  afterAll(() => t.close());

  it('sends what is due by itself, on its interval', async () => {
    const { employee } = await newSendingDepartment(t);
    const document = await newDocument(t, { kind: 'text', body: 'Само ушло.' });
    const client = await newReachableClient(t);
    const sent = await t.http
      .post('/api/v1/communications')
      .set('Authorization', employee.auth)
      .send({
        name: `Само ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: document.documentId,
        recipients: { clientIds: [client.clientId] },
      })
      .expect(201);
    const deadline = Date.now() + 10_000;
    let status = 'scheduled';
    while (status !== 'sent' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (
        await t.http.get('/api/v1/communications').query({ mailingId: sent.body.mailingId }).set('Authorization', ADMIN_AUTH).expect(200)
      ).body[0].status;
    }
    expect(status).toBe('sent');
    const [message] = (
      await t.http.get('/api/v1/dev/mailbox').query({ purpose: 'communication' }).set('Authorization', ADMIN_AUTH).expect(200)
    ).body;
    expect(message).toMatchObject({ channel: 'email', body: 'Само ушло.' });
  });
});
