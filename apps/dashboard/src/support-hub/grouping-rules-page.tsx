import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { ExplainPanel } from './explain-panel';
import { shortDate } from './hub-dates';
import { hubErrorText } from './hub-error-text';
import { useHubText } from './hub-i18n';
import { RuleDialog } from './rule-dialog';
import { kindLabel, ruleSummary } from './rule-text';
import { deleteRule, type GroupingRule, listRules } from './rules-api';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { HUB_KEY, rulesKey } from './support-hub-queries';

/** The grouping rules as a screen: list, add, change, delete (support-hub:rules), and the explain tool. */
export function GroupingRulesPage() {
  const { t, locale } = useHubText();
  const principal = useSignedInPrincipal();
  const mayEdit = hasPermission(principal, 'support-hub:rules');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: rulesKey, queryFn: ({ signal }) => listRules(signal) });
  const [editing, setEditing] = useState<GroupingRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<GroupingRule | null>(null);
  const changed = (message: string) => {
    setEditing(null);
    setDeleting(null);
    // The explain tool and every "why" read the rules in force.
    void queryClient.invalidateQueries({ queryKey: HUB_KEY });
    notify(message, { type: 'success' });
  };
  const remove = useMutation({
    mutationFn: (rule: GroupingRule) => deleteRule(rule.id),
    onSuccess: () => changed(t('contactly.supportHub.rules.deleted', { _: 'Rule deleted; the next refresh regroups the cases' })),
  });

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title={t('contactly.supportHub.rules.title', { _: 'Grouping rules' })} />
      <Card sx={{ mb: 2 }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ p: 2, justifyContent: 'space-between', alignItems: { sm: 'center' } }}
        >
          <Box>
            <Typography variant="h5" component="h1" id="rules-title">
              {t('contactly.supportHub.rules.title', { _: 'Grouping rules' })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('contactly.supportHub.rules.intro', {
                _: 'Which cases form one aggregated case. A change applies from the next refresh, which regroups every case.',
              })}
            </Typography>
          </Box>
          {mayEdit && (
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setEditing('new')}
              sx={{ flexShrink: 0 }}
              data-testid="rule-add"
            >
              {t('contactly.supportHub.rules.add', { _: 'Add rule' })}
            </Button>
          )}
        </Stack>
        {rules.isPending && <LinearProgress aria-label={t('contactly.supportHub.rules.loading', { _: 'Loading the rules' })} />}
        {rules.error && (
          <Alert
            severity="error"
            role="alert"
            sx={{ m: 2 }}
            action={<Button onClick={() => rules.refetch()}>{t('contactly.supportHub.common.retry', { _: 'Retry' })}</Button>}
          >
            {hubErrorText(rules.error, 'load', t)}
          </Alert>
        )}
        {rules.data && (
          <Box sx={SCROLLS_SIDEWAYS} data-testid="rules-table-scroller">
            <Table size="small" aria-labelledby="rules-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t('contactly.supportHub.rules.kindLabel', { _: 'Kind' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.rules.rule', { _: 'Rule' })}</TableCell>
                  <TableCell align="right">{t('contactly.supportHub.rules.position', { _: 'Position' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.rules.state', { _: 'State' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.rules.descriptionLabel', { _: 'Description' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.customer.updated', { _: 'Updated' })}</TableCell>
                  {mayEdit && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {rules.data.items.map((rule) => (
                  <TableRow key={rule.id} data-testid="rule-row" sx={{ opacity: rule.enabled ? 1 : 0.6 }}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {kindLabel(rule.kind, t)}
                      <Typography variant="caption" color="text.secondary" component="div">
                        #{rule.id}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', minWidth: 180 }}>{ruleSummary(rule, t)}</TableCell>
                    <TableCell align="right">{rule.position}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={rule.enabled ? 'success' : 'default'}
                        label={
                          rule.enabled
                            ? t('contactly.supportHub.rules.on', { _: 'Applied' })
                            : t('contactly.supportHub.rules.off', { _: 'Disabled' })
                        }
                      />
                    </TableCell>
                    <TableCell sx={{ minWidth: 160 }}>{rule.description ?? '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(rule.updatedAt, locale)}</TableCell>
                    {mayEdit && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <IconButton
                          size="small"
                          onClick={() => setEditing(rule)}
                          aria-label={t('contactly.supportHub.rules.edit', { _: 'Change rule #%{id}', id: rule.id })}
                        >
                          <EditIcon fontSize="small" />
                        </IconButton>
                        <IconButton
                          size="small"
                          onClick={() => {
                            remove.reset();
                            setDeleting(rule);
                          }}
                          aria-label={t('contactly.supportHub.rules.delete', { _: 'Delete rule #%{id}', id: rule.id })}
                        >
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </Card>

      <ExplainPanel />

      {editing !== null && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => changed(t('contactly.supportHub.rules.saved', { _: 'Rule saved; the next refresh regroups the cases' }))}
        />
      )}
      {deleting && (
        <Dialog open onClose={remove.isPending ? undefined : () => setDeleting(null)} aria-labelledby="rule-delete-title">
          <DialogTitle id="rule-delete-title">
            {t('contactly.supportHub.rules.deleteTitle', { _: 'Delete rule #%{id}?', id: deleting.id })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText>
              {ruleSummary(deleting, t)}.{' '}
              {t('contactly.supportHub.rules.deleteExplain', {
                _: 'The next refresh regroups every case without it (without a key-fields rule, provider + error code is the key).',
              })}
            </DialogContentText>
            {remove.error && (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {hubErrorText(remove.error, 'rule', t)}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(null)} disabled={remove.isPending}>
              {t('contactly.supportHub.common.cancel', { _: 'Cancel' })}
            </Button>
            <Button
              color="error"
              variant="contained"
              onClick={() => remove.mutate(deleting)}
              disabled={remove.isPending}
              data-testid="rule-delete-confirm"
            >
              {t('contactly.supportHub.rules.deleteAction', { _: 'Delete' })}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
