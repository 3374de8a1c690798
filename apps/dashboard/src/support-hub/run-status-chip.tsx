import { Chip } from '@mui/material';
import { useHubText } from './hub-i18n';
import { runStatusText } from './refresh-run-text';

const COLORS = { running: 'info', succeeded: 'success', partial: 'warning', failed: 'error' } as const;

/** A refresh run's status as a coloured chip. */
export function RunStatusChip({ status }: { status: string }) {
  const { t } = useHubText();
  return (
    <Chip
      size="small"
      label={runStatusText(status, t)}
      color={COLORS[status as keyof typeof COLORS] ?? 'default'}
      data-testid="run-status"
    />
  );
}
