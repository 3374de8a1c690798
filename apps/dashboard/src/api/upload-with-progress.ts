import { ApiError, unreachableMessage } from './api-error';
import { answerOf, queryString, type JsonAnswer } from './json-request';
import { apiHeaders } from './send';

/** How much of an upload's body has left the browser. */
export interface UploadProgress {
  sent: number;
  total: number;
}

export interface Upload {
  method?: 'POST' | 'PUT';
  path: string;
  query?: Record<string, unknown>;
  body: Blob;
  contentType: string;
  /** Called as the body goes out (at least once, when all of it has). */
  onProgress?(progress: UploadProgress): void;
  /** Called once the whole body is sent: what remains is the server's work. */
  onSent?(): void;
  signal?: AbortSignal;
}

/** The headers of an XMLHttpRequest's answer (`getAllResponseHeaders()`: one `name: value` a line). */
export function headersOf(text: string): Headers {
  const headers = new Headers();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Statuses whose Response may carry no body. */
const BODILESS = new Set([204, 205, 304]);

/**
 * Uploads a file and reports how much of it has been sent. fetch has no upload progress (and
 * streaming request bodies need HTTP/2), so this one call uses XMLHttpRequest, with the headers that
 * send() adds; the answer is read exactly as requestJson reads it (failures become ApiError with
 * the server's body).
 *
 * Unlike fetch with `credentials: 'omit'`, an XMLHttpRequest cannot keep the browser from answering
 * a 401's `WWW-Authenticate: Basic` with its own sign-in prompt; it says `X-Requested-With` so the
 * server can tell such calls apart.
 */
export function uploadWithProgress<T>(upload: Upload): Promise<JsonAnswer<T>> {
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method ?? 'POST', `${upload.path}${queryString(upload.query)}`);
    const headers = apiHeaders({ 'Content-Type': upload.contentType, 'X-Requested-With': 'XMLHttpRequest' });
    headers.forEach((value, name) => xhr.setRequestHeader(name, value));
    xhr.upload.onprogress = (event) =>
      upload.onProgress?.({ sent: event.loaded, total: event.lengthComputable ? event.total : upload.body.size });
    xhr.upload.onload = () => {
      upload.onProgress?.({ sent: upload.body.size, total: upload.body.size });
      upload.onSent?.();
    };
    xhr.onload = () =>
      resolve(
        new Response(BODILESS.has(xhr.status) ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: headersOf(xhr.getAllResponseHeaders()),
        }),
      );
    xhr.onerror = () => reject(new ApiError(unreachableMessage(), 0));
    xhr.onabort = () => reject(new DOMException('The upload was stopped', 'AbortError'));
    upload.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(upload.body);
  }).then((response) => answerOf<T>(response));
}
