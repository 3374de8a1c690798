import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One fact of the overview: a small titled panel that wraps rather than widening the page. */
export function OverviewTile({ title, testId, wide, children }: { title: string; testId: string; wide?: boolean; children: ReactNode }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={title}
      data-testid={testId}
      sx={{ p: 1.5, minWidth: 0, overflowWrap: 'anywhere', ...(wide ? { gridColumn: { sm: '1 / -1' } } : {}) }}
    >
      <Typography variant="overline" color="text.secondary" component="h3" sx={{ lineHeight: 1.6 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
