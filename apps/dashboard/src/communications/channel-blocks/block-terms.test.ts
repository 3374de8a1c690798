import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../i18n/format';
import { blockRequestOf, blockTerm } from './block-terms';

const now = new Date('2026-05-01T12:00:00Z');

describe('blockTerm', () => {
  it('says how long a block lasts', () => {
    expect(blockTerm({ permanent: true, until: null, active: true })).toBe('Permanently');
    expect(blockTerm({ permanent: false, until: '2030-01-01T00:00:00.000+00:00', active: true })).toBe(
      `Until ${formatDateTime('2030-01-01T00:00:00Z', 'en')}`,
    );
    expect(blockTerm({ permanent: false, until: '2026-01-01T00:00:00.000+00:00', active: false })).toMatch(/^Ended /);
  });
});

describe('blockRequestOf', () => {
  it('blocks permanently without an end', () => {
    expect(
      blockRequestOf(
        7,
        { sendChannelTypeId: 1, duration: 'permanent', untilLocal: '2030-01-01T10:00', reason: '  Просил не присылать SMS ' },
        now,
      ),
    ).toEqual({
      request: { clientId: 7, sendChannelTypeId: 1, until: null, reason: 'Просил не присылать SMS' },
    });
  });

  it('blocks until a future local date-time, sent as an instant', () => {
    const result = blockRequestOf(
      7,
      { sendChannelTypeId: 3, duration: 'temporary', untilLocal: '2030-01-01T10:00', reason: 'Отпуск' },
      now,
    );
    expect(result).toEqual({
      request: { clientId: 7, sendChannelTypeId: 3, until: new Date(2030, 0, 1, 10, 0).toISOString(), reason: 'Отпуск' },
    });
  });

  it('names each thing to fix', () => {
    expect(blockRequestOf(7, { sendChannelTypeId: '', duration: 'temporary', untilLocal: '', reason: ' ' }, now)).toEqual({
      problems: {
        sendChannelTypeId: 'Choose the channel to block',
        untilLocal: 'Enter the date and time the block ends',
        reason: 'Say why (the client asked, a complaint…)',
      },
    });
    expect(blockRequestOf(7, { sendChannelTypeId: 1, duration: 'temporary', untilLocal: '2020-01-01T10:00', reason: 'x' }, now)).toEqual({
      problems: { untilLocal: 'must be in the future' },
    });
  });
});
