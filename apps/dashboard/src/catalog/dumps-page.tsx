import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../admin/use-notify-error';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { downloadLatestDump, listDumps, startDump } from './catalog-api';
import { countsText, dumpSize, dumpTime, formatBytes, isRunning } from './dump-text';

const K = 'contactly.catalog.dumps';

/**
 * The daily catalog dumps: when each was written, what it holds, its size and SHA-256; the latest
 * one to download; "Dump now" (catalog:dump) starts one and the page follows it until it is written.
 */
export function DumpsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const canDump = hasPermission(useSignedInPrincipal(), 'catalog:dump');
  const [starting, setStarting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const dumps = useQuery({
    queryKey: ['catalog', 'dumps'],
    queryFn: ({ signal }) => listDumps(signal),
    // While one is being written the list is read every two seconds, so the page shows it finish.
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? 2000 : false),
  });
  const running = dumps.data?.items.find(isRunning);
  const dateTime = (iso?: string | null) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso)) : '—';
  const kindLabel = (kind: string) => translate(`contactly.catalog.dumps.kinds.${kind}`, { _: kind });

  const dumpNow = async () => {
    setStarting(true);
    try {
      await startDump();
      notify(translate(`${K}.started`, { _: 'The dump has started; this page shows it when it is written.' }), { type: 'info' });
      await dumps.refetch();
    } catch (error) {
      notifyError(error);
    } finally {
      setStarting(false);
    }
  };

  const download = async () => {
    setDownloading(true);
    try {
      await downloadLatestDump();
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card>
      <Title title={translate(`${K}.title`, { _: 'Catalog dumps' })} />
      <CardContent>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 2 }}
        >
          <Typography variant="h6" component="h1">
            {translate(`${K}.title`, { _: 'Catalog dumps' })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button
              startIcon={<DownloadIcon />}
              onClick={download}
              disabled={downloading || !dumps.data?.items.length}
              data-testid="dump-download"
            >
              {translate(`${K}.download`, { _: 'Download latest' })}
            </Button>
            {canDump && (
              <Button
                startIcon={<PlayArrowIcon />}
                variant="contained"
                onClick={dumpNow}
                disabled={starting || !!running}
                data-testid="dump-now"
              >
                {translate(`${K}.dump_now`, { _: 'Dump now' })}
              </Button>
            )}
          </Stack>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(`${K}.explain`, { _: 'The whole sellable catalog as gzip NDJSON, written every night and on demand.' })}
        </Typography>
        {(running || starting) && (
          <Box sx={{ mb: 2 }} role="status" data-testid="dump-progress">
            <Typography variant="body2">
              {translate(`${K}.running`, {
                _: 'Writing the dump… %{counts}',
                counts: running ? countsText(running.counts, locale, kindLabel) : '',
              })}
            </Typography>
            <LinearProgress />
          </Box>
        )}
        {dumps.isPending && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the dumps' })} />}
        {dumps.error && (
          <Alert severity="error" role="alert">
            {translate(`${K}.load_failed`, { _: 'The dumps could not be loaded: %{error}', error: dumps.error.message })}
          </Alert>
        )}
        {dumps.data?.items.length === 0 && (
          <Typography color="text.secondary">{translate(`${K}.none`, { _: 'No dump has been written yet.' })}</Typography>
        )}
        {!!dumps.data?.items.length && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" sx={{ minWidth: 760 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate(`${K}.time`, { _: 'Written' })}</TableCell>
                  <TableCell>{translate(`${K}.status`, { _: 'Status' })}</TableCell>
                  <TableCell>{translate(`${K}.counts`, { _: 'Counts' })}</TableCell>
                  <TableCell align="right">{translate(`${K}.size`, { _: 'Size' })}</TableCell>
                  <TableCell>SHA-256</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {dumps.data.items.map((dump) => (
                  <TableRow key={dump.id} data-testid="dump">
                    <TableCell>{dateTime(dumpTime(dump))}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={dump.status === 'failed' ? 'error' : dump.status === 'completed' ? 'success' : 'default'}
                        label={translate(`${K}.statuses.${dump.status}`, { _: dump.status })}
                      />
                      {dump.error && (
                        <Typography variant="caption" display="block" color="error">
                          {dump.error}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{countsText(dump.counts, locale, kindLabel)}</TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatBytes(dumpSize(dump), locale)}
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all', maxWidth: 280 }}>{dump.sha256 ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
