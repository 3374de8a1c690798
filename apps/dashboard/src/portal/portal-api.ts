import { api, unwrap } from '../api/client';
import { toApiError } from '../api/api-error';
import type { components } from '../api/schema';
import type { ContactMedium, Individual, Organization, Versioned } from '../customers/customer-types';

type Schemas = components['schemas'];

/** The signed-in subscriber's party: a person or a business. */
export type Profile = (Omit<Individual, '@type'> & { '@type': 'Individual' }) | (Omit<Organization, '@type'> & { '@type': 'Organization' });
export type MyChannel = Schemas['MyChannelView'];
export type Communication = Schemas['CommunicationView'];

export interface ProfilePatch {
  givenName?: string;
  familyName?: string;
  tradingName?: string;
  contactMedium?: ContactMedium[];
}

export async function getProfile(signal?: AbortSignal): Promise<Versioned<Profile>> {
  const { data, error, response } = await api.GET('/api/v1/self-service/profile', { signal });
  if (!response.ok) throw toApiError(response, error);
  return { data: data as unknown as Profile, etag: response.headers.get('ETag') };
}

/** A merge patch of my profile; `contactMedium`, when sent, replaces them all. A stale ETag is 412. */
export async function patchProfile(patch: ProfilePatch, etag: string | null): Promise<Versioned<Profile>> {
  const { data, error, response } = await api.PATCH('/api/v1/self-service/profile', {
    params: { header: etag ? { 'If-Match': etag } : {} },
    body: patch as never,
  });
  if (!response.ok) throw toApiError(response, error);
  return { data: data as unknown as Profile, etag: response.headers.get('ETag') };
}

export const listMyChannels = async (signal?: AbortSignal): Promise<MyChannel[]> =>
  (await unwrap(api.GET('/api/v1/self-service/channels', { signal }))) ?? [];

/** Blocks the channel for me, permanently, with my words as the reason. */
export const blockMyChannel = (channel: MyChannel, clientId: number, reason: string) =>
  unwrap(
    api.POST('/api/v1/send_channel_types/{channel}/blocks', {
      params: { path: { channel: String(channel.sendChannelTypeId) } },
      body: { clientId, reason },
    }),
  );

export const liftMyBlock = (channelBlockId: number) =>
  unwrap(api.DELETE('/api/v1/channel_blocks/{id}', { params: { path: { id: channelBlockId } } }));

/** My communications, newest first; transactional ones (codes, resets) say nothing of their text. */
export async function listMyCommunications(
  offset: number,
  limit: number,
  signal?: AbortSignal,
): Promise<{ items: Communication[]; total: number }> {
  const { data, error, response } = await api.GET('/api/v1/communications', {
    params: { query: { offset, limit, sort: '-communicationId' } as never },
    signal,
  });
  if (!response.ok) throw toApiError(response, error);
  const items = (data ?? []) as Communication[];
  const total = response.headers.get('X-Total-Count');
  return { items, total: total === null ? items.length : Number(total) };
}

/** My answer to a survey: the communication becomes `responded` with the answers kept. */
export const answerSurvey = (communicationId: number, answers: Record<string, unknown>) =>
  unwrap(
    api.PATCH('/api/v1/communications/{communication}/status', {
      params: { path: { communication: String(communicationId) } },
      body: { status: 'responded', answers },
    }),
  );
