import { useEffect, useState } from 'react';
import { listCustomers, searchCustomers } from '../customer-api';
import { summaryOf } from '../customer-summary';
import type { CustomerSummary, Page } from '../customer-types';
import { affiliatePage, RANKED_MATCHES_MAX, type SearchPlan } from './search-plan';

async function run(plan: SearchPlan, signal: AbortSignal): Promise<Page<CustomerSummary>> {
  switch (plan.kind) {
    case 'search':
      return searchCustomers(plan.q, plan.offset, plan.limit, signal);
    case 'search-affiliate': {
      const ranked = await searchCustomers(plan.q, 0, RANKED_MATCHES_MAX, signal);
      return affiliatePage(ranked.items, plan.affiliateId, plan.offset, plan.limit);
    }
    case 'list': {
      const page = await listCustomers({ affiliateId: plan.affiliateId }, plan.offset, plan.limit, signal);
      return { items: page.items.map(summaryOf), total: page.total };
    }
  }
}

export interface SearchState {
  /** The latest answer; kept while the next one loads so the list does not flicker. */
  result?: Page<CustomerSummary>;
  /** The plan `result` answers. */
  answered?: SearchPlan;
  error?: Error;
  loading: boolean;
}

/**
 * Runs the search plan; a newer plan aborts the request of the one before (AbortController), so a
 * slow answer to an old query never replaces the answer to what is typed now.
 */
export function useCustomerSearch(plan: SearchPlan): SearchState & { retry(): void } {
  const [state, setState] = useState<SearchState>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(plan);

  useEffect(() => {
    const current = JSON.parse(key) as SearchPlan;
    const abort = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    run(current, abort.signal).then(
      (result) => {
        if (!abort.signal.aborted) setState({ result, answered: current, loading: false });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => abort.abort();
  }, [key, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
