/**
 * The `Authorization` value for HTTP Basic (RFC 7617): base64 of the UTF-8 bytes of
 * `username:password`. `btoa` alone takes Latin-1 only, so Cyrillic names would throw.
 */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return `Basic ${btoa(binary)}`;
}
