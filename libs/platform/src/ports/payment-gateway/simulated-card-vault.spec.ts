import { CardDeclined, SimulatedCardVault, TOKEN_TTL_MS } from './simulated-card-vault.js';

const card = (number = '4242424242424242') => ({ number, expiryMonth: 4, expiryYear: 2031, cvc: '123', holderName: 'A B' });

describe('SimulatedCardVault', () => {
  let now = Date.UTC(2026, 11, 7);
  const vault = new SimulatedCardVault(() => now);

  it('issues a single-use token that redeems once into a reusable card token', () => {
    const issued = vault.issueToken(card());
    expect(issued).toMatchObject({ brand: 'visa', last4: '4242', expiryMonth: 4, expiryYear: 2031 });
    expect(JSON.stringify(issued)).not.toContain('4242424242424242');
    expect(vault.peek(issued.token)).toMatchObject({ used: false });
    const first = vault.redeem(issued.token);
    expect(first).toMatchObject({ kind: 'redeemed', card: { brand: 'visa', last4: '4242' } });
    expect(first.kind === 'redeemed' && first.card.token).toMatch(/^card_sim_/);
    expect(vault.redeem(issued.token)).toEqual({ kind: 'used' });
    expect(vault.peek(issued.token)).toMatchObject({ used: true });
    expect(vault.redeem('tok_sim_unknown')).toEqual({ kind: 'unknown' });
  });

  it('forgets a token after its time to live', () => {
    const issued = vault.issueToken(card());
    now += TOKEN_TTL_MS;
    expect(vault.peek(issued.token)).toBeUndefined();
    expect(vault.redeem(issued.token)).toEqual({ kind: 'unknown' });
  });

  it('declines the documented test cards, whether a browser or a server sends them', () => {
    expect(() => vault.issueToken(card('4000000000000002'))).toThrow(
      new CardDeclined('CARD_DECLINED', 'The card was declined by the issuer'),
    );
    expect(() => vault.storeCard(card('4000000000000127'))).toThrow(CardDeclined);
    expect(vault.storeCard(card('5555555555554444'))).toMatchObject({ brand: 'mastercard', last4: '4444' });
  });
});
