import { instantOfLocal } from '../local-date-time';
import type { ClientOption } from '../clients/client-option';
import type { SendRequest } from '../sending/sending-types';

/** Recipients are picked one way: clients found by search, the client list's filters, or a saved group. */
export type RecipientMode = 'clients' | 'filter' | 'group';
export type ScheduleMode = 'now' | 'at' | 'perClient';

/** The client list's filters as the form holds them ('' = not filtered). */
export interface ClientFilterForm {
  lastName: string;
  available: '' | 'true' | 'false';
  /** Local dates (`YYYY-MM-DD`) of the client's creation, both inclusive. */
  createdFrom: string;
  createdTo: string;
}

export interface VariableRow {
  name: string;
  value: string;
}

/** Everything the compose page holds, as typed. Ids are '' until picked. */
export interface ComposeDraft {
  name: string;
  communicationTypeId: number | '';
  sendChannelTypeId: number | '';
  documentId: number | '';
  /** '' leaves it to the server: the sender's own department. */
  departmentId: number | '';
  variables: VariableRow[];
  recipientMode: RecipientMode;
  clients: ClientOption[];
  filter: ClientFilterForm;
  groupId: number | '';
  scheduleMode: ScheduleMode;
  /** Local date-time (`datetime-local`) of the one time for all. */
  at: string;
  /** Local date-time per picked client; a client without one goes at once. */
  perClient: Record<number, string>;
}

export const EMPTY_FILTER: ClientFilterForm = { lastName: '', available: 'true', createdFrom: '', createdTo: '' };

export const EMPTY_DRAFT: ComposeDraft = {
  name: '',
  communicationTypeId: '',
  sendChannelTypeId: '',
  documentId: '',
  departmentId: '',
  variables: [],
  recipientMode: 'clients',
  clients: [],
  filter: EMPTY_FILTER,
  groupId: '',
  scheduleMode: 'now',
  at: '',
  perClient: {},
};

/** The route state that opens the compose page with a recipient picked (from a client's 360 page). */
export interface ComposeFor {
  recipient?: ClientOption;
}

/** A new draft, to the recipient the page was opened for, if any. */
export const draftFor = (state: unknown): ComposeDraft => {
  const recipient = (state as ComposeFor | null)?.recipient;
  return recipient && Number.isInteger(recipient.clientId) && typeof recipient.label === 'string'
    ? { ...EMPTY_DRAFT, clients: [recipient] }
    : EMPTY_DRAFT;
};

/** The inputs of the page a problem can be shown next to. */
export type DraftField =
  'name' | 'communicationTypeId' | 'sendChannelTypeId' | 'documentId' | 'departmentId' | 'variables' | 'recipients' | 'schedule';

export type DraftProblems = Partial<Record<DraftField, string>>;

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** The common values are stored with the mailing: the API takes at most this many, this long in all. */
export const VARIABLES_MAX_COUNT = 50;
export const VARIABLES_MAX_TOTAL = 10_000;
/** Local midnight of a `YYYY-MM-DD`, as an instant. */
const startOfLocalDay = (date: string, plusDays = 0): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays).toISOString();
};

/**
 * The client list's filters (GET /api/v1/clients) the form's filter means; the same filters count
 * the recipients and select them in the send. Creation dates are whole local days.
 */
export function clientFilterOf(form: ClientFilterForm): Record<string, string> {
  const filter: Record<string, string> = {};
  if (form.lastName.trim()) filter.lastName = form.lastName.trim();
  if (form.available) filter.available = form.available;
  const from = startOfLocalDay(form.createdFrom);
  const to = startOfLocalDay(form.createdTo, 1);
  if (from) filter['createTime.gte'] = from;
  if (to) filter['createTime.lt'] = to;
  return filter;
}

/** The common template values as the API takes them: named rows only, the later row of a name wins. */
export function variablesOf(rows: readonly VariableRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value]));
}

function variableProblem(rows: readonly VariableRow[]): string | undefined {
  const names = rows.map((row) => row.name.trim()).filter(Boolean);
  const bad = names.find((name) => !VARIABLE_NAME.test(name));
  if (bad) return `«${bad}» is not a variable name: letters, digits, _ and dots, e.g. promoCode`;
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) return `«${repeated}» is given twice`;
  if (rows.some((row) => !row.name.trim() && row.value)) return 'A value needs the name of its variable';
  if (names.length > VARIABLES_MAX_COUNT) return `At most ${VARIABLES_MAX_COUNT} variables`;
  const total = rows.reduce((sum, row) => sum + (row.name.trim() ? row.value.length : 0), 0);
  if (total > VARIABLES_MAX_TOTAL)
    return `The values hold ${total.toLocaleString('en')} characters; at most ${VARIABLES_MAX_TOTAL.toLocaleString('en')} in all`;
  return undefined;
}

function recipientsOf(draft: ComposeDraft): { recipients?: SendRequest['recipients']; problem?: string } {
  switch (draft.recipientMode) {
    case 'clients':
      return draft.clients.length
        ? { recipients: { clientIds: draft.clients.map((client) => client.clientId) } }
        : { problem: 'Pick at least one client' };
    case 'group':
      return draft.groupId === '' ? { problem: 'Pick a saved group' } : { recipients: { groupId: draft.groupId } };
    case 'filter':
      return { recipients: { filter: clientFilterOf(draft.filter) } };
  }
}

function scheduleOf(draft: ComposeDraft, now: Date): { schedule?: SendRequest['schedule']; problem?: string } {
  const inPast = (instant: string) => new Date(instant).getTime() < now.getTime();
  if (draft.scheduleMode === 'now') return {};
  if (draft.scheduleMode === 'at') {
    const at = instantOfLocal(draft.at);
    if (!at) return { problem: 'Choose the date and time to send at' };
    if (inPast(at)) return { problem: 'That time has passed: choose a later one, or send now' };
    return { schedule: { at } };
  }
  if (draft.recipientMode !== 'clients') return { problem: 'A time per client needs clients picked by search' };
  const perClient: { clientId: number; at: string }[] = [];
  for (const client of draft.clients) {
    const local = draft.perClient[client.clientId];
    if (!local) continue;
    const at = instantOfLocal(local);
    if (!at) return { problem: `The time for ${client.label} is not a date and time` };
    if (inPast(at)) return { problem: `The time for ${client.label} has passed` };
    perClient.push({ clientId: client.clientId, at });
  }
  if (!perClient.length) return { problem: 'Give at least one client a time, or send now' };
  return { schedule: { perClient } };
}

/**
 * The send request the draft describes, or the problems to fix first (said next to their inputs).
 * The server checks everything again; these checks only spare a round trip for what is plainly missing.
 */
export function sendRequestOf(
  draft: ComposeDraft,
  now: Date,
  /** The sender is no department's employee, so the department must be named. */
  { departmentRequired = false }: { departmentRequired?: boolean } = {},
): { request: SendRequest; problems?: undefined } | { request?: undefined; problems: DraftProblems } {
  const problems: DraftProblems = {};
  if (!draft.name.trim()) problems.name = 'Name the communication (recipients do not see it; it names the mailing)';
  if (draft.communicationTypeId === '') problems.communicationTypeId = 'Choose the type';
  if (draft.sendChannelTypeId === '') problems.sendChannelTypeId = 'Choose the channel';
  if (draft.documentId === '') problems.documentId = 'Choose what to send';
  if (departmentRequired && draft.departmentId === '')
    problems.departmentId = 'You are no department’s employee: choose the department you send for';
  const variables = variableProblem(draft.variables);
  if (variables) problems.variables = variables;
  const { recipients, problem: recipientProblem } = recipientsOf(draft);
  if (recipientProblem) problems.recipients = recipientProblem;
  const { schedule, problem: scheduleProblem } = scheduleOf(draft, now);
  if (scheduleProblem) problems.schedule = scheduleProblem;
  if (Object.keys(problems).length || !recipients) return { problems };

  const values = variablesOf(draft.variables);
  return {
    request: {
      name: draft.name.trim(),
      communicationTypeId: Number(draft.communicationTypeId),
      sendChannelTypeId: Number(draft.sendChannelTypeId),
      documentId: Number(draft.documentId),
      ...(Object.keys(values).length ? { variables: values } : {}),
      ...(draft.departmentId !== '' ? { departmentId: draft.departmentId } : {}),
      recipients,
      ...(schedule ? { schedule } : {}),
    },
  };
}

/** The input each part of the draft belongs to, for clearing an objection once it is edited. */
const FIELD_OF: Record<keyof ComposeDraft, DraftField> = {
  name: 'name',
  communicationTypeId: 'communicationTypeId',
  sendChannelTypeId: 'sendChannelTypeId',
  documentId: 'documentId',
  departmentId: 'departmentId',
  variables: 'variables',
  recipientMode: 'recipients',
  clients: 'recipients',
  filter: 'recipients',
  groupId: 'recipients',
  scheduleMode: 'schedule',
  at: 'schedule',
  perClient: 'schedule',
};

/** The problems left once a change is made: the edited inputs no longer show their objections. */
export function problemsAfter(problems: DraftProblems, change: Partial<ComposeDraft>): DraftProblems {
  const edited = new Set((Object.keys(change) as (keyof ComposeDraft)[]).map((key) => FIELD_OF[key]));
  return Object.fromEntries(Object.entries(problems).filter(([field]) => !edited.has(field as DraftField)));
}

/** Where a field the server refused (`recipients.clientIds`, `schedule.perClient[0].at`) sits on the page. */
export function draftFieldOf(apiField: string): DraftField | undefined {
  const head = apiField.split(/[.[]/)[0];
  if (head === 'recipientVariables') return 'variables';
  const known: readonly DraftField[] = [
    'name',
    'communicationTypeId',
    'sendChannelTypeId',
    'documentId',
    'departmentId',
    'variables',
    'recipients',
    'schedule',
  ];
  return known.find((field) => field === head);
}
