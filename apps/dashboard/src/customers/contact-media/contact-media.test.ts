import { describe, expect, it } from 'vitest';
import type { ContactMedium } from '../customer-types';
import { describeMedium, emptyRow, mediaChanged, preferRow, removeRow, toMedia, toRows } from './contact-media';

const media: ContactMedium[] = [
  { mediumType: 'email', preferred: true, characteristic: { emailAddress: 'maria@example.com' } },
  { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: '+447700900123' } },
  { mediumType: 'email', preferred: false, characteristic: { emailAddress: 'work@example.com' } },
  {
    mediumType: 'postalAddress',
    preferred: false,
    characteristic: { street1: '25 Station Road', city: 'London', postCode: 'NW1 6XE', country: 'GB' },
  },
];

describe('contact media rows', () => {
  it('round-trips what was read, and notices no change', () => {
    const rows = toRows(media);
    expect(toMedia(rows)).toEqual(media);
    expect(mediaChanged(media, rows)).toBe(false);
  });

  it('trims values and leaves empty inputs out', () => {
    const rows = toRows([
      { mediumType: 'postalAddress', preferred: false, characteristic: { street1: '  1 Main St ', street2: '  ', city: 'Riga' } },
    ]);
    expect(toMedia(rows)).toEqual([
      { mediumType: 'postalAddress', preferred: false, characteristic: { street1: '1 Main St', city: 'Riga' } },
    ]);
  });

  it('prefers a new row only when it is the first of its type', () => {
    const rows = toRows(media);
    expect(emptyRow('email', rows).preferred).toBe(false);
    expect(emptyRow('email', []).preferred).toBe(true);
  });

  it('keeps one preferred medium per type', () => {
    const rows = toRows(media);
    const next = preferRow(rows, rows[2].key);
    expect(next.map((row) => row.preferred)).toEqual([false, true, true, false]);
    expect(mediaChanged(media, next)).toBe(true);
  });

  it('hands the preference on when the preferred one is removed', () => {
    const rows = toRows(media);
    const next = removeRow(rows, rows[0].key);
    expect(next).toHaveLength(3);
    expect(next.find((row) => row.mediumType === 'email')?.preferred).toBe(true);
  });

  it('describes each medium in one line', () => {
    expect(media.map(describeMedium)).toEqual([
      'maria@example.com',
      '+44 7700 900123',
      'work@example.com',
      '25 Station Road, NW1 6XE London, GB',
    ]);
  });
});
