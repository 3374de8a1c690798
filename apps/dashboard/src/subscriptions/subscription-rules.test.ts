import { describe, expect, it } from 'vitest';
import { messages } from './subscriptions.messages';
import { CANCEL_REASONS, allowedActions, cancelReasonChoices, commentRequired, isEnded } from './subscription-rules';

describe('cancellation reasons', () => {
  it('are exactly the six the server accepts, in its order', () => {
    expect(CANCEL_REASONS).toEqual(['too_expensive', 'missing_features', 'switched_service', 'unused', 'moving', 'other']);
  });

  it('have words in both languages', () => {
    for (const reason of CANCEL_REASONS) {
      expect(messages.en.contactly.subscriptions.reasons[reason]).toBeTruthy();
      expect(messages.ru.contactly.subscriptions.reasons[reason]).toBeTruthy();
    }
  });

  it('become choices in the reader’s words', () => {
    const choices = cancelReasonChoices((key, options) => `${key}|${String(options?._)}`);
    expect(choices[0]).toEqual({ id: 'too_expensive', name: 'contactly.subscriptions.reasons.too_expensive|Too expensive' });
    expect(choices).toHaveLength(6);
  });

  it('need a comment only for other', () => {
    expect(commentRequired('other')).toBe(true);
    expect(commentRequired('moving')).toBe(false);
  });
});

describe('the actions of a subscription', () => {
  it('follow its status and who acts', () => {
    expect(allowedActions('active', true)).toEqual(['cancel', 'autoRenew', 'suspend']);
    expect(allowedActions('active', false)).toEqual(['cancel', 'autoRenew']);
    expect(allowedActions('suspended', true)).toEqual(['cancel', 'resume']);
    expect(allowedActions('suspended', false)).toEqual(['cancel']);
    expect(allowedActions('pendingTerminate', false)).toEqual(['undoCancel']);
    expect(allowedActions('terminated', true)).toEqual([]);
    expect(isEnded('cancelled')).toBe(true);
    expect(isEnded('active')).toBe(false);
  });
});
