/**
 * Where an import is: its CSV file going out (bytes sent of all), or the server checking and writing
 * its numbers (it answers once, with the report, when all are in).
 */
export type ImportStage = { stage: 'sending'; sent: number; total: number } | { stage: 'checking'; count: number; of: 'lines' | 'numbers' };

type Translate = (key: string, options?: Record<string, unknown>) => string;

const K = 'contactly.numbers.import.progress';
const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** The whole percent sent, 100 only once every byte is: `41.9 %` of a file shows as 41. */
export function uploadPercent(sent: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.max(0, Math.min(100, Math.floor((sent / total) * 100)));
}

/** The unit (powers of 1000) that shows the total in at most three digits, and the divisor for it. */
function unitFor(total: number): { unit: (typeof UNITS)[number]; divisor: number } {
  let index = 0;
  while (index < UNITS.length - 1 && total >= 1000 ** (index + 1)) index += 1;
  return { unit: UNITS[index], divisor: 1000 ** index };
}

/** Bytes sent of all, in one unit chosen by the total: `{sent: '1.2', total: '2.9', unit: 'MB'}` (whole bytes below 1 KB). */
export function byteAmounts(sent: number, total: number, locale: string) {
  const { unit, divisor } = unitFor(total);
  const digits = unit === 'B' ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  // Rounded down, so that a file not yet fully sent never reads "2.9 of 2.9 MB".
  const floor = (value: number) => Math.floor((value / divisor) * 10 ** digits) / 10 ** digits;
  return { sent: number.format(floor(Math.min(sent, total))), total: number.format(total / divisor), unit };
}

/** The progress bar's value: the percent sent; undefined while the server works (a running bar). */
export const stagePercent = (stage: ImportStage): number | undefined =>
  stage.stage === 'sending' ? uploadPercent(stage.sent, stage.total) : undefined;

/** What the import is doing, in words: `Sending 42% (1.2 of 2.9 MB)`, `Sent. Checking 25,000 lines and importing them…`. */
export function stageText(stage: ImportStage, locale: string, translate: Translate): string {
  if (stage.stage === 'sending') {
    const amounts = byteAmounts(stage.sent, stage.total, locale);
    return translate(`${K}.sending`, {
      _: 'Sending %{percent} (%{sent} of %{total} %{unit})',
      percent: new Intl.NumberFormat(locale, { style: 'percent' }).format(uploadPercent(stage.sent, stage.total) / 100),
      sent: amounts.sent,
      total: amounts.total,
      unit: translate(`${K}.units.${amounts.unit}`, { _: amounts.unit }),
    });
  }
  const count = new Intl.NumberFormat(locale).format(stage.count);
  return stage.of === 'lines'
    ? translate(`${K}.checking_lines`, {
        _: 'Sent. Checking %{count} line and importing it… |||| Sent. Checking %{count} lines and importing them…',
        count,
        smart_count: stage.count,
      })
    : translate(`${K}.checking_numbers`, {
        _: 'Checking and importing %{count} number… |||| Checking and importing %{count} numbers…',
        count,
        smart_count: stage.count,
      });
}

/**
 * The lines of a CSV import that hold a number, counted as the server reads them: blank lines and a
 * header line (a first line starting with a letter) do not count; bad lines do (the server names them).
 */
export function numberLines(text: string): number {
  let count = 0;
  text.split(/\r?\n/).forEach((row, index) => {
    const first = row
      .split(/[,;]/)[0]
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (first && !(index === 0 && /^[A-Za-z]/.test(first))) count += 1;
  });
  return count;
}
