import { api, unwrap } from '../api/client';
import type { Principal } from './principal';

/** Checks Basic credentials with the server and returns whom they belong to. */
export const authenticate = (authorization: string, signal?: AbortSignal): Promise<Principal> =>
  unwrap(api.POST('/api/v1/auth', { headers: { Authorization: authorization }, signal }));
