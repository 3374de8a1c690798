import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useDebouncedValue } from '../customers/search/use-debounced-value';
import { FILTER_DEBOUNCE_MS } from './board-filter-bar';
import { caseName } from './case-name';
import { hubErrorText } from './hub-error-text';
import { type Translate, useHubText } from './hub-i18n';
import { REASON_MAX, reasonProblem } from './merge-split';
import { findMergeCandidates, mergeAggregatedCases } from './support-hub-api';
import { HUB_KEY } from './support-hub-queries';
import type { AggregatedCase, AggregatedCaseDetail } from './support-hub-types';

const optionLabel = (option: AggregatedCase, t: Translate) =>
  t('contactly.supportHub.merge.option', {
    _: '#%{id} %{name} — %{smart_count} case — %{title} |||| #%{id} %{name} — %{smart_count} cases — %{title}',
    id: option.id,
    name: caseName(option),
    smart_count: option.caseCount,
    title: option.title,
  });

interface Props {
  current: AggregatedCase;
  onClose(): void;
  /** Called with the aggregated case that remains. */
  onMerged(kept: AggregatedCaseDetail): void;
}

/** Merges another aggregated case (found by search) with this one, with a reason for the audit trail. */
export function MergeDialog({ current, onClose, onMerged }: Props) {
  const { t } = useHubText();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed, FILTER_DEBOUNCE_MS);
  const [other, setOther] = useState<AggregatedCase | null>(null);
  const [keep, setKeep] = useState<'current' | 'other'>('current');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const candidates = useQuery({
    queryKey: [...HUB_KEY, 'merge-candidates', q],
    queryFn: ({ signal }) => findMergeCandidates(q, signal),
    placeholderData: keepPreviousData,
  });
  const options = (candidates.data?.items ?? []).filter((option) => option.id !== current.id);

  const merge = useMutation({
    mutationFn: ({ target, source }: { target: number; source: number }) => mergeAggregatedCases(target, source, reason),
    onSuccess: onMerged,
  });

  const problem = reasonProblem(reason, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!other || problem) return;
    merge.mutate(keep === 'current' ? { target: current.id, source: other.id } : { target: other.id, source: current.id });
  };

  return (
    <Dialog
      open
      onClose={merge.isPending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="merge-title"
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}
    >
      <DialogTitle id="merge-title">{t('contactly.supportHub.merge.title', { _: 'Merge with another aggregated case' })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('contactly.supportHub.merge.explain', {
            _: 'Every case of one joins the other, which keeps its id, provider and error code; the first disappears. The merge sticks across refreshes and is audited with your reason.',
          })}
        </DialogContentText>
        {merge.error && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="merge-error">
            {hubErrorText(merge.error, 'merge', t)}
          </Alert>
        )}
        <Autocomplete
          options={options}
          value={other}
          onChange={(_, value) => setOther(value)}
          inputValue={typed}
          onInputChange={(_, value) => setTyped(value)}
          filterOptions={(all) => all}
          getOptionLabel={(option) => optionLabel(option, t)}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          loading={candidates.isFetching}
          noOptionsText={
            q
              ? t('contactly.supportHub.merge.noMatch', { _: 'No other aggregated case matches “%{q}”', q })
              : t('contactly.supportHub.merge.noOther', { _: 'No other aggregated case' })
          }
          renderInput={(params) => (
            <TextField
              {...params}
              label={t('contactly.supportHub.merge.other', { _: 'Aggregated case to merge with' })}
              placeholder={t('contactly.supportHub.merge.otherPlaceholder', { _: 'Search by title, provider or code' })}
              required
              error={submitted && !other}
              helperText={
                submitted && !other
                  ? t('contactly.supportHub.merge.chooseOther', { _: 'Choose the aggregated case to merge with.' })
                  : t('contactly.supportHub.merge.biggestFirst', { _: 'The biggest matches first' })
              }
            />
          )}
        />
        <FormControl sx={{ mt: 2 }}>
          <FormLabel id="merge-keep-label">{t('contactly.supportHub.merge.whichStays', { _: 'Which one stays' })}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="merge-keep-label"
            value={keep}
            onChange={(event) => setKeep(event.target.value as 'current' | 'other')}
          >
            <FormControlLabel
              value="current"
              control={<Radio />}
              label={t('contactly.supportHub.merge.thisOne', { _: 'This one (#%{id})', id: current.id })}
            />
            <FormControlLabel
              value="other"
              control={<Radio />}
              label={
                other
                  ? t('contactly.supportHub.merge.chosenOneId', { _: 'The chosen one (#%{id})', id: other.id })
                  : t('contactly.supportHub.merge.chosenOne', { _: 'The chosen one' })
              }
            />
          </RadioGroup>
        </FormControl>
        <TextField
          label={t('contactly.supportHub.reason.label', { _: 'Reason' })}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          error={submitted && problem !== null}
          helperText={
            submitted && problem ? problem : t('contactly.supportHub.reason.hint', { _: 'Kept in the audit trail of both cases' })
          }
          slotProps={{ htmlInput: { maxLength: REASON_MAX, 'data-testid': 'merge-reason' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={merge.isPending}>
          {t('contactly.supportHub.common.cancel', { _: 'Cancel' })}
        </Button>
        <Button type="submit" variant="contained" disabled={merge.isPending} data-testid="merge-submit">
          {merge.isPending
            ? t('contactly.supportHub.merge.merging', { _: 'Merging…' })
            : t('contactly.supportHub.merge.action', { _: 'Merge' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
