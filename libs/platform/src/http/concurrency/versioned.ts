/**
 * A representation with its version; the HTTP conventions (http/conventions.ts) send the version as
 * the ETag (what If-Match names). With `lastModified` the read is also conditional: `Last-Modified`
 * is sent and a matching `If-None-Match` or a not-older `If-Modified-Since` is answered 304. Only
 * a resource whose version moves whenever its representation does may give one (links included).
 */
export class Versioned<T> {
  constructor(
    readonly body: T,
    readonly version: number,
    readonly lastModified?: Date,
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
