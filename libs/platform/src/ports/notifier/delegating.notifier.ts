import { Injectable } from '@nestjs/common';
import { DevMailboxNotifier } from './dev-mailbox.notifier.js';
import { Notifier, type OutboundMessage } from './notifier.js';

/**
 * The Notifier every module is given: it hands each message to the implementation bound last, the
 * dev mailbox until a module with real channels binds itself at start (the communications module
 * does). Lower modules keep depending on the port only, and no module graph has to know who sends.
 */
@Injectable()
export class DelegatingNotifier extends Notifier {
  private delegate: Notifier;

  constructor(devMailbox: DevMailboxNotifier) {
    super();
    this.delegate = devMailbox;
  }

  /** From now on messages go through `notifier`. */
  bind(notifier: Notifier): void {
    this.delegate = notifier;
  }

  send(message: OutboundMessage): Promise<void> {
    return this.delegate.send(message);
  }
}
