/** A representation with its version; the HTTP conventions (http/conventions.ts) send the version as the ETag. */
export class Versioned<T> {
  constructor(
    readonly body: T,
    readonly version: number,
  ) {}
}

/** A created resource: 201 with `Location` (its href) and, if versioned, an ETag. */
export class Created<T> {
  constructor(
    readonly body: T,
    readonly location: string,
    readonly version?: number,
  ) {}
}

export const etagOf = (version: number) => `"${version}"`;
