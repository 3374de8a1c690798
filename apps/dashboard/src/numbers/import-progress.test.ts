import { describe, expect, it } from 'vitest';
import { byteAmounts, numberLines, stagePercent, stageText, uploadPercent } from './import-progress';

/** Polyglot's way with the English default: `%{name}` filled in, the plural form by smart_count. */
const translate = (_key: string, options: Record<string, unknown> = {}) => {
  const forms = String(options._).split(' |||| ');
  const form = forms.length > 1 && options.smart_count !== 1 ? forms[1] : forms[0];
  return form.replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name]));
};
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('upload progress', () => {
  it('is a whole percent, 100 only when every byte is sent', () => {
    expect(uploadPercent(0, 2_900_000)).toBe(0);
    expect(uploadPercent(1_218_000, 2_900_000)).toBe(42);
    expect(uploadPercent(2_899_999, 2_900_000)).toBe(99);
    expect(uploadPercent(2_900_000, 2_900_000)).toBe(100);
    expect(uploadPercent(3_000_000, 2_900_000)).toBe(100);
    expect(uploadPercent(10, 0)).toBe(0);
  });

  it('names bytes in the unit of the total, never rounding up to it before the end', () => {
    expect(byteAmounts(1_218_000, 2_900_000, 'en')).toEqual({ sent: '1.2', total: '2.9', unit: 'MB' });
    expect(byteAmounts(2_899_999, 2_900_000, 'en')).toEqual({ sent: '2.8', total: '2.9', unit: 'MB' });
    expect(byteAmounts(512, 900, 'en')).toEqual({ sent: '512', total: '900', unit: 'B' });
    expect(byteAmounts(20_000, 45_500, 'en')).toEqual({ sent: '20.0', total: '45.5', unit: 'KB' });
    expect(byteAmounts(1_500_000_000, 3_000_000_000, 'en')).toEqual({ sent: '1.5', total: '3.0', unit: 'GB' });
    expect(byteAmounts(1_218_000, 2_900_000, 'ru')).toEqual({ sent: '1,2', total: '2,9', unit: 'MB' });
  });

  it('is said with the percent and the amounts, in the reader’s number format', () => {
    const sending = { stage: 'sending', sent: 1_218_000, total: 2_900_000 } as const;
    expect(stageText(sending, 'en', translate)).toBe('Sending 42% (1.2 of 2.9 MB)');
    expect(spaces(stageText(sending, 'ru', translate))).toBe('Sending 42 % (1,2 of 2,9 MB)');
    expect(stagePercent(sending)).toBe(42);
  });

  it('asks for the unit by its key, so each language names it', () => {
    const keys: string[] = [];
    stageText({ stage: 'sending', sent: 1, total: 2_000 }, 'ru', (key, options) => {
      keys.push(key);
      return translate(key, options);
    });
    expect(keys).toEqual(['contactly.numbers.import.progress.units.KB', 'contactly.numbers.import.progress.sending']);
  });
});

describe('the server’s part', () => {
  it('says how many lines or numbers it is checking, with no percent (a running bar)', () => {
    const lines = { stage: 'checking', count: 25_000, of: 'lines' } as const;
    expect(stageText(lines, 'en', translate)).toBe('Sent. Checking 25,000 lines and importing them…');
    expect(stageText({ ...lines, count: 1 }, 'en', translate)).toBe('Sent. Checking 1 line and importing it…');
    expect(stageText({ stage: 'checking', count: 25, of: 'numbers' }, 'en', translate)).toBe('Checking and importing 25 numbers…');
    expect(stagePercent(lines)).toBeUndefined();
  });

  it('counts the lines of a CSV as the server reads them: no header, no blank lines', () => {
    expect(numberLines('number,donorOperator\n4915100000001\n\n4915100000002,Telekom\r\nabc\n')).toBe(3);
    expect(numberLines('4915100000001\n4915100000002')).toBe(2);
    expect(numberLines('"4915100000001";x\n ,\n')).toBe(1);
    expect(numberLines('')).toBe(0);
  });
});
