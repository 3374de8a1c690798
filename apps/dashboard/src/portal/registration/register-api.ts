import { api } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type RegisterRequest = Schemas['RegisterDto'];
export type RegistrationStarted = Schemas['RegistrationStartedDto'];

/** A failed call of the registration, with what a wrong code leaves (`attemptsLeft`). */
export type RegistrationError = ApiError & { attemptsLeft?: number };

const withAttempts = (response: Response, body: unknown): RegistrationError => {
  const error: RegistrationError = toApiError(response, body);
  const left = (body as { attemptsLeft?: unknown } | undefined)?.attemptsLeft;
  if (typeof left === 'number') error.attemptsLeft = left;
  return error;
};

/** The message with the code is written in the language the person reads the page in. */
const inLanguage = (language: string) => ({ 'Accept-Language': language });

export async function startRegistration(request: RegisterRequest, language: string): Promise<RegistrationStarted> {
  const { data, error, response } = await api.POST('/api/v1/self-service/register', { body: request, headers: inLanguage(language) });
  if (!response.ok || !data) throw withAttempts(response, error);
  return data;
}

export async function resendCode(registrationId: string, language: string): Promise<RegistrationStarted> {
  const { data, error, response } = await api.POST('/api/v1/self-service/register/resend', {
    body: { registrationId },
    headers: inLanguage(language),
  });
  if (!response.ok || !data) throw withAttempts(response, error);
  return data;
}

export async function verifyCode(registrationId: string, code: string): Promise<{ customerId: string; username: string }> {
  const { data, error, response } = await api.POST('/api/v1/self-service/register/verify', {
    body: { registrationId, code },
    headers: { 'Idempotency-Key': `${registrationId}:${code}` },
  });
  if (!response.ok || !data) throw withAttempts(response, error);
  return data;
}
