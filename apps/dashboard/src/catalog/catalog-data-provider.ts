import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { ApiError } from '../api/api-error';
import { fieldErrorMap } from '../api/field-errors';
import { requestJson } from '../api/json-request';
import { changedFields } from '../admin/changed-fields';
import { listQuery } from '../admin/list-query';
import { FormApiError } from '../communications/communications-data-provider';
import { translateNow as t } from '../i18n/i18n-provider';
import { CATALOG_API, isCatalogResource } from './catalog-api';
import { CATALOG_SHAPES } from './catalog-shapes';
import { refusedMoveOf, refusedMoveText } from './lifecycle';
import { parseEuros } from './money';

type Values = Record<string, unknown>;

const pathOf = (resource: string, id?: Identifier) =>
  `${CATALOG_API}/${resource}${id === undefined ? '' : `/${encodeURIComponent(String(id))}`}`;

/** A record as react-admin holds it: the form's shape, with the ETag it was read at (sent back as If-Match). */
const recordOf = (resource: string, body: Values, etag: string | null): RaRecord =>
  ({ ...CATALOG_SHAPES[resource].toRecord(body), etag }) as unknown as RaRecord;

/** The amount is typed in euros: a wrong one is said at its input before anything is sent. */
function checkAmount(resource: string, record: Values): void {
  if (resource !== 'productOfferingPrice') return;
  const entry = parseEuros(String(record.amountEuros ?? ''));
  if (entry.ok) return;
  const message = {
    empty: t('contactly.catalog.money.empty', { _: 'Enter the amount in euros' }),
    not_a_number: t('contactly.catalog.money.not_a_number', { _: 'Enter an amount such as 9.99' }),
    negative: t('contactly.catalog.money.negative', { _: 'The amount cannot be negative' }),
    too_precise: t('contactly.catalog.money.too_precise', { _: 'Use at most two decimals (whole cents)' }),
  }[entry.problem];
  throw new FormApiError(new ApiError(message, 400), { amountEuros: message });
}

/** A refused save: the named fields at their inputs (in words), a refused lifecycle move in words, else the server's message. */
function formError(resource: string, error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const move = refusedMoveOf(error);
  if (move) {
    const text = refusedMoveText(move, t);
    return new FormApiError(new ApiError(text, 409, error.code), { lifecycleStatus: text });
  }
  if (error.details.length && (error.status === 400 || error.status === 422)) {
    return new FormApiError(
      error,
      fieldErrorMap(error.details, (field) => CATALOG_SHAPES[resource].formField(field)),
    );
  }
  return error;
}

async function list(
  resource: string,
  params: Pick<GetListParams, 'pagination' | 'sort' | 'filter' | 'signal'>,
): Promise<{ data: never[]; total: number }> {
  const { categoryId, ...filter } = (params.filter ?? {}) as Values;
  if (resource === 'productOffering' && categoryId) return offeringsOfCategory(String(categoryId), { ...params, filter });
  const query = Object.fromEntries(listQuery({ ...params, filter }));
  const answer = await requestJson<Values[]>(pathOf(resource), query, { signal: params.signal });
  const data = (answer.data ?? []).map((body) => recordOf(resource, body, null));
  return { data: data as never[], total: answer.total ?? data.length };
}

/**
 * The offerings of a category: the category names them (an offering's categories are not a list
 * filter), the other filters apply to them here, and the page is cut here.
 */
async function offeringsOfCategory(categoryId: string, params: Pick<GetListParams, 'pagination' | 'sort' | 'filter' | 'signal'>) {
  const category = (await requestJson<Values>(pathOf('category', categoryId), undefined, { signal: params.signal })).data;
  const refs = (category.productOffering as { id: string }[] | undefined) ?? [];
  const all = await Promise.all(refs.map((ref) => one('productOffering', ref.id, params.signal)));
  const wanted = Object.entries(params.filter ?? {}).filter(([, value]) => value !== undefined && value !== null && value !== '');
  const matching = all.filter((offering) => wanted.every(([name, value]) => String(offering[name]) === String(value)));
  const { page, perPage } = params.pagination ?? { page: 1, perPage: matching.length };
  return { data: matching.slice((page - 1) * perPage, page * perPage) as never[], total: matching.length };
}

async function one(resource: string, id: Identifier, signal?: AbortSignal): Promise<RaRecord> {
  const answer = await requestJson<Values>(pathOf(resource, id), undefined, { signal });
  return recordOf(resource, answer.data, answer.etag);
}

/**
 * The TMF620 catalog resources (`productOffering`, `productOfferingPrice`, `productSpecification`,
 * `category`, `catalog`) under react-admin: lists with the API's paging, sort and filters, the form
 * shapes of catalog-shapes.ts, merge patches of what changed with If-Match, creates with an
 * Idempotency-Key, and errors said at the inputs. Other resources go to the wrapped provider.
 */
export function withCatalog(base: DataProvider): DataProvider {
  return {
    ...base,
    getList: (resource, params) => (isCatalogResource(resource) ? list(resource, params) : base.getList(resource, params)),
    getManyReference: (resource, params) =>
      isCatalogResource(resource)
        ? list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } })
        : base.getManyReference(resource, params),
    getOne: async (resource, params) =>
      isCatalogResource(resource) ? { data: (await one(resource, params.id, params.signal)) as never } : base.getOne(resource, params),
    getMany: async (resource, params) =>
      isCatalogResource(resource)
        ? { data: (await Promise.all(params.ids.map((id) => one(resource, id, params.signal)))) as never[] }
        : base.getMany(resource, params),
    create: async (resource, params) => {
      if (!isCatalogResource(resource)) return base.create(resource, params);
      checkAmount(resource, params.data);
      try {
        const body = CATALOG_SHAPES[resource].toBody({ lifecycleStatus: 'inStudy', ...params.data });
        const answer = await requestJson<Values>(pathOf(resource), undefined, {
          method: 'POST',
          body,
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        });
        return { data: recordOf(resource, answer.data, answer.etag) as never };
      } catch (error) {
        throw formError(resource, error);
      }
    },
    update: async (resource, params) => {
      if (!isCatalogResource(resource)) return base.update(resource, params);
      checkAmount(resource, params.data);
      const shape = CATALOG_SHAPES[resource];
      const patch = changedFields(shape.toBody(params.previousData), shape.toBody(params.data));
      const etag = (params.previousData as { etag?: string | null }).etag;
      try {
        const answer = await requestJson<Values>(pathOf(resource, params.id), undefined, {
          method: 'PATCH',
          body: patch,
          contentType: 'application/merge-patch+json',
          headers: etag ? { 'If-Match': etag } : {},
        });
        return { data: recordOf(resource, answer.data, answer.etag) as never };
      } catch (error) {
        throw formError(resource, error);
      }
    },
    delete: async (resource, params) => {
      if (!isCatalogResource(resource)) return base.delete(resource, params);
      await requestJson(pathOf(resource, params.id), undefined, { method: 'DELETE' });
      return { data: (params.previousData ?? { id: params.id }) as never };
    },
  };
}
