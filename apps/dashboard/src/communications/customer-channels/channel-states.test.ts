import { describe, expect, it } from 'vitest';
import type { ChannelBlock } from '../api-types';
import { blockableChannels, channelStates, endedBlocks } from './channel-states';

const channels = [
  { sendChannelTypeId: 1, name: 'SMS', enabled: true },
  { sendChannelTypeId: 2, name: 'Messenger', enabled: false },
  { sendChannelTypeId: 3, name: 'Email', enabled: true },
];

const block = (id: number, channel: number, active: boolean): ChannelBlock => ({
  channelBlockId: id,
  clientId: 9,
  sendChannelTypeId: channel,
  channelName: channels.find((c) => c.sendChannelTypeId === channel)?.name ?? '',
  until: null,
  permanent: true,
  active,
  reason: 'Клиент попросил',
  blockedBy: 'anna.agent',
  version: 1,
  createTime: '2026-01-01T00:00:00.000+00:00',
  updateTime: '2026-01-01T00:00:00.000+00:00',
});

describe('channelStates', () => {
  it('says for each channel whether it is open, blocked for the client, or disabled for all', () => {
    const states = channelStates(channels, [block(5, 3, true), block(4, 1, false)]);
    expect(states.map((s) => [s.channel.name, s.status, s.block?.channelBlockId])).toEqual([
      ['SMS', 'open', undefined],
      ['Messenger', 'disabled', undefined],
      ['Email', 'blocked', 5],
    ]);
  });

  it('shows a block on a disabled channel as blocked, so it can be lifted', () => {
    expect(channelStates(channels, [block(6, 2, true)])[1].status).toBe('blocked');
  });

  it('offers only unblocked channels for a new block, and keeps ended blocks as history', () => {
    const blocks = [block(5, 3, true), block(4, 1, false)];
    expect(blockableChannels(channelStates(channels, blocks)).map((c) => c.name)).toEqual(['SMS', 'Messenger']);
    expect(endedBlocks(blocks).map((b) => b.channelBlockId)).toEqual([4]);
  });
});
