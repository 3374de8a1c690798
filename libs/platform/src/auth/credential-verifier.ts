import type { Principal } from './principal.js';

/**
 * Port: checks a username and password and returns the principal, or null when they are wrong.
 * Declared here, implemented by the identity module (which owns users and password hashes).
 */
export abstract class CredentialVerifier {
  abstract verify(username: string, password: string): Promise<Principal | null>;
}
