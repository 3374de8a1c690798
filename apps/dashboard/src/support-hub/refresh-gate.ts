import type { Translate } from './hub-i18n';

/**
 * Whether the Refresh button may be pressed now. A person may refresh once the last successful
 * refresh is SUPPORT_HUB_MIN_REFRESH_MINUTES (15) old; the server says how long is left (`/status`
 * `retryAfterSeconds`, or a 429's `Retry-After`) and the button counts it down.
 */
export type RefreshGate =
  /** A run is going on: its progress shows instead. */
  | { kind: 'running' }
  /** No CRM is configured: there is nothing to refresh from. */
  | { kind: 'unavailable' }
  | { kind: 'wait'; seconds: number }
  | { kind: 'ready' };

/** A wait the server announced `seconds` ahead, at `atMs` (by this browser's clock). */
export interface Wait {
  seconds: number;
  atMs: number;
}

/** Whole seconds left of a wait at `nowMs` (0 when it is over). */
export const secondsLeft = (wait: Wait, nowMs: number): number => Math.max(0, Math.ceil(wait.seconds - (nowMs - wait.atMs) / 1000));

export interface GateInput {
  running: boolean;
  /** Whether any CRM is configured. */
  configured: boolean;
  /** The waits announced so far (from `/status` and from a refused refresh); the longest counts. */
  waits: readonly (Wait | null | undefined)[];
  nowMs: number;
}

export function refreshGate({ running, configured, waits, nowMs }: GateInput): RefreshGate {
  if (running) return { kind: 'running' };
  if (!configured) return { kind: 'unavailable' };
  const seconds = Math.max(0, ...waits.map((wait) => (wait ? secondsLeft(wait, nowMs) : 0)));
  return seconds > 0 ? { kind: 'wait', seconds } : { kind: 'ready' };
}

/** "14:05", "0:09", "1:02:03" */
export function formatCountdown(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "14 min 5 s", "9 s": for the sentence that screen readers hear. */
export function spokenDuration(seconds: number, t: Translate): string {
  const total = Math.max(0, Math.ceil(seconds));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return t('contactly.supportHub.duration.seconds', { _: '%{s} s', s });
  return s
    ? t('contactly.supportHub.duration.minutesSeconds', { _: '%{m} min %{s} s', m, s })
    : t('contactly.supportHub.duration.minutes', { _: '%{m} min', m });
}

/** What the Refresh button says. */
export function refreshButtonLabel(gate: RefreshGate, t: Translate): string {
  switch (gate.kind) {
    case 'running':
      return t('contactly.supportHub.refresh.running', { _: 'Refreshing…' });
    case 'wait':
      return t('contactly.supportHub.refresh.in', { _: 'Refresh in %{countdown}', countdown: formatCountdown(gate.seconds) });
    default:
      return t('contactly.supportHub.refresh.action', { _: 'Refresh' });
  }
}

/** Why the button is as it is, in a sentence. */
export function refreshGateHint(gate: RefreshGate, minRefreshMinutes: number, t: Translate): string {
  switch (gate.kind) {
    case 'running':
      return t('contactly.supportHub.refresh.hintRunning', { _: 'A refresh is running; its progress shows below.' });
    case 'unavailable':
      return t('contactly.supportHub.refresh.hintUnavailable', {
        _: 'No CRM is connected to the hub, so there is nothing to refresh from.',
      });
    case 'wait':
      return t('contactly.supportHub.refresh.hintWait', {
        _: 'The data was refreshed less than %{minutes} minutes ago; you can refresh again in %{wait}.',
        minutes: minRefreshMinutes,
        wait: spokenDuration(gate.seconds, t),
      });
    case 'ready':
      return t('contactly.supportHub.refresh.hintReady', { _: 'Pull the latest cases from the CRMs now.' });
  }
}
