import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/** The languages we write messages to people in (codes, resets, notices). */
export const MESSAGE_LANGUAGES = ['en', 'ru'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

const isMessageLanguage = (tag: string): tag is MessageLanguage => (MESSAGE_LANGUAGES as readonly string[]).includes(tag);

/**
 * The language of `Accept-Language` (`ru-RU,ru;q=0.9,en;q=0.8`) we write in, by the sender's
 * preference (q); English when it names none of ours, or is missing or malformed.
 */
export function messageLanguageOf(acceptLanguage: string | string[] | undefined): MessageLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { language: MessageLanguage; q: number } | undefined;
  for (const entry of header.split(',')) {
    const [range, ...params] = entry.trim().split(';');
    const language = range.trim().toLowerCase().split('-')[0];
    if (!isMessageLanguage(language)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    // Equal weights keep the header's order: the first listed wins.
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? 'en';
}

/** The language to write a message to the requester in, from the request's `Accept-Language`. */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  messageLanguageOf(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);

/** Documents that the route writes its message to the person in the language of `Accept-Language`. */
export const ApiMessageLanguage = () =>
  ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: 'The language of the message sent to the person: `en` or `ru` (by preference); English otherwise',
  });
