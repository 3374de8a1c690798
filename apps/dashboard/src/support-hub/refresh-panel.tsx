import BoltIcon from '@mui/icons-material/Bolt';
import RefreshIcon from '@mui/icons-material/Refresh';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { ApiError } from '../api/api-error';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { dataAgeSeconds, freshnessOf, freshnessText } from './freshness';
import { shortDate } from './hub-dates';
import { hubErrorText } from './hub-error-text';
import { formatCount, useHubText } from './hub-i18n';
import { refreshButtonLabel, refreshGate, refreshGateHint } from './refresh-gate';
import { runOutcome, runProgressText } from './refresh-run-text';
import type { StatusReading } from './support-hub-types';
import { useNow } from './use-now';
import { useRefresh } from './use-refresh';

const FRESHNESS_COLORS = { fresh: 'success', aging: 'warning', stale: 'error' } as const;

/** "data is 23 min old", counting on by itself between two reads of /status. */
export function FreshnessBadge({ reading }: { reading: StatusReading }) {
  const now = useNow(15_000);
  const { t, locale } = useHubText();
  const { status, readAtMs } = reading;
  const age = dataAgeSeconds(status.ageSeconds, readAtMs, now);
  const details = [
    status.lastRefreshedAt
      ? t('contactly.supportHub.freshness.lastRefreshed', { _: 'Last refreshed %{when}', when: shortDate(status.lastRefreshedAt, locale) })
      : t('contactly.supportHub.freshness.neverPulled', { _: 'The CRM data has never been pulled' }),
    status.nextScheduledAt
      ? t('contactly.supportHub.freshness.nextScheduled', {
          _: 'next scheduled refresh %{when}',
          when: shortDate(status.nextScheduledAt, locale),
        })
      : null,
    t('contactly.supportHub.freshness.totals', {
      _: '%{cases} cases in %{aggregated} aggregated cases',
      cases: formatCount(status.caseCount, locale),
      aggregated: formatCount(status.aggregatedCaseCount, locale),
    }),
  ].filter(Boolean);
  return (
    <Tooltip title={details.join('; ')} describeChild>
      <Chip
        icon={<ScheduleIcon />}
        label={freshnessText(age, t)}
        color={FRESHNESS_COLORS[freshnessOf(age, status.refreshIntervalHours)]}
        variant="outlined"
        data-testid="hub-freshness"
      />
    </Tooltip>
  );
}

/**
 * The Refresh button (disabled with a live countdown until the minimum interval has passed),
 * a "Force refresh" for those who may, the progress of a run, and how it ended.
 */
export function RefreshPanel({ reading }: { reading: StatusReading }) {
  const principal = useSignedInPrincipal();
  const text = useHubText();
  const { t } = text;
  const refresh = useRefresh(reading);
  const now = useNow(1_000);
  const { status, readAtMs } = reading;
  const gate = refreshGate({
    running: refresh.running,
    configured: status.sources.some((source) => source.configured),
    waits: [{ seconds: status.retryAfterSeconds, atMs: readAtMs }, refresh.refusedWait],
    nowMs: now,
  });
  const mayRefresh = hasPermission(principal, 'support-hub:refresh');
  const mayForce = hasPermission(principal, 'support-hub:force-refresh');
  const hint = refreshGateHint(gate, status.minRefreshMinutes, t);
  const outcome = refresh.run && refresh.run.status !== 'running' && !refresh.dismissed ? runOutcome(refresh.run, text) : null;
  const refused = refresh.error instanceof ApiError && refresh.error.code === 'REFRESH_TOO_SOON';

  return (
    <Stack spacing={1} sx={{ flex: 1, minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', rowGap: 1 }}>
        {mayForce && gate.kind === 'wait' && (
          <Tooltip
            title={t('contactly.supportHub.refresh.forceHint', { _: 'Refresh now, without waiting for the minimum interval' })}
            describeChild
          >
            <Button
              startIcon={<BoltIcon />}
              onClick={() => refresh.start(true)}
              disabled={refresh.starting}
              data-testid="hub-force-refresh"
            >
              {t('contactly.supportHub.refresh.force', { _: 'Force refresh' })}
            </Button>
          </Tooltip>
        )}
        {mayRefresh && (
          <Button
            variant="contained"
            startIcon={<RefreshIcon />}
            onClick={() => refresh.start(false)}
            disabled={gate.kind !== 'ready' || refresh.starting}
            aria-describedby="hub-refresh-hint"
            data-testid="hub-refresh"
            sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 168 }}
          >
            {refreshButtonLabel(gate, t)}
          </Button>
        )}
      </Stack>
      <Typography id="hub-refresh-hint" variant="caption" color="text.secondary" sx={{ textAlign: 'right' }} data-testid="hub-refresh-hint">
        {mayRefresh ? hint : t('contactly.supportHub.refresh.readOnly', { _: 'Your role may read the hub but not refresh it.' })}
      </Typography>
      {/* Announced politely: how a run goes, and how it ended. */}
      <Box role="status" aria-live="polite">
        {refresh.running && (
          <Box data-testid="hub-refresh-progress">
            <LinearProgress aria-label={t('contactly.supportHub.refresh.inProgress', { _: 'Refresh in progress' })} />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {refresh.run?.status === 'running'
                ? runProgressText(refresh.run, text)
                : status.inProgress
                  ? runProgressText(status.inProgress, text)
                  : t('contactly.supportHub.refresh.starting', { _: 'Starting the refresh…' })}
            </Typography>
          </Box>
        )}
        {!refresh.running && outcome && (
          <Alert severity={outcome.severity} onClose={refresh.dismiss} data-testid="hub-refresh-result">
            {outcome.text}
          </Alert>
        )}
        {Boolean(refresh.error) && (
          <Alert
            severity={refused ? 'info' : 'error'}
            onClose={refresh.dismiss}
            data-testid="hub-refresh-error"
            sx={{ mt: outcome ? 1 : 0 }}
          >
            {hubErrorText(refresh.error, 'refresh', t)}
          </Alert>
        )}
      </Box>
    </Stack>
  );
}
