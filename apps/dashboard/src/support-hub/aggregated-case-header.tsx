import CallMergeIcon from '@mui/icons-material/CallMerge';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CaseNameEditor } from './case-name-editor';
import { shortDate } from './hub-dates';
import { formatCount, useHubText } from './hub-i18n';
import { aggregatedCasePath, sourceLabel } from './support-hub-paths';
import type { AggregatedCaseDetail } from './support-hub-types';
import { keyText, mergedInText } from './why-text';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body1" component="div" data-testid={testId}>
        {children}
      </Typography>
    </Box>
  );
}

interface Props {
  data: AggregatedCaseDetail;
  /** support-hub:merge: merge, split and rename. */
  mayCorrect: boolean;
  chosenCount: number;
  cannotSplit: string | null;
  backTo: string;
  onMerge(): void;
  onSplit(): void;
  onRenamed(next: AggregatedCaseDetail): void;
  onReload(): void;
}

/** An aggregated case's name, facts and the corrections people made to it; merge, split and rename. */
export function AggregatedCaseHeader({ data, mayCorrect, chosenCount, cannotSplit, backTo, onMerge, onSplit, onRenamed, onReload }: Props) {
  const text = useHubText();
  const { t, locale } = text;
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          sx={{ alignItems: { md: 'flex-start' }, justifyContent: 'space-between' }}
        >
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
              <CaseNameEditor data={data} mayRename={mayCorrect} onRenamed={onRenamed} onReload={onReload} />
              <Chip
                label={
                  data.status === 'open'
                    ? t('contactly.supportHub.status.open', { _: 'Open' })
                    : t('contactly.supportHub.status.closed', { _: 'Closed' })
                }
                color={data.status === 'open' ? 'warning' : 'default'}
                size="small"
                data-testid="aggregated-case-status"
              />
              <Typography color="text.secondary">#{data.id}</Typography>
            </Stack>
            <Typography color="text.secondary" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
              {data.name ? `${data.provider} · ${data.errorCode} — ${data.title}` : data.title}
            </Typography>
          </Box>
          {mayCorrect && (
            <Stack direction="row" spacing={1} sx={{ flexShrink: 0, flexWrap: 'wrap', rowGap: 1 }}>
              <Button variant="outlined" startIcon={<CallMergeIcon />} onClick={onMerge} data-testid="open-merge">
                {t('contactly.supportHub.merge.open', { _: 'Merge…' })}
              </Button>
              <Button
                variant="outlined"
                startIcon={<CallSplitIcon />}
                onClick={onSplit}
                disabled={cannotSplit !== null}
                title={cannotSplit ?? undefined}
                data-testid="open-split"
              >
                {chosenCount
                  ? t('contactly.supportHub.split.openChosen', { _: 'Split out %{count}…', count: chosenCount })
                  : t('contactly.supportHub.split.open', { _: 'Split out…' })}
              </Button>
            </Stack>
          )}
        </Stack>
        <Stack direction="row" spacing={4} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 2 }}>
          <Fact label={t('contactly.supportHub.board.cases', { _: 'Cases' })} testId="aggregated-case-count">
            {formatCount(data.caseCount, locale)}
          </Fact>
          <Fact label={t('contactly.supportHub.board.open', { _: 'Open' })}>{formatCount(data.openCount, locale)}</Fact>
          <Fact label={t('contactly.supportHub.board.sources', { _: 'Sources' })}>{data.sources.map(sourceLabel).join(', ')}</Fact>
          <Fact label={t('contactly.supportHub.board.firstSeen', { _: 'First seen' })}>{shortDate(data.firstSeen, locale)}</Fact>
          <Fact label={t('contactly.supportHub.board.lastSeen', { _: 'Last seen' })}>{shortDate(data.lastSeen, locale)}</Fact>
          <Fact label={t('contactly.supportHub.caseView.groupedBy', { _: 'Grouped by' })}>{keyText(data.groupKey, t)}</Fact>
        </Stack>
        {(data.splitFrom || data.merges.length > 0) && (
          <Box
            component="ul"
            sx={{ mt: 2, mb: 0, pl: 2 }}
            aria-label={t('contactly.supportHub.caseView.corrections', { _: 'Corrections by people' })}
          >
            {data.splitFrom && (
              <Typography component="li" variant="body2">
                {t('contactly.supportHub.caseView.splitOutOf', { _: 'Split out of' })}{' '}
                <Link to={aggregatedCasePath(data.splitFrom.fromAggregatedCaseId)} state={{ from: backTo }}>
                  #{data.splitFrom.fromAggregatedCaseId}
                </Link>{' '}
                {t('contactly.supportHub.caseView.splitBy', {
                  _: 'by %{by} on %{when}: %{reason}',
                  by: data.splitFrom.by,
                  when: shortDate(data.splitFrom.at, locale),
                  reason: data.splitFrom.reason,
                })}
              </Typography>
            )}
            {data.merges.map((merge) => (
              <Typography key={`${merge.fromKey}-${merge.at}`} component="li" variant="body2">
                {mergedInText(merge, text)}
              </Typography>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
