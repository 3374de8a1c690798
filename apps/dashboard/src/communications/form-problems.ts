import { ApiError } from '../api/api-error';
import { fieldErrorMap } from '../api/field-errors';
import { communicationsResource } from './resources';
import { translateNow as t } from '../i18n/i18n-provider';

/** The server writes list positions either way (`allowed[0].x`, `allowed.0.x`); forms use dots. */
export const formPath = (field: string): string => field.replace(/\[(\d+)\]/g, '.$1');

/** Fields a resource's form names differently from the API (see record-shapes). */
const RENAMES: Record<string, (path: string) => string> = {
  employees: (path) => (path === 'role' ? 'roleName' : path),
  bookings: (path) => (path === 'status' || path.startsWith('status.') ? 'statusId' : path),
  // The allowed pairs are one type × channel matrix: whatever the server says of a pair is said under it.
  rules: (path) => (/^allowed\.\d+/.test(path) ? 'allowed' : /^channelPreference\.\d+$/.test(path) ? `${path}.sendChannelTypeId` : path),
};

/** Where a field the server named sits in the resource's form. */
export function formFieldOf(resource: string, field: string): string {
  const path = formPath(field);
  return RENAMES[resource]?.(path) ?? path;
}

export type FormAction = 'create' | 'update';

/** A 409 that is about one input of the form, said next to it in plain words. */
function conflictOnField(resource: string, action: FormAction, error: ApiError): Record<string, string> | undefined {
  const label = t(communicationsResource(resource)?.label ?? 'record');
  const code = error.code ?? '';
  if (code.endsWith('_NAME_TAKEN'))
    return { name: t('Another %{label} already has this name (upper and lower case count as the same)', { label }) };
  if (code === 'USERNAME_TAKEN') return { username: t('Another user already has this username') };
  if (code === 'EMPLOYEE_EXISTS') return { userId: t('This user is already an employee') };
  if (code === 'CHANNEL_ALREADY_BLOCKED')
    return { sendChannelTypeId: t('This channel is already blocked for this client: change or lift that block instead') };
  // On create the clients are one input; on an edit the holder may follow from any change, so it is said above the form.
  if (code === 'CLIENT_BOOKED' && action === 'create')
    return { clientIds: t('Booked by another department: %{reason}', { reason: error.message }) };
  return undefined;
}

/**
 * The errors to show next to a form's inputs for a failed save: the fields a 400/422 named, or
 * the input a conflict is about; undefined when the failure is about no input (then it is a
 * notification with the server's message).
 */
export function formErrorsOf(resource: string, action: FormAction, error: unknown): Record<string, string> | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.status === 409) return conflictOnField(resource, action, error);
  if (error.details.length && (error.status === 400 || error.status === 422))
    return fieldErrorMap(error.details, (field) => formFieldOf(resource, field));
  return undefined;
}

/** Why a delete was refused, in plain words, with what to do instead. */
export function deleteRefusalOf(resource: string, error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const inUseAdvice = communicationsResource(resource)?.inUseAdvice;
  const advice = inUseAdvice && t(inUseAdvice);
  if (error.code?.endsWith('_IN_USE')) {
    const used = error.message.replace(/;\s*nothing was deleted\.?$/i, '');
    return [t('%{used}, so it was not deleted.', { used }), advice].filter(Boolean).join(' ');
  }
  if (error.code === 'RECORD_IN_USE')
    return [t('Other records still refer to this one, so it was not deleted.'), advice].filter(Boolean).join(' ');
  return undefined;
}
