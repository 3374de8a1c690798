import { ReferenceData, RequireAnyPermission, RequirePermissions, StaffOnly, tmfResourceController } from '@contactly/platform';
import { BILL_FORMAT, BILL_PRESENTATION_MEDIA, BILLING_CYCLE_SPECIFICATION, type BillReferenceKind } from './bill-reference-kinds.js';
import type { BillReferenceInput } from './bill-reference-values.js';
import { type BillReferencePatch, BillReferenceService } from './bill-reference.service.js';

/**
 * The TMF666 endpoints of one bill reference catalogue. The three catalogues differ only in their
 * attributes, so one service serves them, validating bodies against the DTOs of its kind.
 */
function billReferenceController(kind: BillReferenceKind) {
  const lower = kind.label.toLowerCase();
  const staffWrite = [StaffOnly(), RequirePermissions('customers:write')];
  return tmfResourceController({
    tag: 'TMF666 bill reference',
    resource: kind.resource,
    label: kind.label,
    path: kind.path,
    list: kind.list,
    create: kind.create as new () => BillReferenceInput,
    update: kind.update as new () => BillReferencePatch,
    view: kind.view,
    service: BillReferenceService,
    operations: (catalogues) => ({
      list: (query, _principal, baseUrl) => catalogues.list(kind, query, baseUrl),
      get: (id, _principal, baseUrl) => catalogues.get(kind, id, baseUrl),
      create: (body, principal, baseUrl) => catalogues.create(kind, body, principal, baseUrl),
      update: (id, body, version, principal, baseUrl) => catalogues.update(kind, id, body, version, principal, baseUrl),
      delete: (id, principal, baseUrl) => catalogues.delete(kind, id, principal, baseUrl),
    }),
    access: {
      read: [ReferenceData(), RequireAnyPermission('customers:read', 'self:read')],
      create: staffWrite,
      update: staffWrite,
      delete: staffWrite,
    },
    docs: {
      list: {
        summary: `List ${lower} entries`,
        description: 'The operator’s catalogue that billing accounts refer to in `billStructure`.',
      },
      get: { summary: `Get a ${lower}` },
      create: {
        summary: `Add a ${lower}`,
        description: '`name` is mandatory; entries are told apart by `id`, so two may share a name. Staff only (403 for affiliates).',
      },
      update: { summary: `Change a ${lower} (merge patch)`, description: '`id` and `href` cannot change (400). Staff only.' },
      delete: {
        summary: `Remove a ${lower}`,
        description: 'Refused (409) while an account’s bill structure uses it. Staff only.',
        errors: [409],
      },
    },
  });
}

export const BillFormatController = billReferenceController(BILL_FORMAT);
export const BillPresentationMediaController = billReferenceController(BILL_PRESENTATION_MEDIA);
export const BillingCycleSpecificationController = billReferenceController(BILLING_CYCLE_SPECIFICATION);
