import { toApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type {
  AvailabilityCheck,
  ClientGroup,
  Communication,
  Mailing,
  SendEstimate,
  SendRequest,
  SentMailing,
  StatusUpdate,
} from './sending-types';

export type Outcome<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

export interface Page<T> {
  items: T[];
  total: number;
}

export async function readPage<T>(pending: Outcome<T[]>): Promise<Page<T>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response, error);
  const items = data ?? [];
  const total = response.headers.get('X-Total-Count');
  return { items, total: total === null ? items.length : Number(total) };
}

/** Query keys of what sending changes, so a send or a status update refreshes every screen showing it. */
export const sendingKeys = {
  all: ['sending'] as const,
  mailing: (mailingId: number) => ['sending', 'mailings', mailingId] as const,
  clientCommunications: (clientId: number) => ['sending', 'clients', clientId, 'communications'] as const,
};

/**
 * POST /api/v1/communications. The key makes a retry (a double click, a dropped answer) replay the
 * first answer instead of sending twice.
 */
export const sendCommunication = (body: SendRequest, idempotencyKey: string): Promise<SentMailing> =>
  unwrap(api.POST('/api/v1/communications', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

/**
 * POST /api/v1/communications/dry-run: the send's own checks on the same body, writing nothing.
 * It takes no Idempotency-Key: asking twice is harmless.
 */
export const estimateSend = (body: SendRequest, signal?: AbortSignal): Promise<SendEstimate> =>
  unwrap(api.POST('/api/v1/communications/dry-run', { body, signal }));

export const getMailing = (mailingId: number, signal?: AbortSignal): Promise<Mailing> =>
  unwrap(api.GET('/api/v1/mailings/{mailing}', { params: { path: { mailing: String(mailingId) } }, signal }));

/** Cancels what of a mailing is still scheduled; what was sent stays. */
export const cancelMailing = (mailingId: number): Promise<unknown> =>
  unwrap(api.DELETE('/api/v1/mailings/{mailing}', { params: { path: { mailing: String(mailingId) } } }));

/** A client's communications, newest first. */
export const listClientCommunications = (
  clientId: number,
  offset: number,
  limit: number,
  signal?: AbortSignal,
): Promise<Page<Communication>> =>
  readPage(api.GET('/api/v1/communications', { params: { query: { clientId, offset, limit, sort: '-communicationId' } }, signal }));

/** A new status for one communication, at the version it was read (a stale one is 412). */
export const updateCommunicationStatus = (
  communication: Pick<Communication, 'communicationId' | 'version'>,
  update: StatusUpdate,
): Promise<Communication> =>
  unwrap(
    api.PATCH('/api/v1/communications/{communication}/status', {
      params: { path: { communication: String(communication.communicationId) }, header: { 'If-Match': `"${communication.version}"` } },
      body: update,
    }),
  );

/** DELETE: a scheduled communication is cancelled (anything else is 409: its history stays). */
export const cancelCommunication = (communicationId: number): Promise<unknown> =>
  unwrap(api.DELETE('/api/v1/communications/{communication}', { params: { path: { communication: String(communicationId) } } }));

/** How many clients the client list's filters select (X-Total-Count of a one-row page). */
export const countClients = async (filter: Record<string, string>, signal?: AbortSignal): Promise<number> =>
  (await readPage(api.GET('/api/v1/clients', { params: { query: { ...filter, limit: 1, fields: 'clientId' } as never }, signal }))).total;

export const listClientGroups = async (signal?: AbortSignal): Promise<ClientGroup[]> =>
  (await unwrap(api.GET('/api/v1/client_groups', { params: { query: { sort: 'name', limit: 1000 } }, signal }))) ?? [];

export interface ChannelCheck {
  clientId: number;
  sendChannelTypeId: number;
  /** ISO instant; now when left out. */
  at?: string;
  communicationTypeId?: number;
  departmentId?: number;
}

/** May the client be reached on the channel at that time? Yes or no, with every reason. Nothing is sent. */
export const checkChannel = (
  { clientId, sendChannelTypeId, at, communicationTypeId, departmentId }: ChannelCheck,
  signal?: AbortSignal,
): Promise<AvailabilityCheck> =>
  unwrap(
    api.GET('/api/v1/clients/{id}/availability/check', {
      params: {
        path: { id: clientId },
        query: {
          sendChannelTypeId: String(sendChannelTypeId),
          ...(at ? { at } : {}),
          ...(communicationTypeId ? { communicationTypeId: String(communicationTypeId) } : {}),
          ...(departmentId ? { departmentId: String(departmentId) } : {}),
        },
      },
      signal,
    }),
  );
