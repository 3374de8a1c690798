import { Alert, Box, FormControlLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import type { ComposeDraft, ScheduleMode } from './compose-draft';

interface ScheduleSectionProps {
  draft: ComposeDraft;
  update(change: Partial<ComposeDraft>): void;
  problem?: string;
}

/**
 * When it goes: now, one time for all, or a time per client (clients picked by search; one without
 * a time goes at once). Times are the browser's local wall clock; quiet hours may move them later.
 */
export function ScheduleSection({ draft, update, problem }: ScheduleSectionProps) {
  const perClient = draft.recipientMode === 'clients';
  return (
    <Box component="section" aria-labelledby="compose-schedule-title" sx={{ mt: 3 }}>
      <Typography id="compose-schedule-title" variant="h6" component="h2" gutterBottom>
        When
      </Typography>
      <RadioGroup
        row
        value={draft.scheduleMode}
        onChange={(event) => update({ scheduleMode: event.target.value as ScheduleMode })}
        aria-labelledby="compose-schedule-title"
      >
        <FormControlLabel value="now" control={<Radio />} label="Now" />
        <FormControlLabel value="at" control={<Radio />} label="At one time for all" />
        <FormControlLabel value="perClient" control={<Radio />} label="A time per client" disabled={!perClient} />
      </RadioGroup>
      {draft.scheduleMode === 'at' && (
        <TextField
          fullWidth={false}
          label="Send at"
          type="datetime-local"
          value={draft.at}
          onChange={(event) => update({ at: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          margin="dense"
        />
      )}
      {draft.scheduleMode === 'perClient' && (
        <Stack spacing={1} sx={{ mt: 1, maxWidth: 720 }}>
          {draft.clients.length === 0 && <Typography color="text.secondary">Pick the clients first.</Typography>}
          {draft.clients.map((client) => (
            <Stack key={client.clientId} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography sx={{ flex: 1 }}>{client.label}</Typography>
              <TextField
                fullWidth={false}
                size="small"
                type="datetime-local"
                label={`Time for #${client.clientId}`}
                value={draft.perClient[client.clientId] ?? ''}
                onChange={(event) => update({ perClient: { ...draft.perClient, [client.clientId]: event.target.value } })}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Stack>
          ))}
          <Typography variant="body2" color="text.secondary">
            A client without a time gets it at once.
          </Typography>
        </Stack>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        A time in a client’s quiet hours is moved to their end (in the client’s time zone), not dropped.
      </Typography>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
    </Box>
  );
}
