import BusinessIcon from '@mui/icons-material/Business';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PersonIcon from '@mui/icons-material/Person';
import SearchIcon from '@mui/icons-material/Search';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  InputAdornment,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SEARCH_STATE } from '../../layout/global-search-state';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { listAffiliates } from '../customer-api';
import { statusColor, statusLabel } from '../customer-status';
import { customerPath, NEW_CUSTOMER_PATH } from '../customer-paths';
import { moveHighlight, rangeLabel, SEARCH_PAGE_SIZE, searchPlan } from './search-plan';
import { useCustomerSearch } from './use-customer-search';
import { useDebouncedValue } from './use-debounced-value';

export const SEARCH_DEBOUNCE_MS = 250;

/** Admins filter customers by the affiliate that owns them. */
const isAdmin = (permissions: (permission: string) => boolean) => permissions('users:read') || permissions('affiliates:read');

/** Customer search as you type, with paging, keyboard navigation and (for admins) an affiliate filter. */
export function CustomerSearchPage() {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`contactly.customer_search.${key}`, options);
  const principal = useSignedInPrincipal();
  const can = (permission: string) => hasPermission(principal, permission);
  const admin = isAdmin(can);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const affiliateParam = params.get('affiliate');
  const affiliateId = admin && affiliateParam && /^\d+$/.test(affiliateParam) ? Number(affiliateParam) : undefined;

  const [text, setText] = useState(q);
  // A search started elsewhere (the app bar's box) while this page is open replaces what was typed here.
  const { state } = useLocation();
  useEffect(() => {
    if ((state as Record<string, unknown> | null)?.[SEARCH_STATE]) setText(q);
  }, [state]);
  const settled = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const [highlight, setHighlight] = useState(-1);
  // Enter pressed before the typed text was searched: open the top match once its answer arrives.
  const [openWhenAnswered, setOpenWhenAnswered] = useState(false);
  // Set once a customer is being opened, so that no late search update navigates back here.
  const leaving = useRef(false);

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );

  // What was typed becomes the search once typing pauses; a new search starts at its first page.
  useEffect(() => {
    if (!leaving.current && settled.trim() !== q.trim()) update({ q: settled.trim() || undefined, page: undefined });
    // Only a settled change of the text starts a search (not a change of the URL).
  }, [settled]);

  const plan = searchPlan({ q, affiliateId, page });
  const search = useCustomerSearch(plan);
  const rows = search.result?.items ?? [];
  const total = search.result?.total ?? 0;

  useEffect(() => setHighlight(-1), [search.result]);

  const answered = !search.loading && search.answered !== undefined && JSON.stringify(search.answered) === JSON.stringify(plan);
  useEffect(() => {
    if (!openWhenAnswered || !answered) return;
    setOpenWhenAnswered(false);
    if (rows[0]) open(rows[0].id);
  });

  const affiliates = useQuery({
    queryKey: ['affiliates', 'all'],
    queryFn: ({ signal }) => listAffiliates(signal),
    enabled: admin,
    staleTime: 60_000,
    retry: false,
  });
  const affiliateNames = new Map((affiliates.data ?? []).map((affiliate) => [affiliate.id, affiliate.name]));

  const open = (id: number) => {
    leaving.current = true;
    void navigate(customerPath(id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (text.trim() !== q.trim()) {
        // Not searched yet: search now, and open the top match when it is known.
        update({ q: text.trim() || undefined, page: undefined });
        setOpenWhenAnswered(true);
        return;
      }
      const chosen = rows[highlight] ?? rows[0];
      if (chosen && answered) open(chosen.id);
      else if (chosen) setOpenWhenAnswered(true);
      return;
    }
    if (event.key === 'Escape') {
      setText('');
      return;
    }
    const next = moveHighlight(highlight, event.key, rows.length);
    if (next !== undefined && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setHighlight(next);
    }
  };

  const affiliateName = affiliateId === undefined ? '' : (affiliateNames.get(affiliateId) ?? t('affiliate_number', { id: affiliateId }));
  const heading = q
    ? affiliateId !== undefined
      ? t('heading_matching_owned', { q, affiliate: affiliateName })
      : t('heading_matching', { q })
    : affiliateId !== undefined
      ? t('heading_of_affiliate', { affiliate: affiliateName })
      : t('heading_all');

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="contactly.nav.nav-customers" />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
        <TextField
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t('placeholder')}
          autoFocus
          fullWidth
          sx={{ flex: 1 }}
          slotProps={{
            htmlInput: {
              'aria-label': t('search_label'),
              role: 'combobox',
              'aria-expanded': rows.length > 0,
              'aria-controls': 'customer-results',
              'aria-autocomplete': 'list',
              'aria-activedescendant': rows[highlight] ? `customer-result-${rows[highlight].id}` : undefined,
              'data-testid': 'customer-search',
              maxLength: 200,
            },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
              sx: { fontSize: '1.25rem', bgcolor: 'background.paper' },
            },
          }}
        />
        {admin && (
          <TextField
            select
            label={t('affiliate')}
            value={affiliateId === undefined ? '' : String(affiliateId)}
            onChange={(event) => update({ affiliate: event.target.value || undefined, page: undefined })}
            sx={{ width: { md: 240 }, flexShrink: 0 }}
            disabled={!affiliates.data}
            helperText={affiliates.error ? t('affiliates_failed') : undefined}
            error={Boolean(affiliates.error)}
            slotProps={{
              select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'affiliate-filter' } as object },
              inputLabel: { shrink: true },
            }}
          >
            <MenuItem value="">{t('all_affiliates')}</MenuItem>
            {(affiliates.data ?? []).map((affiliate) => (
              <MenuItem key={affiliate.id} value={String(affiliate.id)}>
                {affiliate.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {can('customers:write') && (
          <Button
            component={Link}
            to={NEW_CUSTOMER_PATH}
            variant="contained"
            startIcon={<PersonAddIcon />}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {t('new_customer')}
          </Button>
        )}
      </Stack>

      <Card>
        <Box sx={{ px: 2, pt: 1.5, pb: 1, display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 2 }}>
          <Typography variant="subtitle1" component="h2" id="customer-results-title">
            {heading}
          </Typography>
          {search.result && (
            <Typography variant="body2" color="text.secondary" data-testid="customer-result-count">
              {rangeLabel(plan.offset, rows.length, total, translate)}
            </Typography>
          )}
        </Box>
        <Box sx={{ height: 4 }}>{search.loading && <LinearProgress aria-label={t('searching')} />}</Box>
        {search.error && (
          <Alert severity="error" role="alert" sx={{ m: 2 }} action={<Button onClick={search.retry}>{t('retry')}</Button>}>
            {search.error.message}
          </Alert>
        )}
        {search.result && rows.length === 0 && !search.error && (
          <Box sx={{ p: 4, textAlign: 'center' }} data-testid="customer-search-empty">
            <Typography variant="h6" component="p" gutterBottom>
              {q ? t('no_match', { q }) : t('none_yet')}
            </Typography>
            <Typography color="text.secondary">{q ? t('no_match_hint') : t('none_yet_hint')}</Typography>
            {can('customers:write') && (
              <Button component={Link} to={NEW_CUSTOMER_PATH} startIcon={<PersonAddIcon />} sx={{ mt: 2 }}>
                {t('create_customer')}
              </Button>
            )}
          </Box>
        )}
        {rows.length > 0 && (
          <Box sx={{ overflowX: 'auto', opacity: search.loading ? 0.6 : 1, transition: 'opacity 150ms' }}>
            <Table size="small" aria-labelledby="customer-results-title" id="customer-results">
              <TableHead>
                <TableRow>
                  <TableCell>{t('name')}</TableCell>
                  <TableCell>{t('segment')}</TableCell>
                  <TableCell>{t('status')}</TableCell>
                  <TableCell>{t('email')}</TableCell>
                  <TableCell>{t('phone')}</TableCell>
                  {admin && <TableCell>{t('affiliate')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row, index) => (
                  <TableRow
                    key={row.id}
                    id={`customer-result-${row.id}`}
                    hover
                    selected={index === highlight}
                    aria-selected={index === highlight}
                    onClick={() => open(row.id)}
                    onMouseEnter={() => setHighlight(index)}
                    sx={{ cursor: 'pointer' }}
                    data-testid="customer-result"
                  >
                    <TableCell>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        {row.partyType === 'organization' ? (
                          <BusinessIcon fontSize="small" color="action" />
                        ) : (
                          <PersonIcon fontSize="small" color="action" />
                        )}
                        <Link
                          to={customerPath(row.id)}
                          onClick={(event) => event.stopPropagation()}
                          style={{ color: 'inherit', fontWeight: 500 }}
                        >
                          {row.name}
                        </Link>
                      </Stack>
                    </TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" label={row.segment} />
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={t(`statuses.${row.status}`, { _: statusLabel(row.status) })}
                        color={statusColor(row.status)}
                      />
                    </TableCell>
                    <TableCell>{row.email ?? '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.phone ?? '—'}</TableCell>
                    {admin && (
                      <TableCell>
                        {row.affiliateId === null ? '—' : (affiliateNames.get(row.affiliateId) ?? `#${row.affiliateId}`)}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {total > SEARCH_PAGE_SIZE && (
          <TablePagination
            component="div"
            count={total}
            page={Math.min(page, Math.max(0, Math.ceil(total / SEARCH_PAGE_SIZE) - 1))}
            rowsPerPage={SEARCH_PAGE_SIZE}
            rowsPerPageOptions={[]}
            onPageChange={(_, next) => update({ page: next ? String(next) : undefined })}
          />
        )}
      </Card>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('keyboard_hint')}
      </Typography>
    </Box>
  );
}
