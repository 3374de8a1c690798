import { requestJson, requestPage } from '../api/json-request';
import type { Schemas } from '../api/schema-types';
import type { LifecycleStatus, Offering, OfferingPrice, OfferingQuery } from './catalog-types';

export const CATALOG_API = '/tmf-api/productCatalogManagement/v4';

/** The TMF620 resources the catalog admin edits, by their react-admin resource name (= their TMF path segment). */
export const CATALOG_RESOURCES = ['productOffering', 'productOfferingPrice', 'productSpecification', 'category', 'catalog'] as const;
export type CatalogResource = (typeof CATALOG_RESOURCES)[number];
export const isCatalogResource = (name: string): name is CatalogResource => (CATALOG_RESOURCES as readonly string[]).includes(name);

export const listLaunchedOfferings = (signal?: AbortSignal) =>
  requestPage<Offering>(
    `${CATALOG_API}/productOffering`,
    { lifecycleStatus: 'launched', isSellable: true, sort: 'name', limit: 200 } satisfies OfferingQuery,
    signal,
  );

export const getPrice = async (id: string, signal?: AbortSignal) =>
  (await requestJson<OfferingPrice>(`${CATALOG_API}/productOfferingPrice/${encodeURIComponent(id)}`, undefined, { signal })).data;

/** The prices an offering names, read in full (amount and period). */
export const pricesOf = (offering: Partial<Pick<Offering, 'productOfferingPrice'>>, signal?: AbortSignal) =>
  Promise.all((offering.productOfferingPrice ?? []).map((ref) => getPrice(ref.id, signal)));

/**
 * Moves a catalog entry to another lifecycle status (a merge patch of `lifecycleStatus` alone). No
 * If-Match: the server's process decides from where the entry really is, so a move someone else made
 * meanwhile comes back as a 409 naming where it is and where it may go, said in words.
 */
export const moveLifecycle = async (resource: CatalogResource, id: string, lifecycleStatus: LifecycleStatus) =>
  requestJson<Record<string, unknown>>(`${CATALOG_API}/${resource}/${encodeURIComponent(id)}`, undefined, {
    method: 'PATCH',
    body: { lifecycleStatus },
    contentType: 'application/merge-patch+json',
  });

// ——— the daily dumps ———

/** A dump's manifest (the committed OpenAPI document's CatalogDumpView). */
export type CatalogDump = Schemas['CatalogDumpView'];

export const DUMPS_PATH = '/api/v1/catalog/dumps';

export const listDumps = (signal?: AbortSignal) => requestPage<CatalogDump>(DUMPS_PATH, { limit: 50, sort: '-id' }, signal);

/** Starts a dump on demand; the answer (202) is the dump being written, to follow until it completes. */
export const startDump = async () => (await requestJson<CatalogDump>(DUMPS_PATH, undefined, { method: 'POST', body: {} })).data;

/** The latest dump's file as a download of the signed-in user (Basic credentials go by header, so no plain link). */
export async function downloadLatestDump(): Promise<void> {
  const { send } = await import('../api/send');
  const { toApiError } = await import('../api/api-error');
  const response = await send(new Request(`${DUMPS_PATH}/latest`, { headers: { Accept: 'application/gzip' } }));
  if (!response.ok) throw toApiError(response, await response.json().catch(() => undefined));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'catalog.ndjson.gz';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
