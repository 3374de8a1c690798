import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, LinearProgress } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { AggregatedCaseHeader } from './aggregated-case-header';
import { caseName } from './case-name';
import { hubErrorText } from './hub-error-text';
import { useHubText } from './hub-i18n';
import { memberFiltersFromParams, paramsFromMemberFilters } from './member-filters';
import { MemberSection } from './member-section';
import { MergeDialog } from './merge-dialog';
import { splitProblem } from './merge-split';
import { SplitDialog } from './split-dialog';
import { getAggregatedCase } from './support-hub-api';
import { aggregatedCasePath, SUPPORT_HUB_PATH } from './support-hub-paths';
import { aggregatedCaseKey, HUB_KEY } from './support-hub-queries';
import type { AggregatedCaseDetail, MemberCase } from './support-hub-types';

/**
 * One aggregated case: its name (renamed in place), facts, where people moved it, and every member
 * a page at a time (filters in the URL) with why each is there; merge and split.
 */
export function AggregatedCasePage() {
  const { id: param = '' } = useParams();
  const id = /^\d{1,9}$/.test(param) ? Number(param) : NaN;
  const principal = useSignedInPrincipal();
  const { t } = useHubText();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mayCorrect = hasPermission(principal, 'support-hub:merge');
  const backTo =
    typeof (location.state as { from?: unknown } | null)?.from === 'string' ? (location.state as { from: string }).from : SUPPORT_HUB_PATH;
  const memberFilters = memberFiltersFromParams(params);

  const detail = useQuery({
    queryKey: aggregatedCaseKey(id),
    queryFn: ({ signal }) => getAggregatedCase(id, signal),
    enabled: Number.isInteger(id),
    retry: false,
  });
  const [chosen, setChosen] = useState<Map<number, MemberCase>>(new Map());
  const [dialog, setDialog] = useState<'merge' | 'split' | null>(null);

  /** After a merge, split or rename: show the case that results, then read the rest of the hub again. */
  const regrouped = (next: AggregatedCaseDetail, message: string) => {
    const gone = dialog === 'merge' && next.id !== id;
    setDialog(null);
    setChosen(new Map());
    queryClient.setQueryData(aggregatedCaseKey(next.id), next);
    if (next.id !== id) void navigate(aggregatedCasePath(next.id), { state: { from: backTo } });
    // The result is fresh; a case merged into the other one is gone: neither is read again.
    const settled = new Set(gone ? [next.id, id] : [next.id]);
    void queryClient.invalidateQueries({
      queryKey: HUB_KEY,
      predicate: (query) => !(query.queryKey[1] === 'aggregated-case' && settled.has(query.queryKey[2] as number)),
    });
    notify(message, { type: 'success' });
  };

  const data = detail.data;
  const cannotSplit = data ? splitProblem(chosen.size, data.caseCount, t) : null;
  const notFound = !Number.isInteger(id) || (detail.error instanceof ApiError && detail.error.status === 404);

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title={data ? caseName(data) : t('contactly.supportHub.caseView.title', { _: 'Aggregated case' })} />
      <Button component={Link} to={backTo} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {t('contactly.supportHub.board.title', { _: 'Support hub' })}
      </Button>
      {detail.isPending && Number.isInteger(id) && (
        <LinearProgress aria-label={t('contactly.supportHub.caseView.loading', { _: 'Loading the aggregated case' })} />
      )}
      {notFound && (
        <Alert severity="warning" role="alert">
          {t('contactly.supportHub.caseView.notFound', {
            _: 'Aggregated case %{id} does not exist (any more): a refresh, a merge or a split may have changed the grouping.',
            id: param,
          })}{' '}
          <Link to={SUPPORT_HUB_PATH}>{t('contactly.supportHub.caseView.backToBoard', { _: 'Back to the board' })}</Link>
        </Alert>
      )}
      {detail.error && !notFound && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => detail.refetch()}>{t('contactly.supportHub.common.retry', { _: 'Retry' })}</Button>}
        >
          {hubErrorText(detail.error, 'load', t)}
        </Alert>
      )}
      {data && (
        <>
          <AggregatedCaseHeader
            data={data}
            mayCorrect={mayCorrect}
            chosenCount={chosen.size}
            cannotSplit={cannotSplit}
            backTo={backTo}
            onMerge={() => setDialog('merge')}
            onSplit={() => setDialog('split')}
            onRenamed={(next) => regrouped(next, t('contactly.supportHub.rename.done', { _: 'Renamed' }))}
            onReload={() => void detail.refetch()}
          />
          <MemberSection
            id={data.id}
            caseCount={data.caseCount}
            filters={memberFilters}
            onFilters={(next) => setParams(paramsFromMemberFilters(next), { replace: true, state: location.state })}
            selection={mayCorrect ? { chosen, onChange: setChosen } : undefined}
            linkCustomers={hasPermission(principal, 'customers:read')}
          />
          {dialog === 'merge' && (
            <MergeDialog
              current={data}
              onClose={() => setDialog(null)}
              onMerged={(kept) =>
                regrouped(
                  kept,
                  kept.id === data.id
                    ? t('contactly.supportHub.merge.doneHere', { _: 'Merged into this aggregated case' })
                    : t('contactly.supportHub.merge.doneThere', { _: 'Merged into aggregated case #%{id}', id: kept.id }),
                )
              }
            />
          )}
          {dialog === 'split' && chosen.size > 0 && (
            <SplitDialog
              from={data}
              chosen={[...chosen.values()]}
              onClose={() => setDialog(null)}
              onSplit={(created) =>
                regrouped(
                  created,
                  t('contactly.supportHub.split.done', { _: 'Split out into the new aggregated case #%{id}', id: created.id }),
                )
              }
            />
          )}
        </>
      )}
    </Box>
  );
}
