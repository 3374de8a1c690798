import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { customerPath } from '../../customers/customer-paths';
import { reasonTitle } from '../sending/communication-status';
import type { SendEstimate } from '../sending/sending-types';
import { type EstimateGroup, estimateGroups, reachOf } from './send-estimate';
import type { EstimateState } from './use-send-estimate';

const OUTCOME_COLOR = { go: 'success', moved: 'warning', skipped: 'error' } as const;

function GroupTitle({ group }: { group: EstimateGroup }) {
  const translate = useTranslate();
  const count = { smart_count: group.count };
  if (group.outcome === 'go')
    return <>{translate('contactly.compose.estimate.goGroup', { ...count, _: '%{smart_count} go when asked' })}</>;
  const reason = translate(`contactly.compose.reasons.${group.code}`, { _: reasonTitle(group.code ?? '') });
  return group.outcome === 'moved' ? (
    <>{translate('contactly.compose.estimate.movedGroup', { ...count, reason, _: '%{smart_count} later: %{reason}' })}</>
  ) : (
    <>{translate('contactly.compose.estimate.skippedGroup', { ...count, reason, _: '%{smart_count} skipped: %{reason}' })}</>
  );
}

function GroupList({ group }: { group: EstimateGroup }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <>
      <List dense disablePadding>
        {group.recipients.map((recipient) => (
          <ListItem key={recipient.clientId} disableGutters>
            <ListItemText
              primary={<Link to={customerPath(recipient.clientId)}>{`${recipient.name} (#${recipient.clientId})`}</Link>}
              secondary={
                group.outcome === 'skipped'
                  ? recipient.reason?.message
                  : recipient.scheduledTime &&
                    translate('contactly.compose.estimate.goesAt', { time: time(recipient.scheduledTime), _: 'Goes %{time}' })
              }
              slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
            />
          </ListItem>
        ))}
      </List>
      {group.count > group.recipients.length && (
        <Typography variant="caption" color="text.secondary">
          {translate('contactly.compose.estimate.listedOf', {
            shown: group.recipients.length,
            smart_count: group.count,
            _: '%{shown} of %{smart_count} listed',
          })}
        </Typography>
      )}
    </>
  );
}

/** One line of totals: how many will get it of how many, then the three outcomes as chips. */
export function EstimateTotals({ estimate }: { estimate: SendEstimate }) {
  const translate = useTranslate();
  const { reached, total } = reachOf(estimate);
  return (
    <Box>
      <Typography data-testid="send-estimate" sx={{ fontWeight: 500 }}>
        {translate('contactly.compose.estimate.reach', {
          reached,
          smart_count: total,
          _: '%{reached} of %{smart_count} recipients will get it',
        })}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
        <Chip
          size="small"
          color="success"
          variant="outlined"
          label={translate('contactly.compose.estimate.go', { smart_count: estimate.goCount, _: '%{smart_count} when asked' })}
        />
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={translate('contactly.compose.estimate.moved', { smart_count: estimate.movedCount, _: '%{smart_count} later' })}
        />
        <Chip
          size="small"
          color="error"
          variant="outlined"
          label={translate('contactly.compose.estimate.skipped', { smart_count: estimate.skippedCount, _: '%{smart_count} skipped' })}
        />
      </Stack>
    </Box>
  );
}

/** The groups of the estimate (skipped and moved by reason, then those who go), each expandable to its recipients. */
export function EstimateGroups({ estimate }: { estimate: SendEstimate }) {
  return (
    <Box sx={{ mt: 1 }} data-testid="estimate-groups">
      {estimateGroups(estimate).map((group) => (
        <Accordion key={`${group.outcome}:${group.code}`} disableGutters variant="outlined" data-testid={`estimate-${group.outcome}`}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2" color={`${OUTCOME_COLOR[group.outcome]}.main`}>
              <GroupTitle group={group} />
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <GroupList group={group} />
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
}

/** Before sending: who will get it, later, or not at all, and why — the server's dry run of this very send. */
export function SendEstimatePanel({ state, problem }: { state: EstimateState; problem?: string }) {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="compose-estimate-title" aria-live="polite" sx={{ mt: 3 }}>
      <Typography id="compose-estimate-title" variant="h6" component="h2" gutterBottom>
        {translate('contactly.compose.estimate.title', { _: 'Who will get it' })}
      </Typography>
      {state.incomplete && (
        <Typography variant="body2" color="text.secondary">
          {translate('contactly.compose.estimate.incomplete', {
            _: 'Choose the type, channel, document and recipients to see who will get it, later, or not at all, and why.',
          })}
        </Typography>
      )}
      {state.loading && <LinearProgress aria-label={translate('contactly.compose.estimate.checking', { _: 'Checking the recipients' })} />}
      {problem && <Alert severity="warning">{problem}</Alert>}
      {state.estimate && !state.loading && (
        <>
          <EstimateTotals estimate={state.estimate} />
          <EstimateGroups estimate={state.estimate} />
        </>
      )}
    </Box>
  );
}
