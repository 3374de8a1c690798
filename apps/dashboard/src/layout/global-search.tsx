import CloseIcon from '@mui/icons-material/Close';
import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  IconButton,
  InputBase,
  List,
  ListItemButton,
  ListItemText,
  Paper,
  Popper,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { searchCustomers } from '../customers/customer-api';
import { customerPath, CUSTOMERS_PATH } from '../customers/customer-paths';
import type { CustomerSummary } from '../customers/customer-types';
import { moveHighlight } from '../customers/search/search-plan';
import { useDebouncedValue } from '../customers/search/use-debounced-value';
import { SEARCH_STATE } from './global-search-state';
import { useSearchShortcut } from './search-shortcut';

/** How many matches the box shows; Enter opens the search page with all of them. */
const SHOWN_MATCHES = 8;
const DEBOUNCE_MS = 250;

/** The customer search in the app bar, for principals who may read customers. */
export function GlobalSearch() {
  const principal = useSignedInPrincipal();
  return hasPermission(principal, 'customers:read') ? <GlobalSearchBox /> : null;
}

/**
 * A search box in the top bar: `/` focuses it (outside text fields), matches show as you type and
 * open the customer's 360 page, Enter opens the customer search page with the query, Escape leaves.
 * On a phone it is a button that opens the box across the bar.
 */
function GlobalSearchBox() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const compact = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const listId = useId();
  const anchor = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [focused, setFocused] = useState(false);
  const [text, setText] = useState('');
  const [highlight, setHighlight] = useState(-1);
  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS);

  const search = useQuery({
    queryKey: ['global-search', q],
    queryFn: ({ signal }) => searchCustomers(q, 0, SHOWN_MATCHES, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  const matches = q !== '' ? (search.data?.items ?? []) : [];
  useEffect(() => setHighlight(-1), [search.data]);

  const showBox = !compact || expanded;
  const open = focused && text.trim() !== '' && q !== '';

  // Focus once the box is there (on a phone it appears when `/` or the button opens it).
  const [focusWanted, setFocusWanted] = useState(false);
  useEffect(() => {
    if (!focusWanted || !input.current) return;
    input.current.focus();
    input.current.select();
    setFocusWanted(false);
  }, [focusWanted, showBox]);
  const focus = () => {
    setExpanded(true);
    setFocusWanted(true);
  };
  useSearchShortcut(focus);

  const leave = () => {
    setHighlight(-1);
    input.current?.blur();
    setExpanded(false);
  };
  const go = (path: string, state?: Record<string, unknown>) => {
    setText('');
    leave();
    void navigate(path, { state });
  };
  const openCustomer = (customer: CustomerSummary) => go(customerPath(customer.id));
  const openSearchPage = () =>
    go(text.trim() ? `${CUSTOMERS_PATH}?q=${encodeURIComponent(text.trim())}` : CUSTOMERS_PATH, { [SEARCH_STATE]: Date.now() });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[highlight];
      if (chosen) openCustomer(chosen);
      else openSearchPage();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlight(moveHighlight(highlight, event.key, matches.length) ?? highlight);
    }
  };

  if (!showBox) {
    return (
      <IconButton
        color="inherit"
        aria-label={translate('contactly.shell.search.open', { _: 'Search customers (press /)' })}
        onClick={focus}
        data-testid="global-search-open"
      >
        <SearchIcon />
      </IconButton>
    );
  }

  return (
    <Box
      ref={anchor}
      sx={(theme) => ({
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        borderRadius: 1,
        bgcolor: alpha(theme.palette.common.white, 0.15),
        '&:hover, &:focus-within': { bgcolor: alpha(theme.palette.common.white, 0.25) },
        mx: 1,
        px: 1,
        width: { sm: 220, md: 320 },
        ...(compact && {
          position: 'absolute',
          inset: '8px 8px',
          mx: 0,
          zIndex: 1,
          bgcolor: 'secondary.dark',
          '&:hover, &:focus-within': {},
        }),
      })}
    >
      <SearchIcon fontSize="small" aria-hidden />
      <InputBase
        inputRef={input}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (compact && !text) setExpanded(false);
        }}
        onKeyDown={onKeyDown}
        placeholder={translate('contactly.shell.search.placeholder', { _: 'Search customers…' })}
        sx={{ color: 'inherit', flex: 1, minWidth: 0 }}
        inputProps={{
          'aria-label': translate('contactly.shell.search.label', { _: 'Search customers' }),
          role: 'combobox',
          'aria-expanded': open,
          'aria-controls': listId,
          'aria-autocomplete': 'list',
          'aria-activedescendant': matches[highlight] ? `${listId}-${matches[highlight].id}` : undefined,
          'aria-keyshortcuts': '/',
          'data-testid': 'global-search',
          maxLength: 200,
        }}
      />
      {compact && (
        <IconButton
          size="small"
          color="inherit"
          aria-label={translate('contactly.shell.search.close', { _: 'Close the search' })}
          onClick={leave}
        >
          <CloseIcon fontSize="small" />
        </IconButton>
      )}
      <Popper open={open} anchorEl={anchor.current} placement="bottom-start" sx={{ zIndex: (theme) => theme.zIndex.modal }}>
        {/* Pressing a match must not blur the box first (that would close the list before the click). */}
        <Paper elevation={8} sx={{ mt: 0.5, width: { xs: 'calc(100vw - 16px)', sm: 400 } }} onMouseDown={(event) => event.preventDefault()}>
          <SearchResults
            listId={listId}
            q={q}
            matches={matches}
            highlight={highlight}
            loading={search.isFetching}
            error={search.error}
            onOpen={openCustomer}
            onSearchPage={openSearchPage}
          />
        </Paper>
      </Popper>
    </Box>
  );
}

interface SearchResultsProps {
  listId: string;
  q: string;
  matches: CustomerSummary[];
  highlight: number;
  loading: boolean;
  error: Error | null;
  onOpen(customer: CustomerSummary): void;
  onSearchPage(): void;
}

/** The matches under the box, the way to all of them, and what the keys do. */
function SearchResults({ listId, q, matches, highlight, loading, error, onOpen, onSearchPage }: SearchResultsProps) {
  const translate = useTranslate();
  const note = (text: string) => (
    <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }} role="status">
      {text}
    </Typography>
  );
  return (
    <>
      {error
        ? note(translate('contactly.shell.search.failed', { _: 'The search failed: %{message}', message: error.message }))
        : loading && matches.length === 0
          ? note(translate('contactly.shell.search.searching', { _: 'Searching…' }))
          : matches.length === 0 && note(translate('contactly.shell.search.no_match', { _: 'No customer matches “%{q}”', q }))}
      <List
        dense
        id={listId}
        role="listbox"
        aria-label={translate('contactly.shell.search.label', { _: 'Search customers' })}
        sx={{ py: 0 }}
      >
        {matches.map((customer, index) => (
          <ListItemButton
            key={customer.id}
            id={`${listId}-${customer.id}`}
            role="option"
            aria-selected={index === highlight}
            selected={index === highlight}
            onClick={() => onOpen(customer)}
            data-testid="global-search-result"
          >
            <ListItemText
              primary={customer.name}
              secondary={[customer.email, customer.phone].filter(Boolean).join(' · ') || undefined}
              slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
            />
          </ListItemButton>
        ))}
      </List>
      <ListItemButton onClick={onSearchPage} divider={false} sx={{ borderTop: 1, borderColor: 'divider' }} data-testid="global-search-all">
        <ListItemText
          primary={translate('contactly.shell.search.all_results', { _: 'All results for “%{q}”', q })}
          secondary={translate('contactly.shell.search.keys', { _: '↑ ↓ choose · Enter opens · Esc leaves' })}
        />
      </ListItemButton>
    </>
  );
}
