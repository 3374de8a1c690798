import type { components } from '../api/schema';
import { api, unwrap } from '../api/client';
import { readPage } from './support-hub-api';
import type { Page } from './support-hub-types';

type Schemas = components['schemas'];
export type GroupingRule = Schemas['GroupingRuleView'];
export type RuleInput = Schemas['CreateGroupingRuleDto'];
export type RuleChange = Schemas['UpdateGroupingRuleDto'];
export type Explained = Schemas['ExplainView'];
export type RuleKind = GroupingRule['kind'];

/** Every rule (a few dozen), by kind and position: the order they apply in. */
export const listRules = (signal?: AbortSignal): Promise<Page<GroupingRule>> =>
  readPage(api.GET('/api/v1/support-hub/rules', { params: { query: { limit: 1000, sort: 'kind,position' } }, signal }));

export const createRule = (input: RuleInput): Promise<GroupingRule> => unwrap(api.POST('/api/v1/support-hub/rules', { body: input }));

/** A change to the version read; someone else's change in between is 412. */
export const updateRule = (rule: GroupingRule, change: RuleChange): Promise<GroupingRule> =>
  unwrap(
    api.PATCH('/api/v1/support-hub/rules/{id}', {
      params: { path: { id: rule.id }, header: { 'If-Match': `"${rule.version}"` } },
      body: change,
    }),
  );

export const deleteRule = async (id: number): Promise<void> => {
  await unwrap(api.DELETE('/api/v1/support-hub/rules/{id}', { params: { path: { id } } }));
};

/** What a provider and error code (as a CRM sends them) become under the rules in force. */
export const explainGrouping = (query: { provider?: string; errorCode?: string; source?: 'banana' | 'strawberry' }, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/support-hub/rules/explain', { params: { query }, signal }));

/** A case by the hub's number (to explain it as the CRM sent it). */
export const getCase = async (id: number, signal?: AbortSignal) => {
  const page = await readPage(api.GET('/api/v1/support-hub/cases', { params: { query: { id, limit: 1 } }, signal }));
  return page.items[0] ?? null;
};
