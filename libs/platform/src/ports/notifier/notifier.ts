export type MessageChannel = 'email' | 'sms';

/** A message to one person, e.g. a one-time code or a password-reset link. */
export interface OutboundMessage {
  channel: MessageChannel;
  /** An email address or an E.164 phone number. */
  to: string;
  subject?: string;
  text: string;
  /** Why it is sent (`registration-otp`, `password-reset`, …), for delivery rules and the mailbox. */
  purpose: string;
  /** Transactional messages (codes, resets) bypass marketing caps and bookings. */
  transactional: boolean;
}

/**
 * Port: sends a message to a person. Lower modules (identity, customers) call it; the
 * communications module implements it with real channels and binds itself to the
 * DelegatingNotifier when it is loaded. Without it the dev mailbox does.
 */
export abstract class Notifier {
  abstract send(message: OutboundMessage): Promise<void>;
}
