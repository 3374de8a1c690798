/**
 * The signed-in user's `Authorization` header, kept in sessionStorage: a reload keeps the tab
 * signed in, closing the tab forgets it, and other tabs never see it.
 */
const KEY = 'contactly.authorization';

export const credentialStore = {
  read: (): string | null => sessionStorage.getItem(KEY),
  save: (authorization: string): void => sessionStorage.setItem(KEY, authorization),
  clear: (): void => sessionStorage.removeItem(KEY),
};
