import { Alert, Box, Button, Card, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { hubErrorText } from './hub-error-text';
import { useHubText } from './hub-i18n';
import { compareExplained } from './rule-text';
import { type Explained, explainGrouping, getCase } from './rules-api';
import { sourceLabel } from './support-hub-paths';
import { stepText } from './why-text';

interface Side {
  caseId: string;
  provider: string;
  errorCode: string;
  source: 'banana' | 'strawberry';
}

const EMPTY: Side = { caseId: '', provider: '', errorCode: '', source: 'banana' };
const isBlank = (side: Side) => !side.caseId.trim() && !side.provider.trim() && !side.errorCode.trim();

/** A side as the CRM sent it: from a case (by the hub's number, shown as #… in member lists) or as typed. */
async function explainSide(side: Side): Promise<Explained & { from: Side }> {
  let values = side;
  if (side.caseId.trim()) {
    const found = await getCase(Number(side.caseId.trim()));
    if (!found) throw new CaseMissing(side.caseId.trim());
    values = { ...side, provider: found.providerRaw ?? '', errorCode: found.errorCodeRaw ?? '', source: found.source as Side['source'] };
  }
  const explained = await explainGrouping({
    ...(values.provider.trim() ? { provider: values.provider.trim() } : {}),
    ...(values.errorCode.trim() ? { errorCode: values.errorCode.trim() } : {}),
    source: values.source,
  });
  return { ...explained, from: values };
}

class CaseMissing extends Error {
  constructor(readonly caseId: string) {
    super(caseId);
  }
}

/** Why two cases would or would not land in one aggregated case, under the rules in force (or what one case becomes). */
export function ExplainPanel() {
  const { t } = useHubText();
  const [sides, setSides] = useState<[Side, Side]>([EMPTY, EMPTY]);
  const explain = useMutation({
    mutationFn: () => Promise.all(sides.filter((side) => !isBlank(side)).map(explainSide)),
  });
  const set = (index: 0 | 1, change: Partial<Side>) =>
    setSides((current) => (index === 0 ? [{ ...current[0], ...change }, current[1]] : [current[0], { ...current[1], ...change }]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!sides.every(isBlank)) explain.mutate();
  };
  const results = explain.data ?? [];
  const comparison = results.length === 2 ? compareExplained(results[0], results[1], t) : null;
  const bad = (side: Side) => side.caseId.trim() !== '' && !/^\d{1,9}$/.test(side.caseId.trim());

  return (
    <Card component="section" aria-labelledby="explain-title" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" id="explain-title">
        {t('contactly.supportHub.explain.title', { _: 'Explain the grouping' })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('contactly.supportHub.explain.intro', {
          _: 'Give two cases (by their # number) or the provider and error code as a CRM sends them: see what each becomes and whether they would be grouped together.',
        })}
      </Typography>
      <Box component="form" onSubmit={submit} noValidate>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {([0, 1] as const).map((index) => (
            <Stack key={index} spacing={1.5} sx={{ flex: 1, minWidth: 0 }} data-testid={`explain-side-${index}`}>
              <Typography variant="subtitle2">
                {index === 0
                  ? t('contactly.supportHub.explain.first', { _: 'First case' })
                  : t('contactly.supportHub.explain.second', { _: 'Second case' })}
              </Typography>
              <TextField
                size="small"
                label={t('contactly.supportHub.explain.caseNumber', { _: 'Case # (optional)' })}
                value={sides[index].caseId}
                onChange={(event) => set(index, { caseId: event.target.value })}
                error={bad(sides[index])}
                helperText={
                  bad(sides[index])
                    ? t('contactly.supportHub.explain.badNumber', { _: 'A case number is digits only.' })
                    : t('contactly.supportHub.explain.caseHint', { _: 'Or leave empty and type what the CRM sends:' })
                }
                slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 9, 'data-testid': `explain-case-${index}` } }}
              />
              <TextField
                size="small"
                label={t('contactly.supportHub.board.provider', { _: 'Provider' })}
                value={sides[index].provider}
                onChange={(event) => set(index, { provider: event.target.value })}
                disabled={sides[index].caseId.trim() !== ''}
                slotProps={{ htmlInput: { maxLength: 200, 'data-testid': `explain-provider-${index}` } }}
              />
              <TextField
                size="small"
                label={t('contactly.supportHub.board.errorCode', { _: 'Error code' })}
                value={sides[index].errorCode}
                onChange={(event) => set(index, { errorCode: event.target.value })}
                disabled={sides[index].caseId.trim() !== ''}
                slotProps={{ htmlInput: { maxLength: 100, 'data-testid': `explain-code-${index}` } }}
              />
              <TextField
                select
                size="small"
                label={t('contactly.supportHub.sources.source', { _: 'Source' })}
                value={sides[index].source}
                onChange={(event) => set(index, { source: event.target.value as Side['source'] })}
                disabled={sides[index].caseId.trim() !== ''}
              >
                {(['banana', 'strawberry'] as const).map((source) => (
                  <MenuItem key={source} value={source}>
                    {sourceLabel(source)}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
          ))}
        </Stack>
        <Button
          type="submit"
          variant="contained"
          sx={{ mt: 2 }}
          disabled={explain.isPending || sides.every(isBlank) || sides.some(bad)}
          data-testid="explain-submit"
        >
          {t('contactly.supportHub.explain.action', { _: 'Explain' })}
        </Button>
      </Box>
      {explain.error && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {explain.error instanceof CaseMissing
            ? t('contactly.supportHub.explain.noCase', { _: 'There is no case #%{id}.', id: explain.error.caseId })
            : hubErrorText(explain.error, 'explain', t)}
        </Alert>
      )}
      {comparison && (
        <Alert severity={comparison.together ? 'success' : 'info'} sx={{ mt: 2 }} data-testid="explain-verdict">
          {comparison.text}
        </Alert>
      )}
      {results.length > 0 && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2 }}>
          {results.map((result, index) => (
            <Box key={index} sx={{ flex: 1, minWidth: 0 }} data-testid="explain-result">
              <Chip label={result.key} variant="outlined" sx={{ fontFamily: 'monospace', maxWidth: '100%' }} />
              <Box component="ul" sx={{ pl: 2, mb: 0 }}>
                {result.steps.length === 0 && (
                  <Typography component="li" variant="body2" color="text.secondary">
                    {t('contactly.supportHub.explain.asSent', { _: 'Taken as sent: no rule changed it.' })}
                  </Typography>
                )}
                {result.steps.map((step, stepIndex) => (
                  <Typography key={stepIndex} component="li" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {stepText(step, t)}
                  </Typography>
                ))}
              </Box>
            </Box>
          ))}
        </Stack>
      )}
    </Card>
  );
}
