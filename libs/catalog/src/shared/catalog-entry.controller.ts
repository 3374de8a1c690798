import type { Type } from '@nestjs/common';
import { ReferenceData, RequirePermissions, StaffOnly, type TmfRouteDocs, tmfResourceController } from '@contactly/platform';
import type { CatalogEntityColumns } from './catalog-columns.js';
import type { CatalogEntryCreateFields, CatalogEntryPatchFields, CatalogEntryView } from './catalog-entry.dto.js';
import type { CatalogEntryService } from './catalog-entry.service.js';

const LIFECYCLE =
  '`lifecycleStatus` moves inStudy → inDesign → inTest → active → launched → retired → obsolete; back-moves inDesign → inStudy, inTest → inDesign, active → inTest, retired → launched; inStudy, inDesign and inTest may be dropped to obsolete; nothing leaves obsolete (409 naming from, to and allowed otherwise).';
const CONDITIONAL =
  'Carries `ETag` and `Last-Modified`; answers 304 to a matching `If-None-Match` or a not-older `If-Modified-Since`, so shops can poll cheaply.';
const CONDITIONAL_LIST =
  'Carries an `ETag` (a hash of the page sent: an entry that changes, joins or leaves it changes it) and answers 304 to a matching `If-None-Match`, so shops can poll cheaply. No `Last-Modified`: the newest change of the entries shown cannot tell that one left.';

export interface CatalogRouteDocs {
  /** Lower-case name in summaries (`product offering`). */
  lower: string;
  /** What a create must name and what it checks. */
  create: string;
  /** What a patch checks besides the lifecycle. */
  update?: string;
  /** What refuses a delete (and a retirement). */
  inUse: string;
}

/**
 * The TMF620 endpoints of one kind of catalog entry. The catalog is the operator's reference data:
 * every signed-in principal with `catalog:read` reads it (shops, affiliates, subscribers), only
 * staff with `catalog:write` change it.
 */
export function catalogEntryController<
  E extends CatalogEntityColumns,
  V extends CatalogEntryView,
  C extends CatalogEntryCreateFields,
  U extends CatalogEntryPatchFields,
>(
  spec: {
    service: Type<CatalogEntryService<E, V, C, U>>;
    resource: string;
    label: string;
    path: string;
    list: CatalogEntryService<E, V, C, U>['kind']['list'];
    create: Type<C>;
    update: Type<U>;
    view: Type<V>;
  },
  docs: CatalogRouteDocs,
): Type<unknown> {
  const write = [StaffOnly(), RequirePermissions('catalog:write')];
  const routeDocs: Record<'list' | 'get' | 'create' | 'update' | 'delete', TmfRouteDocs> = {
    list: {
      summary: `List ${docs.lower}s`,
      description: `Filters on every first-level attribute, \`fields\`, \`sort\`, paging. ${CONDITIONAL_LIST}`,
    },
    get: { summary: `Get a ${docs.lower}`, description: `The \`ETag\` is the version to send back in \`If-Match\`. ${CONDITIONAL}` },
    create: {
      summary: `Create a ${docs.lower}`,
      description: `${docs.create} It starts \`inStudy\` unless a status up to \`launched\` is sent. Staff only.`,
      errors: [409, 422],
    },
    update: {
      summary: `Change a ${docs.lower} (merge patch)`,
      description: `${LIFECYCLE} ${docs.update ?? ''} Retiring: ${docs.inUse} \`id\` and \`href\` cannot change (400). Staff only.`,
      errors: [409, 422],
    },
    delete: {
      summary: `Delete a ${docs.lower}`,
      description: `Refused (409 CATALOG_ENTRY_IN_USE naming what) ${docs.inUse} Staff only.`,
      errors: [409],
    },
  };
  return tmfResourceController({
    tag: 'TMF620 product catalog',
    resource: spec.resource,
    label: spec.label,
    path: spec.path,
    list: spec.list,
    create: spec.create,
    update: spec.update,
    view: spec.view,
    service: spec.service,
    operations: (entries) => ({
      list: (query, _principal, baseUrl) => entries.list(query, baseUrl),
      get: (id, _principal, baseUrl) => entries.get(id, baseUrl),
      create: (body, principal, baseUrl) => entries.create(body, principal, baseUrl),
      update: (id, body, version, principal, baseUrl) => entries.update(id, body, version, principal, baseUrl),
      delete: (id, principal, baseUrl) => entries.delete(id, principal, baseUrl),
    }),
    access: { read: [ReferenceData(), RequirePermissions('catalog:read')], create: write, update: write, delete: write },
    docs: routeDocs,
  });
}
