import { randomBytes } from 'node:crypto';

/** A random secret for API credentials: 24 bytes, URL-safe. */
export const generateSecret = () => randomBytes(24).toString('base64url');
