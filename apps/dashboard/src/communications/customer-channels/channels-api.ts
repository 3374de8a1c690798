import { api, unwrap } from '../../api/client';
import type { ChannelBlock, Client, ClientAvailability, SendChannelType } from '../api-types';
import type { BlockRequest } from '../channel-blocks/block-terms';
import type { SocialAccounts } from './social-accounts';

/** A client's blocks are few; the newest hundred cover any real client. */
const BLOCKS_SHOWN = 100;

export const clientChannelsKey = (clientId: number) => ['clients', clientId, 'channels'] as const;

export const getAvailability = (clientId: number, signal?: AbortSignal): Promise<ClientAvailability> =>
  unwrap(api.GET('/api/v1/clients/{id}/availability', { params: { path: { id: clientId } }, signal }));

export const listClientBlocks = async (clientId: number, signal?: AbortSignal): Promise<ChannelBlock[]> =>
  (await unwrap(
    api.GET('/api/v1/channel_blocks', { params: { query: { clientId, sort: '-channelBlockId', limit: BLOCKS_SHOWN } }, signal }),
  )) ?? [];

/** Every channel with whether it is enabled (the list shows only the document's keys unless asked). */
export const listChannels = async (signal?: AbortSignal): Promise<SendChannelType[]> =>
  (await unwrap(
    api.GET('/api/v1/send_channel_types', {
      params: { query: { fields: 'sendChannelTypeId,name,description,kind,enabled,version', sort: 'sendChannelTypeId', limit: 1000 } },
      signal,
    }),
  )) ?? [];

export const blockChannel = (request: BlockRequest): Promise<ChannelBlock> => unwrap(api.POST('/api/v1/channel_blocks', { body: request }));

export const liftBlock = (channelBlockId: number): Promise<unknown> =>
  unwrap(api.DELETE('/api/v1/channel_blocks/{id}', { params: { path: { id: channelBlockId } } }));

export const getClient = (clientId: number, signal?: AbortSignal): Promise<Client> =>
  unwrap(api.GET('/api/v1/clients/{id}', { params: { path: { id: clientId } }, signal }));

/** Replaces the client's social-media accounts (null: none); nothing else of the client changes. */
export const saveSocialAccounts = (clientId: number, socialMedia: SocialAccounts | null): Promise<Client> =>
  unwrap(api.PUT('/api/v1/clients/edit/{id}', { params: { path: { id: clientId } }, body: { socialMedia } }));
