import type { BananaCase } from '../src/banana/banana-case.js';
import type { Faults } from '../src/faults.js';
import type { StrawberryTicket } from '../src/strawberry/strawberry-ticket.js';

export const BANANA_HEADERS = { 'x-banana-key': 'banana-secret' };
export const STRAWBERRY_HEADERS = { authorization: 'Bearer strawberry-token' };

export interface BananaPage {
  page: number;
  page_size: number;
  total: number;
  cases: BananaCase[];
}

export interface StrawberryPage {
  data: StrawberryTicket[];
  nextCursor: string | null;
}

export async function getJson<T>(url: string, headers: Record<string, string>): Promise<{ status: number; body: T; response: Response }> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await response.json()) as T, response };
}

export async function sendJson(method: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Every page of Banana's listing, as a client pulling page after page until it has `total`. */
export async function pullBananaPages(
  baseUrl: string,
  { pageSize = 100, updatedSince }: { pageSize?: number; updatedSince?: number } = {},
): Promise<BananaPage[]> {
  const pages: BananaPage[] = [];
  for (let page = 1; ; page += 1) {
    const since = updatedSince === undefined ? '' : `&updatedSince=${updatedSince}`;
    const { status, body } = await getJson<BananaPage>(`${baseUrl}/api/cases?page=${page}&pageSize=${pageSize}${since}`, BANANA_HEADERS);
    if (status !== 200) throw new Error(`Banana page ${page}: ${status}`);
    pages.push(body);
    if (page * pageSize >= body.total) return pages;
  }
}

/** Every page of Strawberry's listing, following `nextCursor` to the end. */
export async function pullStrawberryPages(
  baseUrl: string,
  { limit = 100, updatedSince }: { limit?: number; updatedSince?: string } = {},
): Promise<StrawberryPage[]> {
  const pages: StrawberryPage[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ limit: String(limit) });
    if (cursor) params.set('cursor', cursor);
    if (updatedSince) params.set('updatedSince', updatedSince);
    const { status, body } = await getJson<StrawberryPage>(`${baseUrl}/v2/tickets?${params}`, STRAWBERRY_HEADERS);
    if (status !== 200) throw new Error(`Strawberry page ${pages.length + 1}: ${status}`);
    pages.push(body);
    cursor = body.nextCursor;
  } while (cursor);
  return pages;
}

export const pullBanana = async (baseUrl: string, options?: { pageSize?: number; updatedSince?: number }) =>
  (await pullBananaPages(baseUrl, options)).flatMap((p) => p.cases);
export const pullStrawberry = async (baseUrl: string, options?: { limit?: number; updatedSince?: string }) =>
  (await pullStrawberryPages(baseUrl, options)).flatMap((p) => p.data);

export async function setFaults(baseUrl: string, faults: Faults): Promise<void> {
  const response = await sendJson('PUT', `${baseUrl}/__faults`, faults);
  if (response.status !== 200) throw new Error(`PUT /__faults: ${response.status} ${await response.text()}`);
}

export async function clearFaults(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/__faults`, { method: 'DELETE' });
  if (response.status !== 204) throw new Error(`DELETE /__faults: ${response.status}`);
}
