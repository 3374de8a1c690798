import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type AggregatedCase = Schemas['AggregatedCaseView'];
export type AggregatedCaseDetail = Schemas['AggregatedCaseDetailView'];
/** A CRM case, member of an aggregated case, with why it is there. */
export type MemberCase = Schemas['SupportCaseView'];
export type Why = Schemas['WhyView'];
export type WhyStep = Schemas['WhyStepView'];
export type OverrideStep = Schemas['OverrideStepView'];
export type HubStatus = Schemas['HubStatusView'];
export type RefreshRun = Schemas['RefreshRunView'];
export type SourceStatus = Schemas['SourceStatusView'];
export type SourceRun = Schemas['SourceRunView'];
export type SourceProgress = Schemas['SourceProgressView'];

/** One page of a list: the items and X-Total-Count. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** `/status` as read, with when it was read: ages and waits count on from the server's own figures, so the browser's clock does not matter. */
export interface StatusReading {
  status: HubStatus;
  readAtMs: number;
}
