import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { shortDate } from './hub-dates';
import { hubErrorText } from './hub-error-text';
import { MemberTable } from './member-table';
import { MergeDialog } from './merge-dialog';
import { splitProblem, toggled, toggledAll } from './merge-split';
import { SplitDialog } from './split-dialog';
import { getAggregatedCase } from './support-hub-api';
import { aggregatedCasePath, SUPPORT_HUB_PATH, sourceLabel } from './support-hub-paths';
import { aggregatedCaseKey, HUB_KEY } from './support-hub-queries';
import type { AggregatedCaseDetail } from './support-hub-types';
import { keyText, mergedInText } from './why-text';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body1" component="div" data-testid={testId}>
        {children}
      </Typography>
    </Box>
  );
}

/** One aggregated case: its facts, where people moved it, its members with why each is there; merge and split. */
export function AggregatedCasePage() {
  const { id: param = '' } = useParams();
  const id = /^\d{1,9}$/.test(param) ? Number(param) : NaN;
  const principal = useSignedInPrincipal();
  const location = useLocation();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mayMerge = hasPermission(principal, 'support-hub:merge');
  const backTo =
    typeof (location.state as { from?: unknown } | null)?.from === 'string' ? (location.state as { from: string }).from : SUPPORT_HUB_PATH;

  const detail = useQuery({
    queryKey: aggregatedCaseKey(id),
    queryFn: ({ signal }) => getAggregatedCase(id, signal),
    enabled: Number.isInteger(id),
    retry: false,
  });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [dialog, setDialog] = useState<'merge' | 'split' | null>(null);

  /** After a merge or split: show the case that results, then read the rest of the hub again. */
  const regrouped = (next: AggregatedCaseDetail, message: string) => {
    const gone = dialog === 'merge' && next.id !== id;
    setDialog(null);
    setSelected(new Set());
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
  const members = data?.members ?? [];
  const chosen = members.filter((member) => selected.has(member.id));
  const cannotSplit = data ? splitProblem(chosen.length, data.caseCount) : null;
  const notFound = !Number.isInteger(id) || (detail.error instanceof ApiError && detail.error.status === 404);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={data ? `${data.provider} · ${data.errorCode}` : 'Aggregated case'} />
      <Button component={Link} to={backTo} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        Support hub
      </Button>
      {detail.isPending && Number.isInteger(id) && <LinearProgress aria-label="Loading the aggregated case" />}
      {notFound && (
        <Alert severity="warning" role="alert">
          Aggregated case {param} does not exist (any more): a refresh, a merge or a split may have changed the grouping.{' '}
          <Link to={SUPPORT_HUB_PATH}>Back to the board</Link>
        </Alert>
      )}
      {detail.error && !notFound && (
        <Alert severity="error" role="alert" action={<Button onClick={() => detail.refetch()}>Retry</Button>}>
          {hubErrorText(detail.error, 'load')}
        </Alert>
      )}
      {data && (
        <>
          <Card sx={{ mb: 2 }}>
            <CardContent>
              <Stack
                direction={{ xs: 'column', md: 'row' }}
                spacing={2}
                sx={{ alignItems: { md: 'flex-start' }, justifyContent: 'space-between' }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    <Typography variant="h5" component="h1" data-testid="aggregated-case-name">
                      {data.provider} · {data.errorCode}
                    </Typography>
                    <Chip
                      label={data.status === 'open' ? 'Open' : 'Closed'}
                      color={data.status === 'open' ? 'warning' : 'default'}
                      size="small"
                      data-testid="aggregated-case-status"
                    />
                    <Typography color="text.secondary">#{data.id}</Typography>
                  </Stack>
                  <Typography color="text.secondary" sx={{ mt: 0.5 }}>
                    {data.title}
                  </Typography>
                </Box>
                {mayMerge && (
                  <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
                    <Button variant="outlined" startIcon={<CallMergeIcon />} onClick={() => setDialog('merge')} data-testid="open-merge">
                      Merge…
                    </Button>
                    <Button
                      variant="outlined"
                      startIcon={<CallSplitIcon />}
                      onClick={() => setDialog('split')}
                      disabled={cannotSplit !== null}
                      title={cannotSplit ?? undefined}
                      data-testid="open-split"
                    >
                      {chosen.length ? `Split out ${chosen.length}…` : 'Split out…'}
                    </Button>
                  </Stack>
                )}
              </Stack>
              <Stack direction="row" spacing={4} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 2 }}>
                <Fact label="Cases" testId="aggregated-case-count">
                  {data.caseCount.toLocaleString('en')}
                </Fact>
                <Fact label="Open">{data.openCount.toLocaleString('en')}</Fact>
                <Fact label="Sources">{data.sources.map(sourceLabel).join(', ')}</Fact>
                <Fact label="First seen">{shortDate(data.firstSeen)}</Fact>
                <Fact label="Last seen">{shortDate(data.lastSeen)}</Fact>
                <Fact label="Grouped by">{keyText(data.groupKey)}</Fact>
              </Stack>
              {(data.splitFrom || data.merges.length > 0) && (
                <Box component="ul" sx={{ mt: 2, mb: 0, pl: 2 }} aria-label="Corrections by people">
                  {data.splitFrom && (
                    <Typography component="li" variant="body2">
                      Split out of{' '}
                      <Link to={aggregatedCasePath(data.splitFrom.fromAggregatedCaseId)} state={{ from: backTo }}>
                        #{data.splitFrom.fromAggregatedCaseId}
                      </Link>{' '}
                      by {data.splitFrom.by} on {shortDate(data.splitFrom.at)}: {data.splitFrom.reason}
                    </Typography>
                  )}
                  {data.merges.map((merge) => (
                    <Typography key={`${merge.fromKey}-${merge.at}`} component="li" variant="body2">
                      {mergedInText(merge)}
                    </Typography>
                  ))}
                </Box>
              )}
            </CardContent>
          </Card>

          <Card>
            <Box
              sx={{
                px: 2,
                pt: 1.5,
                pb: 1,
                display: 'flex',
                alignItems: 'baseline',
                justifyContent: 'space-between',
                gap: 2,
                flexWrap: 'wrap',
              }}
            >
              <Typography variant="subtitle1" component="h2" id="members-title">
                Member cases
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {members.length < data.caseCount
                  ? `The ${members.length} most recently updated of ${data.caseCount.toLocaleString('en')}`
                  : `${members.length} ${members.length === 1 ? 'case' : 'cases'}`}
                {mayMerge && chosen.length > 0 && ` · ${chosen.length} chosen`}
              </Typography>
            </Box>
            <MemberTable
              members={members}
              linkCustomers={hasPermission(principal, 'customers:read')}
              selection={
                mayMerge
                  ? {
                      selected,
                      toggle: (memberId) => setSelected((current) => toggled(current, memberId)),
                      toggleAll: () =>
                        setSelected((current) =>
                          toggledAll(
                            current,
                            members.map((member) => member.id),
                          ),
                        ),
                    }
                  : undefined
              }
            />
          </Card>

          {dialog === 'merge' && (
            <MergeDialog
              current={data}
              onClose={() => setDialog(null)}
              onMerged={(kept) =>
                regrouped(kept, kept.id === data.id ? 'Merged into this aggregated case' : `Merged into aggregated case #${kept.id}`)
              }
            />
          )}
          {dialog === 'split' && chosen.length > 0 && (
            <SplitDialog
              from={data}
              chosen={chosen}
              onClose={() => setDialog(null)}
              onSplit={(created) => regrouped(created, `Split out into the new aggregated case #${created.id}`)}
            />
          )}
        </>
      )}
    </Box>
  );
}
