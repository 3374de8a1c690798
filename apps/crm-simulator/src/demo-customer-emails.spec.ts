// The one place the simulator looks at the server's code: to notice when the demo customers change.
import { DEMO_CUSTOMER_COUNT, demoCustomer } from '@contactly/customers/testing';
import { DEMO_CUSTOMER_EMAILS } from './demo-customer-emails.js';

describe('DEMO_CUSTOMER_EMAILS', () => {
  it('are the emails of demo customers the API server seeds', () => {
    const now = new Date();
    for (const { index, email } of DEMO_CUSTOMER_EMAILS) expect(demoCustomer(index, null, now).party.email).toBe(email);
    expect(Math.max(...DEMO_CUSTOMER_EMAILS.map((e) => e.index))).toBeLessThan(DEMO_CUSTOMER_COUNT);
    expect(DEMO_CUSTOMER_EMAILS.length).toBeGreaterThan(100);
    expect(DEMO_CUSTOMER_EMAILS[0].email).toBe('maria.smith0@mail.example');
  });
});
