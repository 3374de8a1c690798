import type { Why } from '../consolidation/why.js';
import { aggregatedCaseHref } from '../support-hub-paths.js';
import type { SupportCaseView } from './dto/support-case.dto.js';
import type { SupportCase } from './support-case.entity.js';

export function toSupportCaseView(row: SupportCase, baseUrl: string, why: Why, customerId: number | null): SupportCaseView {
  return {
    id: row.id,
    source: row.source,
    externalId: row.externalId,
    provider: row.provider,
    providerRaw: row.providerRaw,
    errorCode: row.errorCode,
    errorCodeRaw: row.errorCodeRaw,
    status: row.status,
    sourceStatus: row.sourceStatus,
    title: row.title,
    description: row.description,
    customerRef: row.customerRef,
    customerId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    aggregatedCaseId: row.aggregatedCaseId,
    aggregatedCaseHref: row.aggregatedCaseId === null ? null : aggregatedCaseHref(baseUrl, row.aggregatedCaseId),
    why,
  };
}
