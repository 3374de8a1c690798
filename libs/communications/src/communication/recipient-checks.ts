import type { ClientFacts } from '../client/client-directory.js';
import { type CommunicationPurpose, SERVICE_ONLY_CUSTOMER_STATUSES } from '../communication-type/communication-purpose.js';
import { socialAddressOf } from '../client/social-media.js';
import { renderTemplate } from '../document/template.js';
import { type QuietHours, nextAllowedTime } from '../rule/quiet-hours.js';
import type { CapPeriod } from '../rule/rule-lines.entity.js';
import type { ChannelKind } from '../send-channel-type/send-channel-type.entity.js';

/**
 * The checks every recipient of a communication passes, as a pure function of what was loaded for
 * the whole recipient set at once (rules, blocks, bookings, recent communications). A recipient who
 * fails one is skipped with the reason; one whose time falls in quiet hours is moved, not dropped.
 * The same function answers "may this client be reached on this channel at this time?".
 */

/** Why a recipient is skipped, most fundamental first (the first one found is the one recorded). */
export const SKIP_REASONS = [
  'RULE_NOT_ALLOWED',
  'CUSTOMER_NOT_ACTIVE',
  'CLIENT_UNAVAILABLE',
  'CHANNEL_BLOCKED',
  'CLIENT_BOOKED',
  'NO_ADDRESS',
  'MISSING_VARIABLE',
  'CONTENT_TOO_LONG',
  'FREQUENCY_CAP',
] as const;

/**
 * The longest rendered text a communication keeps: its columns (subject varchar(500), body text of
 * 64 KB on MariaDB, 4 bytes a character at worst) — a template whose values make it longer is skipped
 * for that recipient rather than failing the whole send.
 */
export const RENDERED_MAX = { subject: 500, body: 16_000 } as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
/** A recipient moved out of quiet hours is still scheduled; this is the recorded reason of the move. */
export const MOVED_REASON = 'QUIET_HOURS';
export type FindingCode = SkipReason | typeof MOVED_REASON;

export interface Finding {
  code: FindingCode;
  message: string;
}

export const PERIOD_MS: Record<CapPeriod, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000 };

/** What the sending department's rules say about this type on this channel. */
export interface ApplicableRules {
  /** Whether an active rule of the department allows the type on the channel. */
  allowed: boolean;
  /** The quiet hours of every allowing rule, each in the client's zone or else the rule's. */
  quietHours: { quiet: QuietHours; ruleTimeZone: string; ruleName: string }[];
  /** The caps of every allowing rule on the channel. */
  caps: { period: CapPeriod; maxCount: number; ruleName: string }[];
  /** The zone of a client who has none: the first allowing rule's, else UTC. */
  defaultTimeZone: string;
  /** The communication type's purpose (null: no type asked): marketing skips suspended and closed customers. */
  purpose: CommunicationPurpose | null;
}

/**
 * The rules when no department's rules apply (a check for someone in no department): nothing is
 * restricted by a rule, but the type's purpose still decides whom it may reach.
 */
export const noDepartmentRules = (purpose: CommunicationPurpose | null): ApplicableRules => ({
  allowed: true,
  quietHours: [],
  caps: [],
  defaultTimeZone: 'UTC',
  purpose,
});

/** What was loaded about one recipient beyond their client record. */
export interface Circumstances {
  /** Blocks of the channel in force at some time from the earliest send on (until null: for good). */
  blocks: { until: Date | null; reason: string }[];
  /** Bookings of other departments holding the client (until beforeDate). */
  holdings: { beforeDate: Date; bookingId: number; holder: string }[];
  /** When the client's counted communications on the channel are (were) sent. */
  recentSends: Date[];
  /** Whether a push can reach them (a self-service login). */
  pushable: boolean;
}

/** The content to render per recipient: a template's subject and body, or a fixed text. */
export interface Content {
  subject: string | null;
  body: string;
  /** Whether `{{variables}}` are to be filled. */
  template: boolean;
}

export interface RecipientPlan {
  status: 'scheduled' | 'skipped';
  /** Every finding; the first skip reason (else the move) is the recorded one. */
  findings: Finding[];
  recorded: Finding | null;
  requestedAt: Date;
  scheduledAt: Date;
  address: string | null;
  subject: string | null;
  body: string | null;
  timeZone: string;
}

const iso = (date: Date) => date.toISOString();

/** Where a message on a channel of this kind goes for the client, if they have such an address. */
export function addressFor(kind: ChannelKind, client: ClientFacts, pushable: boolean): string | null {
  switch (kind) {
    case 'email':
      return client.email;
    case 'sms':
    case 'messenger':
      return client.phone;
    case 'push':
      return pushable ? `client:${client.clientId}` : null;
    case 'social':
      return socialAddressOf(client.socialMedia);
  }
}

/** Template values of a client: their own attributes, then the request's common and per-client values. */
export function valuesFor(
  client: ClientFacts,
  common: Readonly<Record<string, string>>,
  own: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const values: Record<string, string> = { clientId: String(client.clientId), fullName: client.fullName };
  if (client.firstName !== null) values.firstName = client.firstName;
  if (client.lastName !== null) values.lastName = client.lastName;
  if (client.birthDate !== null) values.birthDate = client.birthDate;
  if (client.email !== null) values.email = client.email;
  if (client.phone !== null) values.phone = client.phone;
  return { ...values, ...common, ...own };
}

/**
 * Moves a time out of every rule's quiet hours (the windows may differ per rule). Memoised per
 * zone and time: a send to 100,000 clients asks the same question for a handful of zones.
 */
export class QuietHoursClock {
  private readonly memo = new Map<string, Moved>();

  constructor(private readonly rules: ApplicableRules | null) {}

  nextAllowed(at: Date, clientZone: string | null): Moved {
    const windows = this.rules?.quietHours ?? [];
    if (!windows.length) return { at, window: null };
    const key = `${clientZone ?? ''}|${at.getTime()}`;
    const known = this.memo.get(key);
    if (known) return known;
    let moved: Moved = { at, window: null };
    // Moving out of one window can land in another's: repeat until every window lets it be.
    for (let round = 0, changed = true; changed && round < 8; round += 1) {
      changed = false;
      for (const window of windows) {
        const next = nextAllowedTime(moved.at, window.quiet, clientZone ?? window.ruleTimeZone);
        if (next.getTime() === moved.at.getTime()) continue;
        moved = { at: next, window: moved.window ?? window };
        changed = true;
      }
    }
    this.memo.set(key, moved);
    return moved;
  }
}

/** A time after quiet hours, and the (first) window that moved it; null when it was allowed. */
interface Moved {
  at: Date;
  window: ApplicableRules['quietHours'][number] | null;
}

export interface PlanInput {
  client: ClientFacts;
  kind: ChannelKind;
  channelName: string;
  requestedAt: Date;
  rules: ApplicableRules | null;
  clock: QuietHoursClock;
  circumstances: Circumstances;
  /** Null when only reachability is asked (the availability check). */
  content: Content | null;
  values: Record<string, string>;
}

/** The checks for one recipient, in the order of SKIP_REASONS; every finding is kept. */
export function planRecipient(input: PlanInput): RecipientPlan {
  const { client, kind, rules, circumstances } = input;
  const findings: Finding[] = [];
  const timeZone = client.timeZone ?? rules?.defaultTimeZone ?? 'UTC';
  const { at: scheduledAt, window } = input.clock.nextAllowed(input.requestedAt, client.timeZone);

  if (rules && !rules.allowed)
    findings.push({
      code: 'RULE_NOT_ALLOWED',
      message: `No active rule of the department allows this communication type on ${input.channelName}`,
    });
  if (rules?.purpose === 'marketing' && SERVICE_ONLY_CUSTOMER_STATUSES.includes(client.status))
    findings.push({
      code: 'CUSTOMER_NOT_ACTIVE',
      message: `Customer ${client.clientId} is ${client.status}${client.statusReason ? ` (${client.statusReason})` : ''}: only service communications reach a suspended or closed customer`,
    });
  if (!client.available)
    findings.push({ code: 'CLIENT_UNAVAILABLE', message: `Client ${client.clientId} is not available for communication` });
  const block = circumstances.blocks.find((b) => b.until === null || b.until.getTime() > scheduledAt.getTime());
  if (block) {
    findings.push({
      code: 'CHANNEL_BLOCKED',
      message: `${input.channelName} is blocked for client ${client.clientId} ${block.until ? `until ${iso(block.until)}` : 'permanently'}: ${block.reason}`,
    });
  }
  const holding = circumstances.holdings.find((h) => h.beforeDate.getTime() > scheduledAt.getTime());
  if (holding)
    findings.push({
      code: 'CLIENT_BOOKED',
      message: `Client ${client.clientId} is booked by ${holding.holder} until ${iso(holding.beforeDate)} (booking ${holding.bookingId})`,
    });
  const address = addressFor(kind, client, circumstances.pushable);
  if (address === null)
    findings.push({
      code: 'NO_ADDRESS',
      message: `Client ${client.clientId} has no ${kind === 'email' ? 'email address' : kind === 'push' ? 'app to push to (no self-service login)' : kind === 'social' ? 'social-media account' : 'phone number'} for ${input.channelName}`,
    });

  let subject: string | null = null;
  let body: string | null = null;
  if (input.content) {
    if (input.content.template) {
      const renderedSubject = input.content.subject === null ? null : renderTemplate(input.content.subject, input.values);
      const renderedBody = renderTemplate(input.content.body, input.values);
      const missing = [...new Set([...(renderedSubject?.missing ?? []), ...renderedBody.missing])];
      if (missing.length)
        findings.push({
          code: 'MISSING_VARIABLE',
          message: `No value for ${missing.map((name) => `{{${name}}}`).join(', ')} for client ${client.clientId}`,
        });
      subject = renderedSubject?.text ?? null;
      body = renderedBody.text;
      if ((subject?.length ?? 0) > RENDERED_MAX.subject || body.length > RENDERED_MAX.body) {
        findings.push({
          code: 'CONTENT_TOO_LONG',
          message: `With client ${client.clientId}'s values the text is longer than a communication holds (subject ${subject?.length ?? 0}/${RENDERED_MAX.subject}, body ${body.length}/${RENDERED_MAX.body} characters)`,
        });
        subject = null;
        body = null;
      }
    } else {
      subject = input.content.subject;
      body = input.content.body;
    }
  }

  for (const cap of rules?.caps ?? []) {
    const span = PERIOD_MS[cap.period];
    const near = circumstances.recentSends.filter((sent) => Math.abs(sent.getTime() - scheduledAt.getTime()) < span).length;
    if (near >= cap.maxCount) {
      findings.push({
        code: 'FREQUENCY_CAP',
        message: `Client ${client.clientId} already has ${near} communication(s) on ${input.channelName} within a ${cap.period} of ${iso(scheduledAt)} (rule «${cap.ruleName}»: at most ${cap.maxCount} per ${cap.period})`,
      });
      break;
    }
  }

  if (window && scheduledAt.getTime() !== input.requestedAt.getTime()) {
    findings.push({
      code: MOVED_REASON,
      message: `Moved from ${iso(input.requestedAt)} to ${iso(scheduledAt)}: quiet hours ${window.quiet.start}–${window.quiet.end} (${client.timeZone ?? window.ruleTimeZone}, rule «${window.ruleName}»)`,
    });
  }
  const skip = findings.find((f) => f.code !== MOVED_REASON) ?? null;
  return {
    status: skip ? 'skipped' : 'scheduled',
    findings,
    recorded: skip ?? findings.find((f) => f.code === MOVED_REASON) ?? null,
    requestedAt: input.requestedAt,
    scheduledAt,
    address,
    subject,
    body,
    timeZone,
  };
}
