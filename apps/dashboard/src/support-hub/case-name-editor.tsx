import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { caseName, NAME_MAX, nameProblem, nameToSend } from './case-name';
import { hubErrorText } from './hub-error-text';
import { useHubText } from './hub-i18n';
import { renameAggregatedCase } from './support-hub-api';
import type { AggregatedCaseDetail } from './support-hub-types';

interface Props {
  data: AggregatedCaseDetail;
  mayRename: boolean;
  onRenamed(next: AggregatedCaseDetail): void;
  /** Reads the case again (after a 412: someone else changed it). */
  onReload(): void;
}

/** The case's name as its heading; those who may correct the grouping rename it in place. */
export function CaseNameEditor({ data, mayRename, onRenamed, onReload }: Props) {
  const { t } = useHubText();
  const [typed, setTyped] = useState<string | null>(null);
  const rename = useMutation({
    mutationFn: (name: string | null) => renameAggregatedCase(data.id, name, data.version),
    onSuccess: (next) => {
      setTyped(null);
      onRenamed(next);
    },
  });
  const problem = typed === null ? null : nameProblem(typed);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed !== null && !problem) rename.mutate(nameToSend(typed));
  };
  const stale = rename.error instanceof ApiError && rename.error.status === 412;

  if (typed === null)
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
        <Typography variant="h5" component="h1" data-testid="aggregated-case-name" sx={{ overflowWrap: 'anywhere' }}>
          {caseName(data)}
        </Typography>
        {mayRename && (
          <Tooltip title={t('contactly.supportHub.rename.action', { _: 'Rename' })}>
            <IconButton
              size="small"
              onClick={() => {
                rename.reset();
                setTyped(data.name ?? '');
              }}
              aria-label={t('contactly.supportHub.rename.action', { _: 'Rename' })}
              data-testid="rename-case"
            >
              <EditIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
    );

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ width: '100%', maxWidth: 560 }}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('contactly.supportHub.rename.label', { _: 'Name of the case' })}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setTyped(null);
          }}
          placeholder={`${data.provider} · ${data.errorCode}`}
          size="small"
          fullWidth
          autoFocus
          disabled={rename.isPending}
          error={problem !== null}
          helperText={
            problem
              ? t('contactly.supportHub.rename.tooLong', { _: 'At most %{max} characters.', max: NAME_MAX })
              : t('contactly.supportHub.rename.hint', { _: 'Leave empty to go back to provider · error code.' })
          }
          slotProps={{ htmlInput: { 'data-testid': 'rename-input' } }}
        />
        <IconButton
          type="submit"
          color="primary"
          disabled={rename.isPending}
          aria-label={t('contactly.supportHub.common.save', { _: 'Save' })}
          data-testid="rename-save"
        >
          <CheckIcon />
        </IconButton>
        <IconButton
          onClick={() => setTyped(null)}
          disabled={rename.isPending}
          aria-label={t('contactly.supportHub.common.cancel', { _: 'Cancel' })}
        >
          <CloseIcon />
        </IconButton>
      </Stack>
      {rename.error !== null && (
        <Alert
          severity={stale ? 'warning' : 'error'}
          role="alert"
          sx={{ mt: 1 }}
          data-testid="rename-error"
          action={
            stale ? (
              <Button
                onClick={() => {
                  setTyped(null);
                  onReload();
                }}
              >
                {t('contactly.supportHub.common.reload', { _: 'Reload' })}
              </Button>
            ) : undefined
          }
        >
          {hubErrorText(rename.error, 'rename', t)}
        </Alert>
      )}
    </Box>
  );
}
