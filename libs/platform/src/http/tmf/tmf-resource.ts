/** Helpers for TMF resource representations: `id` strings, absolute `href`s and `@type`. */
export function tmfHref(baseUrl: string, basePath: string, id: string | number): string {
  return `${baseUrl}${basePath.replace(/\/$/, '')}/${encodeURIComponent(String(id))}`;
}

/** Adds `id`, `href` and `@type` in the order TMF payloads put them. */
export function tmfResource<T extends object>(type: string, baseUrl: string, basePath: string, id: string | number, body: T) {
  return { id: String(id), href: tmfHref(baseUrl, basePath, id), ...body, '@type': type };
}

/** TMF PATCH bodies arrive as `application/json` or `application/merge-patch+json`. */
export const PATCH_CONTENT_TYPES = ['application/json', 'application/merge-patch+json'] as const;
