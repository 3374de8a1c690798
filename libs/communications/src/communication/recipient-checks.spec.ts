import type { ClientFacts } from '../client/client-directory.js';
import {
  type ApplicableRules,
  type Circumstances,
  planRecipient,
  type PlanInput,
  QuietHoursClock,
  RENDERED_MAX,
  valuesFor,
} from './recipient-checks.js';

const client = (overrides: Partial<ClientFacts> = {}): ClientFacts => ({
  clientId: 7,
  firstName: 'Мария',
  lastName: 'Иванова',
  fullName: 'Мария Иванова',
  birthDate: null,
  email: 'maria@example.com',
  phone: '+79161234567',
  status: 'active',
  statusReason: null,
  available: true,
  timeZone: null,
  socialMedia: null,
  ...overrides,
});
const nothing: Circumstances = { blocks: [], holdings: [], recentSends: [], pushable: false };
const rules = (overrides: Partial<ApplicableRules> = {}): ApplicableRules => ({
  allowed: true,
  quietHours: [],
  caps: [],
  defaultTimeZone: 'Europe/Moscow',
  purpose: 'marketing',
  ...overrides,
});
const NIGHT = { quiet: { start: '21:00', end: '09:00' }, ruleTimeZone: 'Europe/Moscow', ruleName: 'Основное' };
// 12:00 in Moscow.
const NOON = new Date('2026-01-15T09:00:00Z');

function plan(overrides: Partial<PlanInput> = {}) {
  const applicable = overrides.rules === undefined ? rules() : overrides.rules;
  const who = overrides.client ?? client();
  return planRecipient({
    client: who,
    kind: 'email',
    channelName: 'Email',
    requestedAt: NOON,
    rules: applicable,
    clock: new QuietHoursClock(applicable),
    circumstances: nothing,
    content: { subject: '{{firstName}}, вопрос', body: 'Здравствуйте, {{firstName}}! Код {{code}}', template: true },
    values: valuesFor(who, { code: 'A1' }, undefined),
    ...overrides,
  });
}

describe('recipient checks', () => {
  it('schedules a reachable client at the asked time with the text rendered for them', () => {
    expect(plan()).toMatchObject({
      status: 'scheduled',
      findings: [],
      recorded: null,
      scheduledAt: NOON,
      address: 'maria@example.com',
      subject: 'Мария, вопрос',
      body: 'Здравствуйте, Мария! Код A1',
      timeZone: 'Europe/Moscow',
    });
  });

  it('records the first reason to skip, keeping every finding', () => {
    const result = plan({ client: client({ available: false, email: null }), rules: rules({ allowed: false }) });
    expect(result.status).toBe('skipped');
    expect(result.findings.map((f) => f.code)).toEqual(['RULE_NOT_ALLOWED', 'CLIENT_UNAVAILABLE', 'NO_ADDRESS']);
    expect(result.recorded?.code).toBe('RULE_NOT_ALLOWED');
  });

  it('skips a suspended or closed customer for marketing, with the status and its reason, but not for service', () => {
    const suspended = client({ status: 'suspended', statusReason: 'Payment overdue' });
    const marketing = plan({ client: suspended });
    expect(marketing.status).toBe('skipped');
    expect(marketing.recorded).toEqual({
      code: 'CUSTOMER_NOT_ACTIVE',
      message: 'Customer 7 is suspended (Payment overdue): only service communications reach a suspended or closed customer',
    });
    expect(plan({ client: suspended, rules: rules({ purpose: 'service' }) }).status).toBe('scheduled');
    expect(plan({ client: client({ status: 'closed' }) }).recorded?.code).toBe('CUSTOMER_NOT_ACTIVE');
    expect(plan({ client: client({ status: 'pending' }) }).status).toBe('scheduled');
    // Without a type (a reachability check that names none) the purpose is unknown: nothing to judge.
    expect(plan({ client: suspended, rules: rules({ purpose: null }) }).status).toBe('scheduled');
  });

  it('judges blocks and bookings at the send time: one that ends before it does not count', () => {
    const until = new Date('2026-01-15T10:00:00Z');
    const blocked = { ...nothing, blocks: [{ until, reason: 'Жалоба' }] };
    expect(plan({ circumstances: blocked }).recorded?.code).toBe('CHANNEL_BLOCKED');
    expect(plan({ circumstances: blocked, requestedAt: new Date('2026-01-15T11:00:00Z') }).status).toBe('scheduled');
    expect(plan({ circumstances: { ...nothing, blocks: [{ until: null, reason: 'Навсегда' }] } }).recorded?.message).toContain(
      'permanently: Навсегда',
    );
    const booked = { ...nothing, holdings: [{ beforeDate: until, bookingId: 3, holder: 'the department «Продажи»' }] };
    expect(plan({ circumstances: booked }).recorded).toMatchObject({
      code: 'CLIENT_BOOKED',
      message: expect.stringContaining('«Продажи»'),
    });
    expect(plan({ circumstances: booked, requestedAt: new Date('2026-01-15T11:00:00Z') }).status).toBe('scheduled');
  });

  it('reports each variable without a value, for that recipient only', () => {
    const result = plan({ values: valuesFor(client({ firstName: null }), {}, undefined) });
    expect(result.recorded).toEqual({ code: 'MISSING_VARIABLE', message: 'No value for {{firstName}}, {{code}} for client 7' });
    expect(plan({ values: valuesFor(client(), {}, { code: 'Z9' }) }).body).toBe('Здравствуйте, Мария! Код Z9');
  });

  it('skips a recipient whose values make the text longer than a communication holds, keeping none of it', () => {
    const long = plan({ values: valuesFor(client(), {}, { code: 'Щ'.repeat(RENDERED_MAX.body) }) });
    expect(long).toMatchObject({ status: 'skipped', body: null, subject: null, recorded: { code: 'CONTENT_TOO_LONG' } });
    expect(plan({ values: valuesFor(client(), {}, { code: 'Щ'.repeat(RENDERED_MAX.body - 100) }) }).status).toBe('scheduled');
  });

  it('finds the address a channel needs: email, a phone for SMS and messengers, a login for push, an account for social', () => {
    expect(plan({ kind: 'sms' }).address).toBe('+79161234567');
    expect(plan({ kind: 'messenger' }).address).toBe('+79161234567');
    expect(plan({ kind: 'push' }).recorded?.code).toBe('NO_ADDRESS');
    expect(plan({ kind: 'push', circumstances: { ...nothing, pushable: true } }).address).toBe('client:7');
    expect(plan({ kind: 'social' }).recorded).toEqual({ code: 'NO_ADDRESS', message: 'Client 7 has no social-media account for Email' });
    // The first network in alphabetical order, whatever order the accounts came in.
    const social = plan({ kind: 'social', client: client({ socialMedia: { vk: 'id12345', telegram: '@ivan_petrov' } }) });
    expect(social).toMatchObject({ status: 'scheduled', findings: [], address: 'telegram:@ivan_petrov' });
  });

  it('moves a send out of quiet hours in the client’s zone (else the rule’s), and records the move', () => {
    const evening = new Date('2026-01-15T19:00:00Z');
    const moved = plan({ requestedAt: evening, rules: rules({ quietHours: [NIGHT] }) });
    expect(moved).toMatchObject({
      status: 'scheduled',
      requestedAt: evening,
      scheduledAt: new Date('2026-01-16T06:00:00Z'),
      recorded: { code: 'QUIET_HOURS' },
    });
    expect(
      plan({ requestedAt: evening, rules: rules({ quietHours: [NIGHT] }), client: client({ timeZone: 'Europe/London' }) }),
    ).toMatchObject({ scheduledAt: evening, recorded: null, timeZone: 'Europe/London' });
    // Two rules' windows: out of one, into the other, out again.
    const lunch = { quiet: { start: '09:00', end: '10:00' }, ruleTimeZone: 'Europe/Moscow', ruleName: 'Обед' };
    expect(plan({ requestedAt: evening, rules: rules({ quietHours: [NIGHT, lunch] }) }).scheduledAt).toEqual(
      new Date('2026-01-16T07:00:00Z'),
    );
  });

  it('applies frequency caps around the send time', () => {
    const caps = rules({ caps: [{ period: 'day', maxCount: 2, ruleName: 'Основное' }] });
    const once = { ...nothing, recentSends: [new Date('2026-01-15T01:00:00Z')] };
    expect(plan({ rules: caps, circumstances: once }).status).toBe('scheduled');
    const twice = { ...nothing, recentSends: [new Date('2026-01-15T01:00:00Z'), new Date('2026-01-16T08:00:00Z')] };
    expect(plan({ rules: caps, circumstances: twice }).recorded).toMatchObject({
      code: 'FREQUENCY_CAP',
      message: expect.stringContaining('at most 2 per day'),
    });
    const longAgo = { ...nothing, recentSends: [new Date('2026-01-13T01:00:00Z'), new Date('2026-01-14T08:00:00Z')] };
    expect(plan({ rules: caps, circumstances: longAgo }).status).toBe('scheduled');
  });

  it('checks only reachability when there are no rules and no content (the availability check)', () => {
    expect(plan({ rules: null, content: null })).toMatchObject({ status: 'scheduled', findings: [], body: null, timeZone: 'UTC' });
  });
});
