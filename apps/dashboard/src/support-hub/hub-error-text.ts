import { ApiError, UNREACHABLE_MESSAGE } from '../api/api-error';
import { spokenDuration } from './refresh-gate';

/** What the user was doing when it failed. */
export type HubAction = 'load' | 'refresh' | 'merge' | 'split';

const DOING: Record<HubAction, string> = {
  load: 'load this',
  refresh: 'refresh the data',
  merge: 'merge these cases',
  split: 'split these cases out',
};

const FIELD_NAMES: Record<string, string> = {
  reason: 'The reason',
  caseIds: 'The chosen cases',
  targetId: 'The case to keep',
  sourceId: 'The case to merge in',
};

/**
 * A failure in plain words: what happened and what to do about it. The server's codes are stable
 * (ARCHITECTURE.md), so they are what this keys on; its own message is the fallback.
 */
export function hubErrorText(error: unknown, action: HubAction): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  switch (error.code) {
    case 'REFRESH_TOO_SOON':
      return `The data was refreshed only a few minutes ago, so a new refresh is not allowed yet${error.retryAfterSeconds ? `: try again in ${spokenDuration(error.retryAfterSeconds)}` : ''}.`;
    case 'REFRESH_BUSY':
      return 'Another server is starting a refresh at this very moment. Wait a few seconds and try again.';
    case 'SUPPORT_HUB_NOT_CONFIGURED':
      return 'No CRM is connected to the hub, so there is nothing to refresh from. An administrator must configure Banana or Strawberry.';
    case 'SERVER_STOPPING':
      return 'The server is restarting. Try again in a minute.';
    case 'CANNOT_MERGE_WITH_ITSELF':
      return 'An aggregated case cannot be merged with itself: choose a different one.';
    case 'AGGREGATED_CASE_NOT_FOUND':
      return 'This aggregated case no longer exists: a refresh, a merge or a split has changed the grouping since you opened it. Go back to the board and look it up again.';
    case 'CASE_NOT_MEMBER':
      return 'Some of the chosen cases are no longer in this aggregated case (a refresh or a colleague moved them). Reload the page and choose again.';
    case 'SPLIT_WOULD_EMPTY':
      return 'You cannot split out every case: at least one must stay behind. To move them all, merge this aggregated case into another instead.';
  }
  if (error.status === 0) return UNREACHABLE_MESSAGE;
  if (error.status === 401) return 'Your session has ended. Sign in again.';
  if (error.status === 403) return `You are not allowed to ${DOING[action]}. Ask an administrator for the permission.`;
  if (error.status === 400 && error.details.length) {
    return error.details.map(({ field, message }) => `${FIELD_NAMES[field] ?? field} ${message}.`).join(' ');
  }
  if (error.status === 429)
    return `Too many requests: try again${error.retryAfterSeconds ? ` in ${spokenDuration(error.retryAfterSeconds)}` : ' in a moment'}.`;
  if (error.status >= 500) return `The server could not ${DOING[action]}. Try again; if it keeps failing, tell an administrator.`;
  return error.message;
}
