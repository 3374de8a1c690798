import type { Provider } from '@nestjs/common';

/**
 * The permission names known to the compiler. Each lib adds its own by augmenting this interface
 * next to its `definePermissions` call, so `@RequirePermissions('x:y')` with a typo fails to compile:
 *
 *   declare module '@contactly/platform' { interface PermissionRegistry extends PermissionNames<typeof MY_PERMISSIONS> {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface PermissionRegistry {}

export type Permission = Extract<keyof PermissionRegistry, string>;

/** A permission is `area:action`, lower case: the area names the lib's capability (`users`, `audit`). */
const PERMISSION_NAME = /^[a-z][a-z-]*:[a-z][a-z-]*$/;

/** The permissions one lib declares, each with what it allows (shown in the roles API and the admin console). */
export class PermissionSet<Name extends string = string> {
  readonly names: readonly Name[];

  constructor(readonly descriptions: Readonly<Record<Name, string>>) {
    this.names = Object.keys(descriptions) as Name[];
    const malformed = this.names.find((name) => !PERMISSION_NAME.test(name));
    if (malformed) throw new Error(`Permission "${malformed}" is not of the form area:action`);
  }
}

/** The names of a permission set, as the keys of an interface that augments PermissionRegistry. */
export type PermissionNames<Set> = Set extends PermissionSet<infer Name> ? { readonly [P in Name]: true } : never;

/** Declares a lib's permissions; the result is typed with the exact names. */
export const definePermissions = <const Descriptions extends Record<string, string>>(
  descriptions: Descriptions,
): PermissionSet<Extract<keyof Descriptions, string>> => new PermissionSet<Extract<keyof Descriptions, string>>(descriptions);

/** The provider a lib's module lists so that its permissions join the catalogue. */
export const providePermissions = (set: PermissionSet): Provider => ({
  provide: Symbol(`permissions ${set.names.join(' ')}`),
  useValue: set,
});
