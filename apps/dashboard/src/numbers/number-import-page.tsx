import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { serverPhrase } from '../api/server-phrases';
import { NUMBER_TYPES, type NumberType } from './counts';
import { byteAmounts, type ImportStage, numberLines, stagePercent, stageText } from './import-progress';
import { type ImportReport, importCsv, importRange, refusedLinesOf } from './numbers-api';
import { rangeSize } from './import-range';

const K = 'contactly.numbers.import';

/** Imports numbers into a pool: a range (first and last number) or a CSV file; then says what was imported, what was there already, and which lines were refused. */
export function NumberImportPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'range' | 'csv'>('range');
  const [resourceType, setResourceType] = useState<NumberType>('msisdn');
  const [pool, setPool] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ line: string; message: string }[]>([]);
  const size = rangeSize(from, to);
  const format = (value: number) => new Intl.NumberFormat(locale).format(value);

  const fileSize = (bytes: number) => {
    const { total, unit } = byteAmounts(bytes, bytes, locale);
    return `${total} ${translate(`${K}.progress.units.${unit}`, { _: unit })}`;
  };
  const busy = stage !== null;
  const percent = stage ? stagePercent(stage) : undefined;

  /** The file goes out with its progress; once all of it is sent, the server checks its lines and answers when they are in. */
  const sendCsv = async (csv: File, target: string | undefined) => {
    const lines = numberLines(await csv.text());
    return importCsv(csv, resourceType, target, {
      onProgress: ({ sent, total }) => setStage({ stage: 'sending', sent, total }),
      onSent: () => setStage({ stage: 'checking', count: lines, of: 'lines' }),
    });
  };

  const submit = async () => {
    setStage(
      mode === 'range'
        ? { stage: 'checking', count: size.ok ? size.count : 0, of: 'numbers' }
        : { stage: 'sending', sent: 0, total: file?.size ?? 0 },
    );
    setFailure(null);
    setRefused([]);
    setReport(null);
    try {
      const answer =
        mode === 'range'
          ? await importRange({ resourceType, from: from.trim(), to: to.trim(), pool: pool.trim() || undefined })
          : await sendCsv(file as File, pool.trim() || undefined);
      setReport(answer);
      await queryClient.invalidateQueries({ queryKey: ['numbers'] });
    } catch (error) {
      // A bad line imports nothing: the server names each one, listed below the message.
      setRefused(refusedLinesOf(error));
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setStage(null);
    }
  };

  const ready = mode === 'range' ? size.ok : !!file;
  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate(`${K}.title`, { _: 'Import numbers' })} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate(`${K}.title`, { _: 'Import numbers' })}
        </Typography>
        <Tabs value={mode} onChange={(_event, value) => setMode(value)} variant="scrollable" sx={{ mb: 2 }}>
          <Tab value="range" label={translate(`${K}.range`, { _: 'A range' })} data-testid="import-mode-range" />
          <Tab value="csv" label={translate(`${K}.csv`, { _: 'A CSV file' })} data-testid="import-mode-csv" />
        </Tabs>
        <Stack spacing={2} sx={{ maxWidth: 560 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              label={translate('contactly.numbers.type', { _: 'Type' })}
              value={resourceType}
              onChange={(event) => setResourceType(event.target.value as NumberType)}
              sx={{ minWidth: 160 }}
            >
              {NUMBER_TYPES.map((type) => (
                <MenuItem key={type} value={type}>
                  {type.toUpperCase()}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate(`${K}.pool`, { _: 'Pool (optional)' })}
              value={pool}
              onChange={(event) => setPool(event.target.value)}
            />
          </Stack>
          {mode === 'range' ? (
            <>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField
                  label={translate(`${K}.from`, { _: 'First number' })}
                  value={from}
                  onChange={(event) => setFrom(event.target.value)}
                  slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'import-from' } }}
                />
                <TextField
                  label={translate(`${K}.to`, { _: 'Last number' })}
                  value={to}
                  onChange={(event) => setTo(event.target.value)}
                  slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'import-to' } }}
                />
              </Stack>
              <Typography variant="body2" color={size.ok || !from || !to ? 'text.secondary' : 'error'} data-testid="import-range-size">
                {size.ok
                  ? translate(`${K}.range_size`, { _: '%{count} numbers', count: format(size.count), smart_count: size.count })
                  : from && to
                    ? translate(`${K}.range_problems.${size.problem}`, { _: size.problem })
                    : translate(`${K}.range_help`, { _: 'Digits only: both ends are imported.' })}
              </Typography>
            </>
          ) : (
            <Box>
              <Button component="label" startIcon={<UploadFileIcon />} variant="outlined">
                {translate(`${K}.choose_file`, { _: 'Choose a CSV file' })}
                <input
                  hidden
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                  data-testid="import-file"
                />
              </Button>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {file
                  ? `${file.name} (${fileSize(file.size)})`
                  : translate(`${K}.csv_help`, {
                      _: 'One number a line, optionally with the donor operator of a ported number; a bad line stops the import and is named.',
                    })}
              </Typography>
            </Box>
          )}
          <Box>
            <Button variant="contained" onClick={submit} disabled={!ready || busy} data-testid="import-submit">
              {translate(`${K}.submit`, { _: 'Import' })}
            </Button>
          </Box>
          {stage && (
            <Box role="status" data-testid="import-progress">
              <Typography variant="body2" data-testid="import-progress-text" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {stageText(stage, locale, translate)}
              </Typography>
              <LinearProgress
                variant={percent === undefined ? 'indeterminate' : 'determinate'}
                value={percent}
                aria-label={translate(`${K}.progress.label`, { _: 'Import progress' })}
              />
            </Box>
          )}
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
          {report && (
            <Alert severity={report.duplicates ? 'info' : 'success'} data-testid="import-report">
              {translate(`${K}.report`, {
                _: 'Received %{received}; imported %{imported}; already in the pool %{duplicates}.',
                received: format(report.received),
                imported: format(report.imported),
                duplicates: format(report.duplicates),
              })}
              {report.firstDuplicates.length > 0 &&
                ` ${translate(`${K}.first_duplicates`, { _: 'Already there: %{numbers}', numbers: report.firstDuplicates.join(', ') })}`}
            </Alert>
          )}
          {refused.length > 0 && (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate(`${K}.line`, { _: 'Line' })}</TableCell>
                    <TableCell>{translate(`${K}.why`, { _: 'Why' })}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {refused.map((line, index) => (
                    <TableRow key={`${line.line}-${index}`} data-testid="refused-line">
                      <TableCell>{line.line.replace(/^line /, '')}</TableCell>
                      <TableCell>{serverPhrase(line.message, translate)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
