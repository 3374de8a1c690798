import { shortDate } from './hub-dates';
import type { HubText, Translate } from './hub-i18n';
import type { AggregatedCaseDetail, OverrideStep, WhyStep } from './support-hub-types';

export function fieldLabel(field: string, t: Translate): string {
  switch (field) {
    case 'provider':
      return t('contactly.supportHub.why.field.provider', { _: 'Provider' });
    case 'errorCode':
      return t('contactly.supportHub.why.field.errorCode', { _: 'Error code' });
    case 'source':
      return t('contactly.supportHub.why.field.source', { _: 'Source' });
    default:
      return field;
  }
}

/** `provider=vodafone|errorCode=E1101` → its parts, in key order; a split group's key (`split:…`) has none. */
export function keyParts(key: string): { field: string; value: string }[] {
  if (key.startsWith('split:')) return [];
  return key
    .split('|')
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? { field: part, value: '' } : { field: part.slice(0, at), value: part.slice(at + 1) };
    });
}

/** "provider vodafone · error code E1101" — the normalized key in words. */
export function keyText(key: string, t: Translate): string {
  if (key.startsWith('split:')) return t('contactly.supportHub.why.splitByHand', { _: 'split out by hand' });
  return keyParts(key)
    .map(({ field, value }) => `${fieldLabel(field, t).toLowerCase()} ${value}`)
    .join(' · ');
}

const quote = (value: string | null, t: Translate) =>
  value === null ? t('contactly.supportHub.why.nothing', { _: 'nothing' }) : `“${value}”`;

/** One step from what the CRM sent to the key: `Provider “VODAFONE UK” → “vodafone” (alias rule #3)`. */
export function stepText(step: WhyStep, t: Translate): string {
  const label = fieldLabel(step.field, t);
  const from = quote(step.from, t);
  const to = quote(step.to, t);
  switch (step.action) {
    case 'missing':
      return t('contactly.supportHub.why.missing', { _: '%{label}: the CRM sent none → %{to}', label, to });
    case 'normalized':
      return t('contactly.supportHub.why.normalized', { _: '%{label} %{from} → %{to} (spelling normalized)', label, from, to });
    default: {
      const alias = step.action === 'alias';
      const rule =
        step.ruleId !== null
          ? alias
            ? t('contactly.supportHub.why.aliasRule', { _: 'alias rule #%{id}', id: step.ruleId })
            : t('contactly.supportHub.why.rewriteRule', { _: 'rewrite rule #%{id}', id: step.ruleId })
          : alias
            ? t('contactly.supportHub.why.anAliasRule', { _: 'an alias rule' })
            : t('contactly.supportHub.why.aRewriteRule', { _: 'a rewrite rule' });
      return `${label} ${from} → ${to} (${rule}${step.ruleText ? `: ${step.ruleText}` : ''})`;
    }
  }
}

/** A person's correction: `Split out by anna on 23 Nov 2026: only eSIMs are affected`. */
export function overrideText(override: OverrideStep, { t, locale }: HubText): string {
  const when = shortDate(override.at, locale);
  return override.kind === 'split'
    ? t('contactly.supportHub.why.splitBy', {
        _: 'Split out by %{by} on %{when}: %{reason}',
        by: override.by,
        when,
        reason: override.reason,
      })
    : t('contactly.supportHub.why.mergedBy', {
        _: 'Merged into %{key} by %{by} on %{when}: %{reason}',
        key: keyText(override.intoKey, t),
        by: override.by,
        when,
        reason: override.reason,
      });
}

/** A group merged into this one: `#23 (provider vodafone · error code E2301) merged in by anna on …: same outage`. */
export function mergedInText(merge: AggregatedCaseDetail['merges'][number], { t, locale }: HubText): string {
  return t('contactly.supportHub.why.mergedIn', {
    _: '#%{id} (%{key}) merged in by %{by} on %{when}: %{reason}',
    id: merge.fromAggregatedCaseId,
    key: keyText(merge.fromKey, t),
    by: merge.by,
    when: shortDate(merge.at, locale),
    reason: merge.reason,
  });
}
