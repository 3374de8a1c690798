import {
  Alert,
  Autocomplete,
  Box,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { type ClientOption, mergedOptions } from '../clients/client-option';
import { useClientSearch } from '../clients/use-client-search';
import type { ClientGroup } from '../sending/sending-types';
import type { ClientFilterForm, ComposeDraft, RecipientMode } from './compose-draft';
import { countText } from './recipient-count';
import { useRecipientCount } from './use-recipient-count';

interface RecipientsSectionProps {
  draft: ComposeDraft;
  update(change: Partial<ComposeDraft>): void;
  groups: readonly ClientGroup[];
  problem?: string;
}

/**
 * Clients found as one types (name, email, phone, id); the chosen ones stay listed. The list stays
 * open and the search text stays after a pick, so several clients of one search are picked in a row.
 */
function ClientPicker({
  chosen,
  onChange,
  problem,
}: {
  chosen: ClientOption[];
  onChange(clients: ClientOption[]): void;
  problem?: string;
}) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const search = useClientSearch(text);
  return (
    <Autocomplete<ClientOption, true>
      multiple
      disableCloseOnSelect
      inputValue={text}
      options={mergedOptions(chosen, search.options)}
      value={chosen}
      filterOptions={(options) => options}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(a, b) => a.clientId === b.clientId}
      loading={search.loading}
      // A pick would clear the text ('reset'); only typing and the clear button change it.
      onInputChange={(_, typed, reason) => (reason === 'input' || reason === 'clear') && setText(typed)}
      onChange={(_, clients) => onChange(clients)}
      noOptionsText={
        text
          ? translate('contactly.compose.picker.noMatch', { _: 'No client matches' })
          : translate('contactly.compose.picker.typeToSearch', { _: 'Type a name, email, phone or id' })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('contactly.compose.picker.label', { _: 'Clients' })}
          margin="dense"
          error={Boolean(problem ?? search.problem)}
          helperText={
            problem ??
            search.problem ??
            translate('contactly.compose.picker.help', { _: 'Search by name, email, phone or id; pick as many as you like' })
          }
        />
      )}
    />
  );
}

function FilterForm({ filter, onChange }: { filter: ClientFilterForm; onChange(filter: ClientFilterForm): void }) {
  const set = (change: Partial<ClientFilterForm>) => onChange({ ...filter, ...change });
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
      <TextField
        fullWidth={false}
        label="Last name"
        value={filter.lastName}
        onChange={(event) => set({ lastName: event.target.value })}
        helperText="Exactly this last name"
        margin="dense"
      />
      <TextField
        fullWidth={false}
        select
        label="Availability"
        value={filter.available}
        onChange={(event) => set({ available: event.target.value as ClientFilterForm['available'] })}
        margin="dense"
        sx={{ minWidth: 200 }}
        helperText=" "
      >
        <MenuItem value="true">Available clients</MenuItem>
        <MenuItem value="false">Unavailable clients</MenuItem>
        <MenuItem value="">Any client</MenuItem>
      </TextField>
      <TextField
        fullWidth={false}
        label="Client since"
        type="date"
        value={filter.createdFrom}
        onChange={(event) => set({ createdFrom: event.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        margin="dense"
        helperText=" "
      />
      <TextField
        fullWidth={false}
        label="Client until"
        type="date"
        value={filter.createdTo}
        onChange={(event) => set({ createdTo: event.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        margin="dense"
        helperText=" "
      />
    </Stack>
  );
}

/** Who gets it: clients found by search, the clients a filter selects, or a saved group; with the live count. */
export function RecipientsSection({ draft, update, groups, problem }: RecipientsSectionProps) {
  const translate = useTranslate();
  const count = useRecipientCount(draft, groups);
  const words = count.count === undefined ? undefined : countText(count.count);
  return (
    <Box component="section" aria-labelledby="compose-recipients-title" sx={{ mt: 3 }}>
      <Typography id="compose-recipients-title" variant="h6" component="h2" gutterBottom>
        Recipients
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={draft.recipientMode}
        onChange={(_, mode: RecipientMode | null) => mode && update({ recipientMode: mode })}
        aria-label="How to pick the recipients"
      >
        <ToggleButton value="clients">By search</ToggleButton>
        <ToggleButton value="filter">By filter</ToggleButton>
        <ToggleButton value="group">Saved group</ToggleButton>
      </ToggleButtonGroup>
      <Box sx={{ mt: 1, maxWidth: 720, minWidth: 0 }}>
        {draft.recipientMode === 'clients' && (
          <ClientPicker chosen={draft.clients} onChange={(clients) => update({ clients })} problem={problem} />
        )}
        {draft.recipientMode === 'filter' && <FilterForm filter={draft.filter} onChange={(filter) => update({ filter })} />}
        {draft.recipientMode === 'group' && (
          <TextField
            fullWidth={false}
            select
            label="Group"
            value={draft.groupId}
            onChange={(event) => update({ groupId: event.target.value === '' ? '' : Number(event.target.value) })}
            error={Boolean(problem)}
            helperText={
              problem ??
              (groups.length ? (
                ' '
              ) : (
                <>
                  {translate('contactly.compose.noGroups', { _: 'No group is saved yet.' })}{' '}
                  <Link to="/client_groups/create">{translate('contactly.compose.createGroup', { _: 'Create a group' })}</Link>
                </>
              ))
            }
            margin="dense"
            sx={{ minWidth: 320 }}
          >
            {groups.map((group) => (
              <MenuItem key={group.groupId} value={group.groupId}>
                {group.name} ({group.clientCount.toLocaleString('en')})
              </MenuItem>
            ))}
          </TextField>
        )}
        {draft.recipientMode !== 'clients' && problem && <Alert severity="error">{problem}</Alert>}
      </Box>
      <Box sx={{ mt: 1, minHeight: 28 }} aria-live="polite">
        {count.loading && <LinearProgress aria-label="Counting the recipients" sx={{ maxWidth: 320 }} />}
        {!count.loading && words && (
          <Typography data-testid="recipient-count" color={words.tooMany || count.count === 0 ? 'error' : 'text.secondary'}>
            {words.text}
          </Typography>
        )}
        {count.problem && <Alert severity="warning">{count.problem}</Alert>}
      </Box>
    </Box>
  );
}
