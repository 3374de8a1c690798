import { DomainError, invalid, type FieldProblem } from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import { normalizedNumber, numbersInRange, rangeSize } from '../resource/number-format.js';
import { PORTING_STATES, type PortingState, type ResourceType } from '../resource/number-resource.entity.js';

/** One number of an import, checked and normalized. */
export interface ImportLine {
  value: string;
  portedIn: boolean;
  donorOperator: string | null;
  portingState: PortingState | null;
}

/** Problems named per line, at most this many (the rest counted), so a bad file answers briefly. */
const MAX_PROBLEMS = 20;

export const importTooLarge = (count: bigint | number, max: number) =>
  new DomainError(
    'PayloadTooLarge',
    INVENTORY_ERRORS.IMPORT_TOO_LARGE,
    `An import brings at most ${max} numbers (NUMBER_IMPORT_MAX); this one has ${count}`,
  );

function badLines(problems: FieldProblem[], more: number) {
  const first = problems[0];
  const rest = problems.length - 1 + more;
  return invalid(
    INVENTORY_ERRORS.INVALID_IMPORT_LINE,
    `${first.field}: ${first.message}${rest ? ` (and ${rest} more line${rest > 1 ? 's' : ''})` : ''}; nothing was imported`,
    problems,
  );
}

/**
 * The numbers of a range, all or none: 400 naming `from` or `to` when either is not a number of the
 * type or they differ in length or order; 413 over `max` (before any is generated).
 */
export function linesOfRange(type: ResourceType, from: string, to: string, max: number): ImportLine[] {
  const ends = { from: normalizedNumber(type, from), to: normalizedNumber(type, to) };
  const problems: FieldProblem[] = [];
  for (const [field, end] of Object.entries(ends)) if ('problem' in end) problems.push({ field, message: end.problem });
  if (problems.length) throw invalid(INVENTORY_ERRORS.INVALID_IMPORT_LINE, `${problems[0].field} ${problems[0].message}`, problems);
  const [first, last] = [(ends.from as { value: string }).value, (ends.to as { value: string }).value];
  if (first.length !== last.length || rangeSize(type, first, last) === 0n)
    throw invalid(INVENTORY_ERRORS.INVALID_IMPORT_LINE, 'to must be a number of the same length as from, and not before it', [
      { field: 'to', message: 'must have as many digits as from and not be before it' },
    ]);
  const size = rangeSize(type, first, last);
  if (size > BigInt(max)) throw importTooLarge(size, max);
  return Array.from(numbersInRange(type, first, last), (value) => ({ value, portedIn: false, donorOperator: null, portingState: null }));
}

/**
 * The numbers of a CSV upload: one a line, `number[,donorOperator[,portingState]]` (a donor operator
 * tags it as ported in); blank lines and a header line (`number,…`) are skipped. Every bad line is
 * named (`line 7`), and then nothing is imported; more lines than `max` is 413.
 */
export function linesOfCsv(type: ResourceType, text: string, max: number): ImportLine[] {
  const rows = text.split(/\r?\n/);
  const lines: ImportLine[] = [];
  const problems: FieldProblem[] = [];
  let more = 0;
  const problem = (field: string, message: string) => (problems.length < MAX_PROBLEMS ? problems.push({ field, message }) : (more += 1));
  rows.forEach((row, index) => {
    const cells = row.split(/[,;]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (!cells[0] || (index === 0 && /^[A-Za-z]/.test(cells[0]))) return;
    const field = `line ${index + 1}`;
    if (cells.length > 3) return void problem(field, 'has more than 3 columns (number, donor operator, porting state)');
    const number = normalizedNumber(type, cells[0]);
    if ('problem' in number) return void problem(field, `"${cells[0].slice(0, 30)}" ${number.problem}`);
    const donorOperator = cells[1] || null;
    const portingState = (cells[2] || null) as PortingState | null;
    if (donorOperator && donorOperator.length > 100) return void problem(field, 'has a donor operator over 100 characters');
    if (portingState && !PORTING_STATES.includes(portingState))
      return void problem(field, `has a porting state not one of ${PORTING_STATES.join(', ')}`);
    lines.push({
      value: number.value,
      portedIn: donorOperator !== null,
      donorOperator,
      portingState: donorOperator ? (portingState ?? 'completed') : portingState,
    });
  });
  if (problems.length) throw badLines(problems, more);
  if (lines.length > max) throw importTooLarge(lines.length, max);
  if (!lines.length)
    throw invalid(INVENTORY_ERRORS.INVALID_IMPORT_LINE, 'The file has no numbers', [{ field: 'line 1', message: 'must hold a number' }]);
  return lines;
}
