import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CardDeclined, type CardDetails, isExpired, passesLuhn, type SimulatedCardVault } from '@contactly/platform';
import { type CardBody, CARD_BODY_SCHEMA, gatewayErrorBody, TOKEN_PARAMS_SCHEMA } from './gateway.schemas.js';

export interface GatewayKeys {
  publishable: string;
  secret: string;
}

type TokenParams = { Params: { token: string } };

/**
 * The gateway's API, shaped like the common card gateways:
 * - `POST /v1/tokens` (publishable or secret key): a browser sends the card and gets a single-use token;
 * - `POST /v1/cards` (secret key): a server stores a card and gets a reusable card token;
 * - `GET /v1/tokens/{token}` (secret key): what a token stands for (brand, last 4, expiry, used);
 * - `POST /v1/tokens/{token}/redeem` (secret key): claims the token once, answering the stored card.
 * Keys travel as `Authorization: Bearer <key>`. A documented test card is declined with 402.
 */
export function gatewayRoutes(app: FastifyInstance, vault: SimulatedCardVault, keys: GatewayKeys): void {
  const publishable = requireKey([keys.publishable, keys.secret]);
  const secret = requireKey([keys.secret]);

  app.post<{ Body: CardBody }>('/v1/tokens', { schema: { body: CARD_BODY_SCHEMA }, onRequest: publishable }, async (request, reply) =>
    issue(reply, request.body, (card) => vault.issueToken(card)),
  );

  app.post<{ Body: CardBody }>('/v1/cards', { schema: { body: CARD_BODY_SCHEMA }, onRequest: secret }, async (request, reply) =>
    issue(reply, request.body, (card) => vault.storeCard(card)),
  );

  app.get<TokenParams>('/v1/tokens/:token', { schema: { params: TOKEN_PARAMS_SCHEMA }, onRequest: secret }, async (request, reply) => {
    const info = vault.peek(request.params.token);
    return info ?? reply.code(404).send(gatewayErrorBody('TOKEN_UNKNOWN', 'No such token, or it has expired'));
  });

  app.post<TokenParams>(
    '/v1/tokens/:token/redeem',
    { schema: { params: TOKEN_PARAMS_SCHEMA }, onRequest: secret },
    async (request, reply) => {
      const outcome = vault.redeem(request.params.token);
      if (outcome.kind === 'redeemed') return outcome.card;
      if (outcome.kind === 'used') return reply.code(409).send(gatewayErrorBody('TOKEN_USED', 'The token was already redeemed'));
      return reply.code(404).send(gatewayErrorBody('TOKEN_UNKNOWN', 'No such token, or it has expired'));
    },
  );
}

/** Checks the card as an issuer would, then tokenises it; 400 names the field, 402 is a decline. */
function issue(reply: FastifyReply, body: CardBody, tokenize: (card: CardDetails) => unknown) {
  const number = body.number.replace(/[ -]/g, '');
  if (!passesLuhn(number)) return reply.code(400).send(gatewayErrorBody('CARD_NUMBER_INVALID', 'The card number is not valid', 'number'));
  if (isExpired(body.expiryMonth, body.expiryYear, new Date()))
    return reply.code(400).send(gatewayErrorBody('CARD_EXPIRED', 'The card has expired', 'expiry'));
  try {
    const card = { number, expiryMonth: body.expiryMonth, expiryYear: body.expiryYear, cvc: body.cvc, holderName: body.holderName ?? '' };
    return reply.code(201).send(tokenize(card));
  } catch (error) {
    if (!(error instanceof CardDeclined)) throw error;
    return reply
      .code(402)
      .send(
        gatewayErrorBody(
          error.code,
          error.message,
          error.code === 'CARD_CVC_INCORRECT' ? 'cvc' : error.code === 'CARD_EXPIRED' ? 'expiry' : 'number',
        ),
      );
  }
}

function requireKey(accepted: string[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const key = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!key || !accepted.includes(key)) return reply.code(401).send(gatewayErrorBody('UNAUTHENTICATED', 'A valid API key is required'));
  };
}
