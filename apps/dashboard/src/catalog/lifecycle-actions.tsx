import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import { isCatalogResource, moveLifecycle } from './catalog-api';
import { isStepBack, type LifecycleStatus, lifecycleLabel, nextLifecycleStates, refusedMoveOf, refusedMoveText } from './lifecycle';

const COLORS: Record<string, 'default' | 'info' | 'success' | 'warning' | 'primary'> = {
  inStudy: 'default',
  inDesign: 'default',
  inTest: 'info',
  active: 'primary',
  launched: 'success',
  retired: 'warning',
  obsolete: 'default',
};

/** A lifecycle status as a chip, in the reader's words. */
export function LifecycleChip({ status }: { status?: string }) {
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" label={lifecycleLabel(status, translate)} color={COLORS[status] ?? 'default'} data-testid="lifecycle-status" />;
}

/** For a list's column: the record's lifecycle status. */
export function LifecycleField(_props: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return <LifecycleChip status={record?.lifecycleStatus as string | undefined} />;
}

/**
 * The entry's status and one button per state it may move to (only those), each confirmed. A
 * refusal is said in words: a 409 of the process names where it may go instead; one about what
 * still uses it (an active subscription, an open order) keeps the server's sentence naming it.
 */
export function LifecycleActions({ writable }: { writable: boolean }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [target, setTarget] = useState<LifecycleStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!record || !resource || !isCatalogResource(resource)) return null;
  const status = String(record.lifecycleStatus ?? '');
  const next = writable ? nextLifecycleStates(status) : [];

  const move = async () => {
    if (!target) return;
    setBusy(true);
    setRefusal(null);
    try {
      await moveLifecycle(resource, String(record.id), target);
      notify(
        translate('contactly.catalog.lifecycle_moved', {
          _: '%{name} is now %{status}',
          name: record.name,
          status: lifecycleLabel(target, translate),
        }),
        {
          type: 'success',
        },
      );
      refresh();
    } catch (error) {
      const refused = refusedMoveOf(error);
      setRefusal(refused ? refusedMoveText(refused, translate) : error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      setTarget(null);
    }
  };

  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="lifecycle-actions">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('contactly.catalog.lifecycle_title', { _: 'Lifecycle' })}
        </Typography>
        <LifecycleChip status={status} />
        {next.map((state) => (
          <Button
            key={state}
            size="small"
            variant={isStepBack(status as LifecycleStatus, state) ? 'text' : 'outlined'}
            disabled={busy}
            onClick={() => setTarget(state)}
            data-testid={`lifecycle-to-${state}`}
          >
            {translate(`contactly.catalog.lifecycle_to.${state}`, { _: `Move to ${lifecycleLabel(state, translate)}` })}
          </Button>
        ))}
      </Stack>
      {refusal && (
        <Alert severity="warning" role="alert" sx={{ mt: 1 }} onClose={() => setRefusal(null)} data-testid="lifecycle-refusal">
          {refusal}
        </Alert>
      )}
      <Confirm
        isOpen={!!target}
        loading={busy}
        title={translate('contactly.catalog.lifecycle_confirm', {
          _: 'Move %{name} to %{status}?',
          name: record.name,
          status: target ? lifecycleLabel(target, translate) : '',
        })}
        content={translate(`contactly.catalog.lifecycle_consequence.${target ?? 'inStudy'}`, { _: ' ' })}
        onConfirm={move}
        onClose={() => setTarget(null)}
      />
    </Box>
  );
}
