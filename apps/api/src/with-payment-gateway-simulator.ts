import { type AppConfig, PaymentGatewaySettings } from '@contactly/platform';
import { type PaymentGatewaySimulator, startPaymentGatewaySimulator } from '../../payment-gateway-simulator/src/index.js';

/**
 * With PAYMENT_GATEWAY_URL unset outside production, the payment gateway simulator starts in this
 * process on its own port (PAYMENT_GATEWAY_SIM_PORT, 8190, or a free one when taken) and the API
 * talks to it over HTTP, as to a real gateway; the dashboard sends cards there, never to us.
 * Returns the environment to read the configuration from again.
 */
export async function withPaymentGatewaySimulator(
  config: AppConfig,
  env: NodeJS.ProcessEnv,
  port: number | undefined,
): Promise<NodeJS.ProcessEnv> {
  const settings = new PaymentGatewaySettings(config);
  if (config.nodeEnv === 'production' || settings.url) return env;
  const keys = { publishableKey: settings.publishableKey, secretKey: settings.secretKey };
  let gateway: PaymentGatewaySimulator;
  try {
    gateway = await startPaymentGatewaySimulator({ ...keys, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    gateway = await startPaymentGatewaySimulator({ ...keys, port: 0 });
  }
  process.stdout.write(
    `${JSON.stringify({ level: 30, time: Date.now(), msg: `No payment gateway configured: cards are tokenised by the in-process simulator at ${gateway.url}` })}\n`,
  );
  return { ...env, PAYMENT_GATEWAY_URL: gateway.url };
}
