import { startPaymentGatewaySimulator } from './index.js';

/** Standalone: `npm run payment-gateway-simulator` (PAYMENT_GATEWAY_SIM_HOST/_PORT, the keys, allowed origins). */
const port = process.env.PAYMENT_GATEWAY_SIM_PORT;
if (port !== undefined && !/^\d+$/.test(port)) throw new Error(`PAYMENT_GATEWAY_SIM_PORT must be a port number, got "${port}"`);
const gateway = await startPaymentGatewaySimulator({
  host: process.env.PAYMENT_GATEWAY_SIM_HOST || undefined,
  port: port === undefined ? undefined : Number(port),
  publishableKey: process.env.PAYMENT_GATEWAY_PUBLISHABLE_KEY || undefined,
  secretKey: process.env.PAYMENT_GATEWAY_SECRET_KEY || undefined,
  allowedOrigins: (process.env.PAYMENT_GATEWAY_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
});
console.log(`Payment gateway simulator listening on ${gateway.url} (tokens: POST ${gateway.url}/v1/tokens)`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    gateway.close().then(
      () => console.log(`Payment gateway simulator stopped (${signal})`),
      (error: unknown) => {
        console.error('Payment gateway simulator failed to stop cleanly', error);
        process.exitCode = 1;
      },
    );
  });
}
