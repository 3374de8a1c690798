import { AppConfig, ConfigError } from '@contactly/platform';
import { CommunicationsSettings } from './communications.settings.js';

const settingsOf = (env: Record<string, string>) => new CommunicationsSettings(new AppConfig(env));

describe('communications configuration', () => {
  it('defaults: dispatch every second in batches of 1,000, 5 attempts from 30 s, every channel to the dev mailbox, receipts off', () => {
    expect(settingsOf({})).toEqual({
      dispatcher: true,
      dispatchIntervalMs: 1000,
      dispatchBatchSize: 1000,
      maxAttempts: 5,
      retryBaseMs: 30_000,
      retryMaxMs: 3_600_000,
      providerTimeoutMs: 10_000,
      smtpUrl: undefined,
      smtpFrom: 'Contactly <no-reply@contactly.local>',
      smsProvider: undefined,
      messengerProvider: undefined,
      pushProvider: undefined,
      socialProvider: undefined,
      receiptSecret: undefined,
      receiptToleranceSeconds: 300,
    });
    expect(settingsOf({ NODE_ENV: 'test' }).dispatcher).toBe(false);
  });

  it('reads what is set', () => {
    const config = settingsOf({
      COMMUNICATIONS_DISPATCHER: 'false',
      COMMUNICATIONS_DISPATCH_INTERVAL_MS: '250',
      COMMUNICATIONS_DISPATCH_BATCH: '2000',
      COMMUNICATIONS_MAX_ATTEMPTS: '8',
      COMMUNICATIONS_RETRY_BASE_MS: '1000',
      COMMUNICATIONS_RETRY_MAX_MS: '60000',
      COMMUNICATIONS_PROVIDER_TIMEOUT_MS: '5000',
      SMTP_URL: 'smtps://mailer:secret@smtp.example.com:465',
      SMTP_FROM: 'Contactly <hello@example.com>',
      SMS_PROVIDER_URL: 'https://sms.example.com/v1/messages',
      SMS_PROVIDER_TOKEN: 'sms-token',
      PUSH_PROVIDER_URL: 'https://push.example.com/send',
      COMMUNICATIONS_RECEIPT_SECRET: 'a-long-shared-secret',
      COMMUNICATIONS_RECEIPT_TOLERANCE_SECONDS: '60',
    });
    expect(config).toMatchObject({
      dispatcher: false,
      dispatchIntervalMs: 250,
      dispatchBatchSize: 2000,
      maxAttempts: 8,
      retryBaseMs: 1000,
      retryMaxMs: 60_000,
      providerTimeoutMs: 5000,
      smtpUrl: 'smtps://mailer:secret@smtp.example.com:465',
      smtpFrom: 'Contactly <hello@example.com>',
      smsProvider: { url: 'https://sms.example.com/v1/messages', token: 'sms-token' },
      messengerProvider: undefined,
      pushProvider: { url: 'https://push.example.com/send', token: undefined },
      receiptSecret: 'a-long-shared-secret',
      receiptToleranceSeconds: 60,
    });
  });

  it('refuses bad values, naming the variable', () => {
    const refused = (env: Record<string, string>) => {
      try {
        settingsOf(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error(`expected ${JSON.stringify(env)} to be refused`);
    };
    expect(refused({ SMTP_URL: 'https://mail.example.com' })).toMatch(/^SMTP_URL must be a URL/);
    expect(refused({ SMS_PROVIDER_URL: 'sms.example.com' })).toMatch(/^SMS_PROVIDER_URL must be a URL/);
    expect(refused({ COMMUNICATIONS_DISPATCH_BATCH: '0' })).toMatch(/^COMMUNICATIONS_DISPATCH_BATCH /);
    expect(refused({ COMMUNICATIONS_RECEIPT_SECRET: 'short' })).toMatch(/^COMMUNICATIONS_RECEIPT_SECRET must be at least 16 characters/);
    expect(refused({ COMMUNICATIONS_DISPATCHER: 'sometimes' })).toMatch(/^COMMUNICATIONS_DISPATCHER must be true or false/);
  });
});
