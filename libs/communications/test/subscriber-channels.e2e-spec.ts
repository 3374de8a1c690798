import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newSubscriberLogin } from '@contactly/customers/testing';
import { createCommunicationsTestApp, newClient, newStaff } from './communications-test-app.js';

const MY_CHANNELS = '/api/v1/self-service/channels';
const BLOCKS = '/api/v1/channel_blocks';

interface MyChannel {
  sendChannelTypeId: number;
  name: string;
  block: { channelBlockId: number; clientId: number; active: boolean } | null;
}

/** A subscriber's channel preferences: they see the channels, block and unblock them for themself only. */
describe('a subscriber’s channels', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createCommunicationsTestApp();
  });
  afterAll(() => t.close());

  const subscriber = async () => {
    const client = await newClient(t, ADMIN_AUTH);
    return { clientId: client.clientId, ...(await newSubscriberLogin(t, client.clientId)) };
  };
  const myChannels = async (auth: string) => (await t.http.get(MY_CHANNELS).set('Authorization', auth).expect(200)).body as MyChannel[];
  const blockCount = async () => Number(((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM channel_block')) as { n: number }[])[0].n);

  it('lists the enabled channels, blocks one by name for themself, sees it, and lifts it', async () => {
    const me = await subscriber();
    const channels = await myChannels(me.auth);
    expect(channels.length).toBeGreaterThan(1);
    expect(channels.every((c) => c.block === null)).toBe(true);
    const sms = channels.find((c) => c.name === 'SMS')!;

    const blocked = await t.http
      .post(`/api/v1/send_channel_types/${encodeURIComponent(sms.name)}/blocks`)
      .set('Authorization', me.auth)
      .send({ clientId: me.clientId, reason: 'Не присылайте SMS' })
      .expect(201);
    expect(blocked.body).toMatchObject({ clientId: me.clientId, sendChannelTypeId: sms.sendChannelTypeId, permanent: true, active: true });

    const after = await myChannels(me.auth);
    expect(after.find((c) => c.name === 'SMS')!.block).toMatchObject({ channelBlockId: blocked.body.channelBlockId, active: true });
    expect(after.filter((c) => c.block !== null)).toHaveLength(1);
    const listed = await t.http.get(BLOCKS).set('Authorization', me.auth).expect(200);
    expect(listed.body.map((b: { channelBlockId: number }) => b.channelBlockId)).toEqual([blocked.body.channelBlockId]);

    await t.http.delete(`${BLOCKS}/${blocked.body.channelBlockId}`).set('Authorization', me.auth).expect(204);
    expect((await myChannels(me.auth)).every((c) => c.block === null)).toBe(true);
  });

  it('cannot block, see or lift another subscriber’s channels, and changes nothing trying', async () => {
    const me = await subscriber();
    const other = await subscriber();
    const theirs = await t.http
      .post(`${BLOCKS}`)
      .set('Authorization', other.auth)
      .send({ clientId: other.clientId, sendChannelTypeId: (await myChannels(other.auth))[0].sendChannelTypeId, reason: 'Нет' })
      .expect(201);
    const before = await blockCount();

    const refused = await t.http
      .post('/api/v1/send_channel_types/SMS/blocks')
      .set('Authorization', me.auth)
      .send({ clientId: other.clientId, reason: 'Чужой' });
    expect([404, 422]).toContain(refused.status);
    expect(refused.body['@type']).toBe('Error');
    await t.http.get(`${BLOCKS}/${theirs.body.channelBlockId}`).set('Authorization', me.auth).expect(404);
    await t.http.delete(`${BLOCKS}/${theirs.body.channelBlockId}`).set('Authorization', me.auth).expect(404);
    await t.http.patch(`${BLOCKS}/${theirs.body.channelBlockId}`).set('Authorization', me.auth).send({ reason: 'x' }).expect(404);
    expect((await t.http.get(BLOCKS).query({ clientId: other.clientId }).set('Authorization', me.auth).expect(200)).body).toEqual([]);
    expect((await myChannels(me.auth)).every((c) => c.block === null)).toBe(true);
    expect(await blockCount()).toBe(before);
  });

  it('blocks a channel once when the same block is asked for twice at the same time (one 201, one 409)', async () => {
    const me = await subscriber();
    const statuses = await Promise.all(
      [1, 2].map(() =>
        t.http
          .post('/api/v1/send_channel_types/Email/blocks')
          .set('Authorization', me.auth)
          .send({ clientId: me.clientId, reason: 'Хватит' }),
      ),
    );
    expect(statuses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await myChannels(me.auth)).filter((c) => c.block !== null).map((c) => c.name)).toEqual(['Email']);
  });

  it('is for subscribers only: staff get 403 NOT_A_SUBSCRIBER (or lack the permission), anonymous callers 401', async () => {
    const admin = await t.http.get(MY_CHANNELS).set('Authorization', ADMIN_AUTH).expect(403);
    expect(admin.body['@type']).toBe('Error');
    const agent = await newStaff(t, ['agent']);
    await t.http.get(MY_CHANNELS).set('Authorization', agent.auth).expect(403);
    await t.http.get(MY_CHANNELS).expect(401);
  });
});
