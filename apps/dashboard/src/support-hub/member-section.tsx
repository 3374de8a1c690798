import { Alert, Box, Button, Card, LinearProgress, MenuItem, Stack, TablePagination, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { TextFilter } from './board-filter-bar';
import { hubErrorText } from './hub-error-text';
import { formatCount, rangeText, useHubText, pageButtonLabel } from './hub-i18n';
import {
  hasMemberFilters,
  MEMBER_PAGE_SIZE,
  MEMBER_SOURCES,
  MEMBER_STATUSES,
  type MemberFilters,
  memberQueryOf,
  withMemberFilters,
} from './member-filters';
import { MemberTable } from './member-table';
import { toggledMember, toggledPage } from './merge-split';
import { listMembers } from './support-hub-api';
import { sourceLabel } from './support-hub-paths';
import { membersKey } from './support-hub-queries';
import type { MemberCase } from './support-hub-types';

interface Props {
  id: number;
  caseCount: number;
  filters: MemberFilters;
  onFilters(next: MemberFilters): void;
  /** Given when members may be chosen (to split them out); the choice is kept across pages and filters. */
  selection?: { chosen: ReadonlyMap<number, MemberCase>; onChange(next: Map<number, MemberCase>): void };
  linkCustomers: boolean;
}

/** Every member of an aggregated case, a page at a time, filtered by status, source and text. */
export function MemberSection({ id, caseCount, filters, onFilters, selection, linkCustomers }: Props) {
  const text = useHubText();
  const { t, locale } = text;
  const members = useQuery({
    queryKey: membersKey(id, filters),
    queryFn: ({ signal }) => listMembers(id, memberQueryOf(filters), signal),
    placeholderData: keepPreviousData,
  });
  const rows = members.data?.items ?? [];
  const total = members.data?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / MEMBER_PAGE_SIZE) - 1);
  const change = (next: Partial<Omit<MemberFilters, 'page'>>) => onFilters(withMemberFilters(filters, next));

  return (
    <Card>
      <Box sx={{ px: 2, pt: 1.5, display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" id="members-title">
          {t('contactly.supportHub.members.heading', { _: 'Member cases' })}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="members-range">
          {members.data &&
            (hasMemberFilters(filters)
              ? t('contactly.supportHub.members.rangeFiltered', {
                  _: '%{range} matching (%{all} in all)',
                  range: rangeText(filters.page * MEMBER_PAGE_SIZE, rows.length, total, text),
                  all: formatCount(caseCount, locale),
                })
              : rangeText(filters.page * MEMBER_PAGE_SIZE, rows.length, total, text))}
          {selection && selection.chosen.size > 0 && (
            <>
              {' · '}
              {t('contactly.supportHub.members.chosen', { _: '%{count} chosen', count: formatCount(selection.chosen.size, locale) })}{' '}
              <Button size="small" onClick={() => selection.onChange(new Map())} data-testid="members-unchoose">
                {t('contactly.supportHub.members.unchoose', { _: 'Clear choice' })}
              </Button>
            </>
          )}
        </Typography>
      </Box>
      <Stack
        component="form"
        role="search"
        onSubmit={(event) => event.preventDefault()}
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ p: 2, pt: 1 }}
        aria-label={t('contactly.supportHub.members.filterLabel', { _: 'Filter member cases' })}
      >
        <TextFilter
          label={t('contactly.supportHub.board.search', { _: 'Search' })}
          value={filters.q}
          onCommit={(q) => change({ q })}
          placeholder={t('contactly.supportHub.members.searchPlaceholder', { _: 'Title, CRM id or email' })}
          testId="members-filter-q"
          search
        />
        <TextField
          select
          size="small"
          label={t('contactly.supportHub.board.status', { _: 'Status' })}
          value={filters.status}
          onChange={(event) => change({ status: event.target.value as MemberFilters['status'] })}
          sx={{ flex: '0 0 150px' }}
          slotProps={{
            select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'members-filter-status' } as object },
            inputLabel: { shrink: true },
          }}
        >
          <MenuItem value="">{t('contactly.supportHub.board.anyStatus', { _: 'Any status' })}</MenuItem>
          {MEMBER_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {status === 'open'
                ? t('contactly.supportHub.status.open', { _: 'Open' })
                : t('contactly.supportHub.status.closed', { _: 'Closed' })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('contactly.supportHub.sources.source', { _: 'Source' })}
          value={filters.source}
          onChange={(event) => change({ source: event.target.value as MemberFilters['source'] })}
          sx={{ flex: '0 0 150px' }}
          slotProps={{
            select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'members-filter-source' } as object },
            inputLabel: { shrink: true },
          }}
        >
          <MenuItem value="">{t('contactly.supportHub.members.anySource', { _: 'Any source' })}</MenuItem>
          {MEMBER_SOURCES.map((source) => (
            <MenuItem key={source} value={source}>
              {sourceLabel(source)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Box sx={{ height: 4 }}>
        {members.isFetching && <LinearProgress aria-label={t('contactly.supportHub.members.loading', { _: 'Loading member cases' })} />}
      </Box>
      {members.error && (
        <Alert
          severity="error"
          role="alert"
          sx={{ m: 2 }}
          action={<Button onClick={() => members.refetch()}>{t('contactly.supportHub.common.retry', { _: 'Retry' })}</Button>}
        >
          {hubErrorText(members.error, 'load', t)}
        </Alert>
      )}
      {members.data && rows.length === 0 && (
        <Typography color="text.secondary" sx={{ p: 3, textAlign: 'center' }} data-testid="members-empty">
          {t('contactly.supportHub.members.noMatch', { _: 'No member case matches these filters.' })}
        </Typography>
      )}
      {rows.length > 0 && (
        <Box sx={{ opacity: members.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
          <MemberTable
            members={rows}
            linkCustomers={linkCustomers}
            selection={
              selection && {
                selected: new Set(selection.chosen.keys()),
                toggle: (memberId) => {
                  const member = rows.find((row) => row.id === memberId);
                  if (member) selection.onChange(toggledMember(selection.chosen, member));
                },
                toggleAll: () => selection.onChange(toggledPage(selection.chosen, rows)),
              }
            }
          />
        </Box>
      )}
      {total > MEMBER_PAGE_SIZE && (
        <TablePagination
          component="div"
          count={total}
          page={Math.min(filters.page, lastPage)}
          rowsPerPage={MEMBER_PAGE_SIZE}
          rowsPerPageOptions={[]}
          getItemAriaLabel={(type) => pageButtonLabel(type, t)}
          labelDisplayedRows={({ from, to, count }) => rangeText(from - 1, to - from + 1, count, text)}
          onPageChange={(_, page) => onFilters({ ...filters, page })}
          data-testid="members-pagination"
        />
      )}
    </Card>
  );
}
