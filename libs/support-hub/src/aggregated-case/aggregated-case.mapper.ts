import { aggregatedCaseHref } from '../support-hub-paths.js';
import type { AggregatedCaseView } from './dto/aggregated-case.dto.js';
import type { AggregatedCase } from './aggregated-case.entity.js';

export function toAggregatedCaseView(row: AggregatedCase, baseUrl: string): AggregatedCaseView {
  return {
    id: row.id,
    href: aggregatedCaseHref(baseUrl, row.id),
    provider: row.provider,
    errorCode: row.errorCode,
    status: row.status,
    caseCount: row.caseCount,
    openCount: row.openCount,
    sources: row.sources ? row.sources.split(',') : [],
    firstSeen: row.firstSeen.toISOString(),
    lastSeen: row.lastSeen.toISOString(),
    title: row.title,
    name: row.name,
    groupKey: row.groupKey,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
