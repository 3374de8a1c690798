import { Alert, Box, Button, Card, LinearProgress, Stack, TablePagination, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title } from 'react-admin';
import { useLocation, useSearchParams } from 'react-router';
import { AggregatedCaseTable } from './aggregated-case-table';
import { BoardFilterBar } from './board-filter-bar';
import {
  BOARD_PAGE_SIZE,
  type BoardFilters,
  describeFilters,
  filtersFromParams,
  hasFilters,
  paramsFromFilters,
  withFilters,
} from './board-filters';
import { hubErrorText } from './hub-error-text';
import { rangeText, useHubText, pageButtonLabel } from './hub-i18n';
import { FreshnessBadge, RefreshPanel } from './refresh-panel';
import { SourceHealth } from './source-health';
import { searchAggregatedCases } from './support-hub-api';
import { boardKey, useHubStatus } from './support-hub-queries';

/**
 * The support engineers' board: aggregated cases with filters kept in the URL, the data's
 * freshness, the Refresh button with its countdown and progress, and each CRM's health.
 */
export function SupportHubBoardPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const text = useHubText();
  const { t } = text;
  const filters = filtersFromParams(params);
  const show = (next: BoardFilters) => setParams(paramsFromFilters(next), { replace: true });

  const status = useHubStatus();
  const board = useQuery({
    queryKey: boardKey(filters),
    queryFn: ({ signal }) => searchAggregatedCases(filters, signal),
    placeholderData: keepPreviousData,
  });
  const rows = board.data?.items ?? [];
  const total = board.data?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / BOARD_PAGE_SIZE) - 1);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('contactly.supportHub.board.title', { _: 'Support hub' })} />
      <Card sx={{ mb: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ p: 2, alignItems: { md: 'flex-start' } }}>
          <Stack spacing={1} sx={{ flexShrink: 0 }}>
            <Typography variant="h5" component="h1">
              {t('contactly.supportHub.board.title', { _: 'Support hub' })}
            </Typography>
            {status.data && <FreshnessBadge reading={status.data} />}
          </Stack>
          {status.data && <RefreshPanel reading={status.data} />}
        </Stack>
        {status.isPending && (
          <LinearProgress aria-label={t('contactly.supportHub.board.loadingStatus', { _: 'Loading the hub’s status' })} />
        )}
        {status.error && (
          <Alert
            severity="error"
            role="alert"
            sx={{ m: 2 }}
            action={<Button onClick={() => status.refetch()}>{t('contactly.supportHub.common.retry', { _: 'Retry' })}</Button>}
          >
            {t('contactly.supportHub.board.statusFailed', { _: 'The hub’s status could not be read.' })}{' '}
            {hubErrorText(status.error, 'load', t)}
          </Alert>
        )}
      </Card>

      <Card>
        <BoardFilterBar filters={filters} onChange={(change) => show(withFilters(filters, change))} />
        <Box sx={{ px: 2, pb: 1, display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 2 }}>
          <Typography variant="subtitle1" component="h2" id="hub-cases-title">
            {describeFilters(filters, t)}
          </Typography>
          {board.data && (
            <Typography variant="body2" color="text.secondary" data-testid="hub-case-count">
              {rangeText(filters.page * BOARD_PAGE_SIZE, rows.length, total, text)}
            </Typography>
          )}
        </Box>
        <Box sx={{ height: 4 }}>
          {board.isFetching && <LinearProgress aria-label={t('contactly.supportHub.board.loading', { _: 'Loading aggregated cases' })} />}
        </Box>
        {board.error && (
          <Alert
            severity="error"
            role="alert"
            sx={{ m: 2 }}
            action={<Button onClick={() => board.refetch()}>{t('contactly.supportHub.common.retry', { _: 'Retry' })}</Button>}
          >
            {t('contactly.supportHub.board.loadFailed', { _: 'The aggregated cases could not be loaded.' })}{' '}
            {hubErrorText(board.error, 'load', t)}
          </Alert>
        )}
        {board.data && rows.length === 0 && (
          <Box sx={{ p: 4, textAlign: 'center' }} data-testid="hub-empty">
            <Typography variant="h6" component="p" gutterBottom>
              {hasFilters(filters)
                ? t('contactly.supportHub.board.noMatch', { _: 'No aggregated case matches these filters' })
                : t('contactly.supportHub.board.noCases', { _: 'No cases yet' })}
            </Typography>
            <Typography color="text.secondary">
              {hasFilters(filters)
                ? t('contactly.supportHub.board.noMatchHint', {
                    _: 'Provider and error code match in any spelling the grouping rules know; try fewer filters.',
                  })
                : status.data?.status.lastRefreshedAt
                  ? t('contactly.supportHub.board.emptyAfterRefresh', { _: 'The CRMs had no cases at the last refresh.' })
                  : t('contactly.supportHub.board.neverPulled', { _: 'The CRM data has not been pulled yet: refresh to pull it.' })}
            </Typography>
            {hasFilters(filters) && (
              <Button sx={{ mt: 2 }} onClick={() => show(withFilters(filters, { q: '', provider: '', errorCode: '', status: '' }))}>
                {t('contactly.supportHub.common.clearFilters', { _: 'Clear filters' })}
              </Button>
            )}
          </Box>
        )}
        {rows.length > 0 && (
          <Box sx={{ opacity: board.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
            <AggregatedCaseTable
              rows={rows}
              sort={filters.sort}
              onSort={(sort) => show(withFilters(filters, { sort }))}
              from={`${location.pathname}${location.search}`}
              labelledBy="hub-cases-title"
            />
          </Box>
        )}
        {total > BOARD_PAGE_SIZE && (
          <TablePagination
            component="div"
            count={total}
            page={Math.min(filters.page, lastPage)}
            rowsPerPage={BOARD_PAGE_SIZE}
            rowsPerPageOptions={[]}
            getItemAriaLabel={(type) => pageButtonLabel(type, t)}
            labelDisplayedRows={({ from, to, count }) => rangeText(from - 1, to - from + 1, count, text)}
            onPageChange={(_, page) => show({ ...filters, page })}
          />
        )}
      </Card>

      {status.data && (
        <Card sx={{ mt: 2 }}>
          <SourceHealth sources={status.data.status.sources} />
        </Card>
      )}
    </Box>
  );
}
