import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import SearchIcon from '@mui/icons-material/Search';
import { Button, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useDebouncedValue } from '../customers/search/use-debounced-value';
import { type BoardFilters, CASE_STATUSES, type CaseStatus, hasFilters } from './board-filters';
import { useHubText } from './hub-i18n';

export const FILTER_DEBOUNCE_MS = 300;

interface TextFilterProps {
  label: string;
  /** The value in the URL. */
  value: string;
  onCommit(value: string): void;
  placeholder?: string;
  testId: string;
  search?: boolean;
}

/** A text filter: typed freely, applied (to the URL) once typing pauses; follows the URL when it changes (back, clear). */
export function TextFilter({ label, value, onCommit, placeholder, testId, search }: TextFilterProps) {
  const [typed, setTyped] = useState(value);
  const settled = useDebouncedValue(typed, FILTER_DEBOUNCE_MS);
  // The URL changed by other means: show its value (but keep a trailing space being typed).
  useEffect(() => setTyped((current) => (current.trim() === value ? current : value)), [value]);
  useEffect(() => {
    if (settled === typed && settled.trim() !== value) onCommit(settled.trim());
    // Only a settled change of the text applies it.
  }, [settled]);
  return (
    <TextField
      label={label}
      value={typed}
      onChange={(event) => setTyped(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && typed.trim() !== value) onCommit(typed.trim());
      }}
      placeholder={placeholder}
      size="small"
      slotProps={{
        htmlInput: { maxLength: 200, 'data-testid': testId },
        input: search
          ? {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            }
          : undefined,
      }}
      sx={{ flex: search ? '2 1 240px' : '1 1 160px', minWidth: 0 }}
    />
  );
}

/** The board's filters: text, provider, error code (each in any spelling the rules know) and status. */
export function BoardFilterBar({
  filters,
  onChange,
}: {
  filters: BoardFilters;
  onChange(change: Partial<Omit<BoardFilters, 'page' | 'sort'>>): void;
}) {
  const { t } = useHubText();
  return (
    <Stack
      component="form"
      role="search"
      onSubmit={(event: FormEvent) => event.preventDefault()}
      direction={{ xs: 'column', md: 'row' }}
      spacing={1.5}
      sx={{ alignItems: { md: 'center' }, p: 2 }}
      aria-label={t('contactly.supportHub.board.filterLabel', { _: 'Filter aggregated cases' })}
    >
      <TextFilter
        label={t('contactly.supportHub.board.search', { _: 'Search' })}
        value={filters.q}
        onCommit={(q) => onChange({ q })}
        placeholder={t('contactly.supportHub.board.searchPlaceholder', { _: 'Title, provider or code' })}
        testId="hub-filter-q"
        search
      />
      <TextFilter
        label={t('contactly.supportHub.board.provider', { _: 'Provider' })}
        value={filters.provider}
        onCommit={(provider) => onChange({ provider })}
        placeholder={t('contactly.supportHub.board.providerPlaceholder', { _: 'e.g. Vodafone UK' })}
        testId="hub-filter-provider"
      />
      <TextFilter
        label={t('contactly.supportHub.board.errorCode', { _: 'Error code' })}
        value={filters.errorCode}
        onCommit={(errorCode) => onChange({ errorCode })}
        placeholder={t('contactly.supportHub.board.errorCodePlaceholder', { _: 'e.g. E-1101' })}
        testId="hub-filter-error-code"
      />
      <TextField
        select
        label={t('contactly.supportHub.board.status', { _: 'Status' })}
        size="small"
        value={filters.status}
        onChange={(event) => onChange({ status: event.target.value as CaseStatus | '' })}
        sx={{ flex: '0 0 160px' }}
        slotProps={{
          select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'hub-filter-status' } as object },
          inputLabel: { shrink: true },
        }}
      >
        <MenuItem value="">{t('contactly.supportHub.board.anyStatus', { _: 'Any status' })}</MenuItem>
        {CASE_STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {status === 'open'
              ? t('contactly.supportHub.status.open', { _: 'Open' })
              : t('contactly.supportHub.status.closed', { _: 'Closed' })}
          </MenuItem>
        ))}
      </TextField>
      <Button
        startIcon={<FilterAltOffIcon />}
        onClick={() => onChange({ q: '', provider: '', errorCode: '', status: '' })}
        disabled={!hasFilters(filters)}
        sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
      >
        {t('contactly.supportHub.common.clearFilters', { _: 'Clear filters' })}
      </Button>
    </Stack>
  );
}
