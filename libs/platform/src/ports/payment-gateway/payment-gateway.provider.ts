import type { AppConfig } from '../../config/app-config.js';
import { HttpPaymentGateway } from './http-payment-gateway.js';
import type { PaymentGateway } from './payment-gateway.js';
import { PaymentGatewaySettings } from './payment-gateway.settings.js';
import { SimulatedPaymentGateway } from './simulated-payment-gateway.js';

/** The HTTP gateway when PAYMENT_GATEWAY_URL names one; else the in-process simulator (tests without a browser). */
export function paymentGatewayFor(config: AppConfig): PaymentGateway {
  const settings = new PaymentGatewaySettings(config);
  return settings.url ? new HttpPaymentGateway({ ...settings, url: settings.url }) : new SimulatedPaymentGateway();
}
