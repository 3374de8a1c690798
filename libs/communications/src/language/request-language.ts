import { AsyncLocalStorage } from 'node:async_hooks';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { type Language, languageOf } from './translations.js';

const current = new AsyncLocalStorage<Language | null>();

/** The language the request being served asked for (null: none of ours, or outside a request). */
export const requestLanguage = (): Language | null => current.getStore() ?? null;

/**
 * Binds the request's Accept-Language to the async context of its handler, so the services of
 * reference data answer in it without every signature carrying it.
 */
@Injectable()
export class RequestLanguageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const headers = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers;
    const language = languageOf(headers['accept-language']);
    // The handler runs when the observable is subscribed: subscribe inside the context.
    return new Observable((subscriber) => current.run(language, () => next.handle().subscribe(subscriber)));
  }
}

/** A controller of reference data that answers, and is edited, in the language the request asks for. */
export const Localised = () =>
  applyDecorators(
    UseInterceptors(RequestLanguageInterceptor),
    ApiHeader({
      name: 'Accept-Language',
      required: false,
      description:
        'en or ru: names, descriptions and texts in that language where the record has them (the seeded ones have both), and an edit changes that language; without it, the record’s own text',
    }),
  );
