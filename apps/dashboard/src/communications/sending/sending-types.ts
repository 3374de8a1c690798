import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** One communication: one recipient of a mailing (or a transactional message), with its own status. */
export type Communication = Schemas['CommunicationView'];
export type CommunicationStatus = Communication['status'];
/** A status people and providers report after a send (PATCH …/status). */
export type ReportedStatus = Schemas['StatusUpdateDto']['status'];
export type StatusUpdate = Schemas['StatusUpdateDto'];
export type RecordedReason = Schemas['RecordedReasonView'];
/** One send request: a communication per recipient, and how they stand now. */
export type Mailing = Schemas['MailingView'];
/** The answer to a send: the mailing and the recipients skipped or moved, with why. */
export type SentMailing = Schemas['SentMailingView'];
export type RecipientProblem = Schemas['RecipientProblemView'];
export type SendRequest = Schemas['SendCommunicationDto'];
export type ClientGroup = Schemas['ClientGroupView'];
export type AvailabilityCheck = Schemas['AvailabilityCheckView'];
/** What a send would do now (POST …/dry-run): totals and each recipient's outcome. */
export type SendEstimate = Schemas['DryRunView'];
export type EstimatedRecipient = Schemas['DryRunRecipientView'];
