import { shortDate } from './hub-dates';
import type { AggregatedCaseDetail, OverrideStep, WhyStep } from './support-hub-types';

const FIELD_LABELS: Record<string, string> = { provider: 'Provider', errorCode: 'Error code' };
export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

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
export function keyText(key: string): string {
  if (key.startsWith('split:')) return 'split out by hand';
  return keyParts(key)
    .map(({ field, value }) => `${fieldLabel(field).toLowerCase()} ${value}`)
    .join(' · ');
}

const quote = (value: string | null) => (value === null ? 'nothing' : `“${value}”`);

/** One step from what the CRM sent to the key: `Provider “VODAFONE UK” → “vodafone” (alias rule #3)`. */
export function stepText(step: WhyStep): string {
  const label = fieldLabel(step.field);
  switch (step.action) {
    case 'missing':
      return `${label}: the CRM sent none → “${step.to}”`;
    case 'normalized':
      return `${label} ${quote(step.from)} → ${quote(step.to)} (spelling normalized)`;
    default: {
      const kind = step.action === 'alias' ? 'alias' : 'rewrite';
      const rule = step.ruleId !== null ? `${kind} rule #${step.ruleId}` : `a ${kind} rule`;
      return `${label} ${quote(step.from)} → ${quote(step.to)} (${rule}${step.ruleText ? `: ${step.ruleText}` : ''})`;
    }
  }
}

/** A person's correction: `Split out by anna on 23 Nov 2026: only eSIMs are affected`. */
export function overrideText(override: OverrideStep, formatDate: (iso: string) => string = shortDate): string {
  const when = formatDate(override.at);
  return override.kind === 'split'
    ? `Split out by ${override.by} on ${when}: ${override.reason}`
    : `Merged into ${keyText(override.intoKey)} by ${override.by} on ${when}: ${override.reason}`;
}

/** A group merged into this one: `#23 (provider vodafone · error code E2301) merged in by anna on …: same outage`. */
export function mergedInText(merge: AggregatedCaseDetail['merges'][number], formatDate: (iso: string) => string = shortDate): string {
  return `#${merge.fromAggregatedCaseId} (${keyText(merge.fromKey)}) merged in by ${merge.by} on ${formatDate(merge.at)}: ${merge.reason}`;
}
