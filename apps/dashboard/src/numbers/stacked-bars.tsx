import { Box, Stack, Tooltip, Typography } from '@mui/material';

export interface BarSegment {
  key: string;
  label: string;
  value: number;
  color: string;
}

export interface Bar {
  key: string;
  label: string;
  segments: BarSegment[];
}

/**
 * Horizontal stacked bars (one per row, a segment per part), scaled to the largest total, with a
 * legend; drawn with boxes, so it fits any width. The figures themselves are in the table beside it.
 */
export function StackedBars({ bars, label, format }: { bars: Bar[]; label: string; format(value: number): string }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.segments.reduce((sum, s) => sum + s.value, 0)));
  const legend = bars[0]?.segments ?? [];
  return (
    <Box role="img" aria-label={label} data-testid="counts-chart">
      <Stack spacing={1.5}>
        {bars.map((bar) => {
          const total = bar.segments.reduce((sum, s) => sum + s.value, 0);
          return (
            <Box key={bar.key}>
              <Typography variant="body2" sx={{ mb: 0.5 }}>
                {bar.label} — {format(total)}
              </Typography>
              <Box
                sx={{
                  display: 'flex',
                  height: 22,
                  width: `${(total / largest) * 100}%`,
                  minWidth: 2,
                  bgcolor: 'action.hover',
                  borderRadius: 1,
                  overflow: 'hidden',
                }}
              >
                {bar.segments
                  .filter((segment) => segment.value > 0)
                  .map((segment) => (
                    <Tooltip key={segment.key} title={`${segment.label}: ${format(segment.value)}`}>
                      <Box sx={{ width: `${(segment.value / total) * 100}%`, bgcolor: segment.color }} data-segment={segment.key} />
                    </Tooltip>
                  ))}
              </Box>
            </Box>
          );
        })}
      </Stack>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', mt: 1.5 }} aria-hidden>
        {legend.map((segment) => (
          <Stack key={segment.key} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 12, height: 12, bgcolor: segment.color, borderRadius: 0.5 }} />
            <Typography variant="caption">{segment.label}</Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}
