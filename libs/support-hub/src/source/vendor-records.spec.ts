import { mapBananaCase } from './banana-record.js';
import { mapStrawberryTicket } from './strawberry-record.js';

const banana = {
  case_id: 'BAN-000123',
  vendor: { name: 'VODAFONE UK', region: 'EU' },
  err_code: 'E-1234',
  state: 'OPEN',
  title: 'SIM activation fails',
  details: 'The new SIM stays inactive.',
  customer_ref: 'Maria.Smith0@mail.example',
  created_ms: 1760000000000,
  updated_ms: 1760000100000,
};

const strawberry = {
  id: 'st_7f3a',
  provider: { id: 'prv-12', displayName: 'Vodafone' },
  errorCode: 'e1234',
  status: 'pending',
  subject: 'SIM activation fails',
  body: 'The new SIM stays inactive.',
  customer: { email: 'maria.smith0@mail.example' },
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-11T08:00:00.000Z',
};

describe('mapBananaCase', () => {
  it('maps snake_case, epoch milliseconds and OPEN/CLOSED to the normalized case', () => {
    expect(mapBananaCase(banana)).toEqual({
      ok: true,
      value: {
        source: 'banana',
        externalId: 'BAN-000123',
        provider: 'VODAFONE UK',
        errorCode: 'E-1234',
        status: 'open',
        sourceStatus: 'OPEN',
        title: 'SIM activation fails',
        description: 'The new SIM stays inactive.',
        customerRef: 'maria.smith0@mail.example',
        createdAt: new Date(1760000000000),
        updatedAt: new Date(1760000100000),
      },
    });
    expect(mapBananaCase({ ...banana, state: 'CLOSED' })).toMatchObject({ ok: true, value: { status: 'closed' } });
  });

  it('keeps a case without vendor or error code (it is unclassified, not malformed)', () => {
    const { vendor: _vendor, err_code: _code, ...bare } = banana;
    expect(mapBananaCase(bare)).toMatchObject({ ok: true, value: { provider: null, errorCode: null } });
    expect(mapBananaCase({ ...banana, vendor: { region: 'EU' }, customer_ref: null })).toMatchObject({
      ok: true,
      value: { provider: null, customerRef: null },
    });
  });

  it.each([
    ['not an object', 'x', null],
    ['no id', { ...banana, case_id: undefined }, null],
    ['a numeric id', { ...banana, case_id: 123 }, null],
    ['an unknown state', { ...banana, state: 'WAITING' }, 'BAN-000123'],
    ['a time that is not epoch ms', { ...banana, updated_ms: '2026-01-01' }, 'BAN-000123'],
    ['a vendor that is a string', { ...banana, vendor: 'Vodafone' }, 'BAN-000123'],
    ['a title that is a number', { ...banana, title: 5 }, 'BAN-000123'],
  ])('rejects a record with %s, keeping its id when readable', (_case, raw, id) => {
    expect(mapBananaCase(raw)).toMatchObject({ ok: false, externalId: id, reason: expect.any(String) });
  });
});

describe('mapStrawberryTicket', () => {
  it('maps camelCase, ISO times, the nested provider and the four statuses', () => {
    expect(mapStrawberryTicket(strawberry)).toMatchObject({
      ok: true,
      value: {
        source: 'strawberry',
        externalId: 'st_7f3a',
        provider: 'Vodafone',
        errorCode: 'e1234',
        status: 'open',
        sourceStatus: 'pending',
        customerRef: 'maria.smith0@mail.example',
        updatedAt: new Date('2026-01-11T08:00:00.000Z'),
      },
    });
    for (const [status, normalized] of [
      ['open', 'open'],
      ['pending', 'open'],
      ['resolved', 'closed'],
      ['closed', 'closed'],
    ]) {
      expect(mapStrawberryTicket({ ...strawberry, status })).toMatchObject({ ok: true, value: { status: normalized } });
    }
  });

  it('keeps a ticket without provider, error code or customer', () => {
    const { provider: _provider, errorCode: _code, ...bare } = strawberry;
    expect(mapStrawberryTicket({ ...bare, customer: null })).toMatchObject({
      ok: true,
      value: { provider: null, errorCode: null, customerRef: null },
    });
  });

  it.each([
    ['no id', { ...strawberry, id: '' }, null],
    ['an unknown status', { ...strawberry, status: 'snoozed' }, 'st_7f3a'],
    ['a date that is not ISO', { ...strawberry, createdAt: 'yesterday' }, 'st_7f3a'],
    ['an epoch time', { ...strawberry, updatedAt: 1760000000000 }, 'st_7f3a'],
    ['a customer email that is not text', { ...strawberry, customer: { email: 5 } }, 'st_7f3a'],
  ])('rejects a ticket with %s', (_case, raw, id) => {
    expect(mapStrawberryTicket(raw)).toMatchObject({ ok: false, externalId: id });
  });
});
