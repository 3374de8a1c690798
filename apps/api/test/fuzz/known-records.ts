import type { FuzzOperation, Parameter } from './openapi.js';

type Row = Record<string, unknown>;

/**
 * Records that exist in the fuzz database, by the collection path that created or listed them,
 * so that a path parameter can name a real record and the requests reach past the "not found".
 * Filled from the answers of the seeding requests; nothing here knows a particular route.
 */
export class KnownRecords {
  private readonly created = new Map<string, Row[]>();
  private readonly listed = new Map<string, Row[]>();

  /** Remembers what a 2xx answer of a seeding request says about records. */
  learn(operation: FuzzOperation, status: number, body: string, location: string | undefined): void {
    if (status < 200 || status >= 300 || operation.pathParams.length) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
    if (operation.method === 'POST') {
      const row: Row = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as Row) } : {};
      // The Location header names the new record even where the body spells its id differently,
      // and its collection even where the record was created elsewhere (`/clients/add`).
      const path = location ? new URL(location, 'http://fuzz.invalid').pathname : undefined;
      const fromLocation = path?.split('/').pop();
      if (fromLocation) row.__location = decodedOrAsIs(fromLocation);
      if (!Object.keys(row).length) return;
      this.add(this.created, operation.path, row);
      if (path && fromLocation) this.add(this.created, path.slice(0, -fromLocation.length - 1), row);
    } else if (operation.method === 'GET' && Array.isArray(parsed)) {
      for (const item of parsed.slice(0, 3)) if (item && typeof item === 'object') this.add(this.listed, operation.path, item as Row);
    }
  }

  /** The id of a known record for a path parameter, as its own path segment (not yet encoded). */
  idFor(operation: FuzzOperation, parameter: Parameter): string | undefined {
    const collection = collectionOf(operation.path, parameter.name);
    for (const rows of [this.created.get(collection), this.listed.get(collection)]) {
      for (const row of rows ?? []) {
        const id = row.__location ?? row[`${parameter.name}Id`] ?? row.id ?? row[parameter.name] ?? row.name;
        if (typeof id === 'string' || typeof id === 'number') return String(id);
      }
    }
    return undefined;
  }

  /**
   * A record for an id field of a body (`departmentId`, `clientIds`): one of a collection whose
   * last path segment is that name in the plural (`/departments`, `/communication_types`).
   */
  idForField(name: string): number | undefined {
    const wanted = name.replace(/Ids?$/, '').toLowerCase();
    for (const map of [this.created, this.listed]) {
      for (const [collection, rows] of map) {
        const last = collection.split('/').pop()!.replace(/[_-]/g, '').toLowerCase();
        if (last !== `${wanted}s`) continue;
        for (const row of rows) {
          const id = row.__location ?? row[`${name.replace(/Ids?$/, '')}Id`] ?? row.id;
          if (/^\d{1,9}$/.test(String(id))) return Number(id);
        }
      }
    }
    return undefined;
  }

  private add(map: Map<string, Row[]>, path: string, row: Row): void {
    const rows = map.get(path) ?? [];
    rows.push(row);
    map.set(path, rows);
  }
}

/** `/api/v1/roles/{role}/permissions/{permission}`, `permission` → `/api/v1/roles/{role}/permissions`. */
export function collectionOf(path: string, parameter: string): string {
  const at = path.indexOf(`/{${parameter}}`);
  return at < 0 ? path : path.slice(0, at);
}

function decodedOrAsIs(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
