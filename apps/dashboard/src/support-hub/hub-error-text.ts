import { ApiError } from '../api/api-error';
import type { Translate } from './hub-i18n';
import { spokenDuration } from './refresh-gate';

/** What the user was doing when it failed. */
export type HubAction = 'load' | 'refresh' | 'merge' | 'split' | 'rename' | 'rule' | 'explain';

const doing = (action: HubAction, t: Translate): string => {
  switch (action) {
    case 'load':
      return t('contactly.supportHub.errors.doing.load', { _: 'load this' });
    case 'refresh':
      return t('contactly.supportHub.errors.doing.refresh', { _: 'refresh the data' });
    case 'merge':
      return t('contactly.supportHub.errors.doing.merge', { _: 'merge these cases' });
    case 'split':
      return t('contactly.supportHub.errors.doing.split', { _: 'split these cases out' });
    case 'rename':
      return t('contactly.supportHub.errors.doing.rename', { _: 'rename this case' });
    case 'rule':
      return t('contactly.supportHub.errors.doing.rule', { _: 'change the grouping rules' });
    case 'explain':
      return t('contactly.supportHub.errors.doing.explain', { _: 'explain the grouping' });
  }
};

/** The name of a field the server refused, in words (never its API path). */
export function hubFieldName(field: string, t: Translate): string {
  switch (field) {
    case 'reason':
      return t('contactly.supportHub.fields.reason', { _: 'The reason' });
    case 'caseIds':
      return t('contactly.supportHub.fields.caseIds', { _: 'The chosen cases' });
    case 'targetId':
      return t('contactly.supportHub.fields.targetId', { _: 'The case to keep' });
    case 'sourceId':
      return t('contactly.supportHub.fields.sourceId', { _: 'The case to merge in' });
    case 'name':
      return t('contactly.supportHub.fields.name', { _: 'The name' });
    case 'pattern':
      return t('contactly.supportHub.fields.pattern', { _: 'The pattern' });
    case 'replacement':
      return t('contactly.supportHub.fields.replacement', { _: 'The replacement' });
    case 'keyFields':
      return t('contactly.supportHub.fields.keyFields', { _: 'The key fields' });
    case 'position':
      return t('contactly.supportHub.fields.position', { _: 'The position' });
    case 'description':
      return t('contactly.supportHub.fields.description', { _: 'The description' });
    case 'provider':
      return t('contactly.supportHub.fields.provider', { _: 'The provider' });
    case 'errorCode':
      return t('contactly.supportHub.fields.errorCode', { _: 'The error code' });
    default:
      return t('contactly.supportHub.fields.other', { _: 'A value' });
  }
}

/**
 * A failure in plain words: what happened and what to do about it. The server's codes are stable
 * (ARCHITECTURE.md), so they are what this keys on; its own message is the last fallback.
 */
export function hubErrorText(error: unknown, action: HubAction, t: Translate): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const wait = error.retryAfterSeconds ? spokenDuration(error.retryAfterSeconds, t) : null;
  switch (error.code) {
    case 'REFRESH_TOO_SOON':
      return wait
        ? t('contactly.supportHub.errors.tooSoonWait', {
            _: 'The data was refreshed only a few minutes ago, so a new refresh is not allowed yet: try again in %{wait}.',
            wait,
          })
        : t('contactly.supportHub.errors.tooSoon', {
            _: 'The data was refreshed only a few minutes ago, so a new refresh is not allowed yet.',
          });
    case 'REFRESH_BUSY':
      return t('contactly.supportHub.errors.busy', {
        _: 'Another server is starting a refresh at this very moment. Wait a few seconds and try again.',
      });
    case 'SUPPORT_HUB_NOT_CONFIGURED':
      return t('contactly.supportHub.errors.notConfigured', {
        _: 'No CRM is connected to the hub, so there is nothing to refresh from. An administrator must configure Banana or Strawberry.',
      });
    case 'SERVER_STOPPING':
      return t('contactly.supportHub.errors.stopping', { _: 'The server is restarting. Try again in a minute.' });
    case 'CANNOT_MERGE_WITH_ITSELF':
      return t('contactly.supportHub.errors.mergeItself', {
        _: 'An aggregated case cannot be merged with itself: choose a different one.',
      });
    case 'AGGREGATED_CASE_NOT_FOUND':
      return t('contactly.supportHub.errors.caseGone', {
        _: 'This aggregated case no longer exists: a refresh, a merge or a split has changed the grouping since you opened it. Go back to the board and look it up again.',
      });
    case 'CASE_NOT_MEMBER':
      return t('contactly.supportHub.errors.notMember', {
        _: 'Some of the chosen cases are no longer in this aggregated case (a refresh or a colleague moved them). Reload the page and choose again.',
      });
    case 'SPLIT_WOULD_EMPTY':
      return t('contactly.supportHub.errors.splitEmpty', {
        _: 'You cannot split out every case: at least one must stay behind. To move them all, merge this aggregated case into another instead.',
      });
    case 'RULE_NOT_FOUND':
      return t('contactly.supportHub.errors.ruleGone', { _: 'This rule no longer exists: someone deleted it. Reload the list.' });
    case 'KEY_FIELDS_RULE_EXISTS':
      return t('contactly.supportHub.errors.keyFieldsExists', { _: 'There is already a key-fields rule: change that one instead.' });
    case 'ALIAS_EXISTS':
      return t('contactly.supportHub.errors.aliasExists', {
        _: 'This spelling is already an alias of a provider: change that rule instead.',
      });
  }
  if (error.status === 0)
    return t('contactly.supportHub.errors.unreachable', { _: 'The server cannot be reached — check the connection and try again' });
  if (error.status === 401) return t('contactly.supportHub.errors.signedOut', { _: 'Your session has ended. Sign in again.' });
  if (error.status === 403)
    return t('contactly.supportHub.errors.forbidden', {
      _: 'You are not allowed to %{doing}. Ask an administrator for the permission.',
      doing: doing(action, t),
    });
  if (error.status === 412)
    return t('contactly.supportHub.errors.stale', {
      _: 'Someone else changed this in the meantime. Reload to see their change, then try again.',
    });
  if (error.status === 400 && error.details.length)
    return error.details
      .map(({ field, message }) =>
        t('contactly.supportHub.errors.field', { _: '%{field} %{message}.', field: hubFieldName(field, t), message }),
      )
      .join(' ');
  if (error.status === 429)
    return wait
      ? t('contactly.supportHub.errors.tooManyWait', { _: 'Too many requests: try again in %{wait}.', wait })
      : t('contactly.supportHub.errors.tooMany', { _: 'Too many requests: try again in a moment.' });
  if (error.status >= 500)
    return t('contactly.supportHub.errors.server', {
      _: 'The server could not %{doing}. Try again; if it keeps failing, tell an administrator.',
      doing: doing(action, t),
    });
  return error.message;
}
