/**
 * Every error code the support hub answers with. Clients branch on them, so they are stable:
 * services throw with these constants, never with a string of their own. Codes every lib shares
 * (VALIDATION_FAILED, PERMISSION_DENIED…) are platform's PLATFORM_ERRORS.
 */
export const SUPPORT_HUB_ERRORS = {
  // Aggregated cases, merges and splits
  AGGREGATED_CASE_NOT_FOUND: 'AGGREGATED_CASE_NOT_FOUND',
  CANNOT_MERGE_WITH_ITSELF: 'CANNOT_MERGE_WITH_ITSELF',
  CASE_NOT_MEMBER: 'CASE_NOT_MEMBER',
  SPLIT_WOULD_EMPTY: 'SPLIT_WOULD_EMPTY',
  // Grouping rules
  RULE_NOT_FOUND: 'RULE_NOT_FOUND',
  INVALID_RULE: 'INVALID_RULE',
  KEY_FIELDS_RULE_EXISTS: 'KEY_FIELDS_RULE_EXISTS',
  ALIAS_EXISTS: 'ALIAS_EXISTS',
  // Refresh runs
  REFRESH_RUN_NOT_FOUND: 'REFRESH_RUN_NOT_FOUND',
  REFRESH_BUSY: 'REFRESH_BUSY',
  REFRESH_TOO_SOON: 'REFRESH_TOO_SOON',
  SUPPORT_HUB_NOT_CONFIGURED: 'SUPPORT_HUB_NOT_CONFIGURED',
  SERVER_STOPPING: 'SERVER_STOPPING',
} as const;

export type SupportHubErrorCode = (typeof SUPPORT_HUB_ERRORS)[keyof typeof SUPPORT_HUB_ERRORS];
