import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  Switch,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { hubErrorText } from './hub-error-text';
import { type Translate, useHubText } from './hub-i18n';
import { emptyRuleForm, formOfRule, type RuleForm, type RuleFormProblem, ruleBody, ruleFormProblems } from './rule-form';
import { KEY_FIELDS, kindLabel, RULE_KINDS } from './rule-text';
import { createRule, type GroupingRule, updateRule } from './rules-api';
import { fieldLabel } from './why-text';

function problemText(problem: RuleFormProblem, t: Translate): string {
  switch (problem) {
    case 'required':
      return t('contactly.supportHub.rules.problem.required', { _: 'Required.' });
    case 'badRegex':
      return t('contactly.supportHub.rules.problem.badRegex', { _: 'Not a valid regular expression.' });
    case 'chooseField':
      return t('contactly.supportHub.rules.problem.chooseField', { _: 'Choose at least one field.' });
    case 'badPosition':
      return t('contactly.supportHub.rules.problem.badPosition', { _: 'A whole number, 0 or more.' });
  }
}

interface Props {
  /** The rule to change; none: a new one. */
  rule: GroupingRule | null;
  onClose(): void;
  onSaved(rule: GroupingRule): void;
}

/** Adds a grouping rule or changes one (its kind is fixed once made); the server's objections show at their fields. */
export function RuleDialog({ rule, onClose, onSaved }: Props) {
  const { t } = useHubText();
  const [form, setForm] = useState<RuleForm>(() => (rule ? formOfRule(rule) : emptyRuleForm('provider-alias')));
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const { kind: _kind, ...change } = ruleBody(form);
      return rule ? updateRule(rule, change) : createRule(ruleBody(form));
    },
    onSuccess: onSaved,
  });
  const problems = ruleFormProblems(form);
  const serverProblems = save.error instanceof ApiError ? save.error.details : [];
  const problemOf = (field: keyof RuleForm): string | null => {
    if (submitted && problems[field]) return problemText(problems[field], t);
    const server = serverProblems.find((detail) => detail.field === field);
    return server ? server.message : null;
  };
  const set = (change: Partial<RuleForm>) => setForm((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length === 0) save.mutate();
  };
  const isAlias = form.kind === 'provider-alias';

  return (
    <Dialog
      open
      onClose={save.isPending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="rule-title"
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}
    >
      <DialogTitle id="rule-title">
        {rule
          ? t('contactly.supportHub.rules.editTitle', { _: 'Change rule #%{id}', id: rule.id })
          : t('contactly.supportHub.rules.addTitle', { _: 'Add a grouping rule' })}
      </DialogTitle>
      <DialogContent>
        {save.error !== null && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="rule-error">
            {hubErrorText(save.error, 'rule', t)}
          </Alert>
        )}
        <TextField
          select
          label={t('contactly.supportHub.rules.kindLabel', { _: 'Kind' })}
          value={form.kind}
          onChange={(event) => setForm(emptyRuleForm(event.target.value as RuleForm['kind']))}
          disabled={rule !== null}
          fullWidth
          margin="normal"
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'rule-kind' } as object } }}
        >
          {RULE_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {kindLabel(kind, t)}
            </MenuItem>
          ))}
        </TextField>
        {form.kind === 'key-fields' ? (
          <FormControl error={problemOf('keyFields') !== null} margin="normal" component="fieldset">
            <FormLabel component="legend">
              {t('contactly.supportHub.rules.keyFieldsLabel', { _: 'Cases are grouped when these are equal' })}
            </FormLabel>
            <FormGroup row>
              {KEY_FIELDS.map((field) => (
                <FormControlLabel
                  key={field}
                  label={fieldLabel(field, t)}
                  control={
                    <Checkbox
                      checked={form.keyFields.includes(field)}
                      onChange={(event) =>
                        set({ keyFields: event.target.checked ? [...form.keyFields, field] : form.keyFields.filter((f) => f !== field) })
                      }
                    />
                  }
                />
              ))}
            </FormGroup>
            {problemOf('keyFields') && <FormHelperText>{problemOf('keyFields')}</FormHelperText>}
          </FormControl>
        ) : (
          <>
            <TextField
              label={
                isAlias
                  ? t('contactly.supportHub.rules.aliasLabel', { _: 'Provider as a CRM spells it' })
                  : t('contactly.supportHub.rules.regexLabel', { _: 'Regular expression (case-insensitive)' })
              }
              value={form.pattern}
              onChange={(event) => set({ pattern: event.target.value })}
              required
              fullWidth
              margin="normal"
              error={problemOf('pattern') !== null}
              helperText={problemOf('pattern') ?? (isAlias ? 'Vodafone UK' : '^(?:E|ERR)?[-_.]?(\\d+)$')}
              slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'rule-pattern' } }}
            />
            <TextField
              label={
                isAlias
                  ? t('contactly.supportHub.rules.canonicalLabel', { _: 'Canonical provider' })
                  : t('contactly.supportHub.rules.replacementLabel', { _: 'Becomes' })
              }
              value={form.replacement}
              onChange={(event) => set({ replacement: event.target.value })}
              required
              fullWidth
              margin="normal"
              error={problemOf('replacement') !== null}
              helperText={problemOf('replacement') ?? (isAlias ? 'vodafone' : 'E$1')}
              slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'rule-replacement' } }}
            />
          </>
        )}
        <TextField
          label={t('contactly.supportHub.rules.positionLabel', { _: 'Position among rules of its kind' })}
          value={form.position}
          onChange={(event) => set({ position: event.target.value })}
          fullWidth
          margin="normal"
          error={problemOf('position') !== null}
          helperText={problemOf('position') ?? t('contactly.supportHub.rules.positionHint', { _: 'Empty: after the others' })}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
        />
        <TextField
          label={t('contactly.supportHub.rules.descriptionLabel', { _: 'Description' })}
          value={form.description}
          onChange={(event) => set({ description: event.target.value })}
          fullWidth
          margin="normal"
          error={problemOf('description') !== null}
          helperText={problemOf('description') ?? undefined}
          slotProps={{ htmlInput: { maxLength: 300 } }}
        />
        <FormControlLabel
          control={<Switch checked={form.enabled} onChange={(event) => set({ enabled: event.target.checked })} />}
          label={t('contactly.supportHub.rules.enabledLabel', { _: 'Applied (a disabled rule is kept but not applied)' })}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={save.isPending}>
          {t('contactly.supportHub.common.cancel', { _: 'Cancel' })}
        </Button>
        <Button type="submit" variant="contained" disabled={save.isPending} data-testid="rule-save">
          {t('contactly.supportHub.common.save', { _: 'Save' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
