import { Box, Chip, Stack, Typography } from '@mui/material';
import { useHubText } from './hub-i18n';
import type { Why } from './support-hub-types';
import { keyParts, keyText, overrideText, stepText } from './why-text';

/**
 * Why a case is in its group: the key the grouping rules gave it (after normalization, aliases and
 * rewrites), each step that made it, and any split or merge with who, when and why.
 */
export function MemberWhy({ why }: { why: Why }) {
  const text = useHubText();
  const { t } = text;
  const parts = keyParts(why.ruleKey);
  return (
    <Box data-testid="member-why" title={why.summary}>
      <Stack
        direction="row"
        spacing={0.5}
        sx={{ flexWrap: 'wrap', rowGap: 0.5 }}
        aria-label={t('contactly.supportHub.why.groupedBy', { _: 'Grouped by %{key}', key: keyText(why.ruleKey, t) })}
      >
        {parts.map(({ field, value }) => (
          <Chip
            key={field}
            size="small"
            variant="outlined"
            label={`${field}=${value}`}
            sx={{ fontFamily: 'monospace' }}
            data-testid="member-why-key"
          />
        ))}
      </Stack>
      {(why.steps.length > 0 || why.overrides.length > 0 || why.nextRefreshRuleKey) && (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
          {why.steps.map((step, index) => (
            <Typography key={`step-${index}`} component="li" variant="caption" color="text.secondary" sx={{ display: 'list-item' }}>
              {stepText(step, t)}
            </Typography>
          ))}
          {why.overrides.map((override, index) => (
            <Typography key={`override-${index}`} component="li" variant="caption" sx={{ display: 'list-item' }}>
              {overrideText(override, text)}
            </Typography>
          ))}
          {why.nextRefreshRuleKey && (
            <Typography component="li" variant="caption" color="warning.main" sx={{ display: 'list-item' }}>
              {t('contactly.supportHub.why.nextRefresh', {
                _: 'The rules changed: the next refresh groups it by %{key}',
                key: keyText(why.nextRefreshRuleKey, t),
              })}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
