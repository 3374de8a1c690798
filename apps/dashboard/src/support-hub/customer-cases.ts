import type { ContactMedium } from '../customers/customer-types';
import type { MemberCase, Page } from './support-hub-types';

/** The CRMs name a customer by email: every address of theirs, the preferred first, each once (lower case, as the hub stores them). */
export function customerEmails(media: readonly ContactMedium[]): string[] {
  const emails = media
    .filter((medium) => medium.mediumType === 'email' && medium.characteristic.emailAddress?.trim())
    .sort((a, b) => Number(b.preferred) - Number(a.preferred))
    .map((medium) => (medium.characteristic.emailAddress as string).trim().toLowerCase());
  return [...new Set(emails)];
}

/** The cases of several addresses as one list, newest first; the total counts each address's cases. */
export function combinedCases(pages: readonly Page<MemberCase>[]): Page<MemberCase> {
  const byId = new Map<number, MemberCase>();
  for (const page of pages) for (const item of page.items) byId.set(item.id, item);
  const items = [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
  return { items, total: pages.reduce((sum, page) => sum + page.total, 0) };
}
