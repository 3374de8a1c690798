import { Chip } from '@mui/material';
import { statusColor, statusLabel } from './communication-status';

export function StatusChip({ status }: { status: string }) {
  return <Chip size="small" label={statusLabel(status)} color={statusColor(status)} data-testid="communication-status" />;
}
