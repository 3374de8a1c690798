import { describe, expect, it } from 'vitest';
import {
  clientFilterOf,
  type ComposeDraft,
  draftFieldOf,
  draftFor,
  EMPTY_DRAFT,
  problemsAfter,
  sendRequestOf,
  variablesOf,
} from './compose-draft';

const NOW = new Date('2026-06-02T10:00:00Z');
const maria = { clientId: 2, label: 'Мария Иванова (#2) · maria@example.com' };
const oleg = { clientId: 5, label: 'Олег Петров (#5)' };

const draft = (change: Partial<ComposeDraft> = {}): ComposeDraft => ({
  ...EMPTY_DRAFT,
  name: '  Осенний опрос ',
  communicationTypeId: 4,
  sendChannelTypeId: 3,
  documentId: 1,
  clients: [maria, oleg],
  ...change,
});

/** A local datetime-input value of an instant (the browser's zone, as the input speaks). */
const local = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('sendRequestOf', () => {
  it('sends to the picked clients now, trimmed, with only what was given', () => {
    expect(sendRequestOf(draft(), NOW)).toEqual({
      request: { name: 'Осенний опрос', communicationTypeId: 4, sendChannelTypeId: 3, documentId: 1, recipients: { clientIds: [2, 5] } },
    });
  });

  it('adds the department, the common variables and one time for all', () => {
    const { request } = sendRequestOf(
      draft({
        departmentId: 3,
        variables: [{ name: 'promoCode', value: 'AUTUMN26' }],
        scheduleMode: 'at',
        at: local('2026-06-03T07:00:00Z'),
      }),
      NOW,
    );
    expect(request).toMatchObject({ departmentId: 3, variables: { promoCode: 'AUTUMN26' }, schedule: { at: '2026-06-03T07:00:00.000Z' } });
  });

  it('gives each client their own time; a client without one goes at once', () => {
    const { request } = sendRequestOf(draft({ scheduleMode: 'perClient', perClient: { 5: local('2026-06-02T18:00:00Z') } }), NOW);
    expect(request?.schedule).toEqual({ perClient: [{ clientId: 5, at: '2026-06-02T18:00:00.000Z' }] });
  });

  it('sends to a saved group or to the clients a filter selects', () => {
    expect(sendRequestOf(draft({ recipientMode: 'group', groupId: 7 }), NOW).request?.recipients).toEqual({ groupId: 7 });
    expect(
      sendRequestOf(
        draft({ recipientMode: 'filter', filter: { lastName: ' Иванова ', available: 'true', createdFrom: '', createdTo: '' } }),
        NOW,
      ).request?.recipients,
    ).toEqual({
      filter: { lastName: 'Иванова', available: 'true' },
    });
  });

  it('names what is missing next to its input, and sends nothing', () => {
    expect(sendRequestOf({ ...EMPTY_DRAFT }, NOW).problems).toEqual({
      name: 'Name the communication (recipients do not see it; it names the mailing)',
      communicationTypeId: 'Choose the type',
      sendChannelTypeId: 'Choose the channel',
      documentId: 'Choose what to send',
      recipients: 'Pick at least one client',
    });
    expect(sendRequestOf(draft({ recipientMode: 'group' }), NOW).problems).toEqual({ recipients: 'Pick a saved group' });
  });

  it('asks someone who is no employee for the department', () => {
    expect(sendRequestOf(draft(), NOW, { departmentRequired: true }).problems).toEqual({
      departmentId: 'You are no department’s employee: choose the department you send for',
    });
    expect(sendRequestOf(draft({ departmentId: 3 }), NOW, { departmentRequired: true }).request?.departmentId).toBe(3);
  });

  it('refuses a time that has passed, or that is not a time', () => {
    expect(sendRequestOf(draft({ scheduleMode: 'at', at: local('2026-06-02T09:00:00Z') }), NOW).problems?.schedule).toMatch(/has passed/);
    expect(sendRequestOf(draft({ scheduleMode: 'at', at: '' }), NOW).problems?.schedule).toBe('Choose the date and time to send at');
    expect(
      sendRequestOf(draft({ scheduleMode: 'perClient', perClient: { 2: local('2026-06-01T09:00:00Z') } }), NOW).problems?.schedule,
    ).toBe(`The time for ${maria.label} has passed`);
    expect(sendRequestOf(draft({ scheduleMode: 'perClient' }), NOW).problems?.schedule).toBe(
      'Give at least one client a time, or send now',
    );
    expect(sendRequestOf(draft({ scheduleMode: 'perClient', recipientMode: 'group', groupId: 7 }), NOW).problems?.schedule).toBe(
      'A time per client needs clients picked by search',
    );
  });

  it('refuses variables that are not names, repeat, or have a value without a name', () => {
    expect(sendRequestOf(draft({ variables: [{ name: 'promo code', value: 'x' }] }), NOW).problems?.variables).toMatch(
      /not a variable name/,
    );
    expect(
      sendRequestOf(
        draft({
          variables: [
            { name: 'a', value: '1' },
            { name: 'a', value: '2' },
          ],
        }),
        NOW,
      ).problems?.variables,
    ).toBe('«a» is given twice');
    expect(sendRequestOf(draft({ variables: [{ name: '', value: 'x' }] }), NOW).problems?.variables).toBe(
      'A value needs the name of its variable',
    );
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `v${i}`, value: 'x' }));
    expect(sendRequestOf(draft({ variables: many }), NOW).problems?.variables).toBe('At most 50 variables');
    expect(sendRequestOf(draft({ variables: [{ name: 'long', value: 'я'.repeat(10_001) }] }), NOW).problems?.variables).toBe(
      'The values hold 10,001 characters; at most 10,000 in all',
    );
    // An empty row is left out, not refused.
    expect(sendRequestOf(draft({ variables: [{ name: '', value: '' }] }), NOW).request?.variables).toBeUndefined();
  });
});

describe('clientFilterOf', () => {
  it('leaves out what is not filtered and takes creation dates as whole local days', () => {
    expect(clientFilterOf({ lastName: '', available: '', createdFrom: '', createdTo: '' })).toEqual({});
    const filter = clientFilterOf({ lastName: '', available: 'false', createdFrom: '2026-01-01', createdTo: '2026-01-31' });
    expect(filter.available).toBe('false');
    expect(filter['createTime.gte']).toBe(new Date(2026, 0, 1).toISOString());
    expect(filter['createTime.lt']).toBe(new Date(2026, 1, 1).toISOString());
  });
});

describe('variablesOf', () => {
  it('keeps named rows, trimmed', () => {
    expect(
      variablesOf([
        { name: ' city ', value: 'Москва' },
        { name: '', value: '' },
      ]),
    ).toEqual({ city: 'Москва' });
  });
});

describe('draftFieldOf', () => {
  it('puts the server’s field problems next to the page’s inputs', () => {
    expect(draftFieldOf('recipients.clientIds')).toBe('recipients');
    expect(draftFieldOf('schedule.perClient[0].at')).toBe('schedule');
    expect(draftFieldOf('variables.promo code')).toBe('variables');
    expect(draftFieldOf('recipientVariables.2')).toBe('variables');
    expect(draftFieldOf('sendChannelTypeId')).toBe('sendChannelTypeId');
    expect(draftFieldOf('somethingElse')).toBeUndefined();
  });
});

describe('problemsAfter', () => {
  it('clears the objection of the edited input only', () => {
    const problems = { name: 'Name it', recipients: 'Pick at least one client', schedule: 'passed' };
    expect(problemsAfter(problems, { clients: [maria] })).toEqual({ name: 'Name it', schedule: 'passed' });
    expect(problemsAfter(problems, { at: '2026-06-03T10:00' })).toEqual({ name: 'Name it', recipients: 'Pick at least one client' });
    expect(problemsAfter(problems, {})).toEqual(problems);
  });
});

describe('draftFor', () => {
  it('starts with the client the page was opened for, and empty otherwise', () => {
    expect(draftFor({ recipient: maria }).clients).toEqual([maria]);
    expect(draftFor(null)).toEqual(EMPTY_DRAFT);
    expect(draftFor({ recipient: { clientId: 'x' } })).toEqual(EMPTY_DRAFT);
  });
});
