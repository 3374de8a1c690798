import type { ChannelBlock, SendChannelType } from '../api-types';

export type ChannelStatus = 'open' | 'blocked' | 'disabled';

export interface ChannelState {
  channel: Pick<SendChannelType, 'sendChannelTypeId' | 'name' | 'enabled'>;
  /** The block in force for this client on this channel, if any. */
  block: ChannelBlock | undefined;
  /** Blocked for this client wins over disabled for everyone: lifting the block is what the agent can do here. */
  status: ChannelStatus;
}

/** Every channel with what it means for one client: open, blocked for them (and how), or disabled for all. */
export function channelStates(channels: readonly ChannelState['channel'][], blocks: readonly ChannelBlock[]): ChannelState[] {
  const inForce = new Map<number, ChannelBlock>();
  for (const block of blocks) if (block.active && !inForce.has(block.sendChannelTypeId)) inForce.set(block.sendChannelTypeId, block);
  return channels.map((channel) => {
    const block = inForce.get(channel.sendChannelTypeId);
    return { channel, block, status: block ? 'blocked' : channel.enabled ? 'open' : 'disabled' };
  });
}

/** The channels a new block can be put on: those not already blocked for the client. */
export const blockableChannels = (states: readonly ChannelState[]) => states.filter((state) => !state.block).map((state) => state.channel);

/** Blocks that have ended (kept as history), newest first as listed. */
export const endedBlocks = (blocks: readonly ChannelBlock[]) => blocks.filter((block) => !block.active);
