/** The IANA time zones this browser knows, UTC first: quiet hours are in a client's zone, this rule's for clients without one. */
export function timeZoneChoices(): { id: string; name: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')].map((zone) => ({ id: zone, name: zone }));
}
