import { ApiError, toApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { readJson, send } from '../../api/send';
import type { CommunicationDocument, DocumentPreview } from '../api-types';
import { type FileKind, uploadRefusal } from './upload-limits';

export interface FileUpload {
  name: string;
  kind: FileKind;
  description?: string | null;
  file: File;
}

/** A multipart call's answer, or its refusal: 413 and 415 in plain words, the rest as the server said. */
async function multipart(request: Request, kind: FileKind, file: File): Promise<CommunicationDocument> {
  const response = await send(request);
  const body = await readJson(response);
  if (response.ok) return body as CommunicationDocument;
  const refusal = uploadRefusal(response.status, body, kind, file);
  if (refusal) throw new ApiError(refusal, response.status, (body as { code?: string } | undefined)?.code);
  throw toApiError(response, body);
}

/** An audio or video document: POST /api/v1/documents/upload (fields first, then the file). */
export function uploadDocument({ name, kind, description, file }: FileUpload): Promise<CommunicationDocument> {
  const form = new FormData();
  form.append('name', name);
  form.append('kind', kind);
  if (description) form.append('description', description);
  form.append('file', file, file.name);
  return multipart(new Request('/api/v1/documents/upload', { method: 'POST', body: form }), kind, file);
}

/** A new file for an audio or video document, at the version it was read (a stale one is 412). */
export function replaceDocumentFile(
  document: Pick<CommunicationDocument, 'documentId' | 'kind' | 'version'>,
  file: File,
): Promise<CommunicationDocument> {
  const form = new FormData();
  form.append('file', file, file.name);
  const request = new Request(`/api/v1/documents/${document.documentId}/content`, {
    method: 'PUT',
    body: form,
    headers: { 'If-Match': `"${document.version}"` },
  });
  return multipart(request, document.kind as FileKind, file);
}

/** A template filled with sample values by the server (nothing is sent or stored). */
export const previewDocument = (documentId: number, variables: Record<string, string>): Promise<DocumentPreview> =>
  unwrap(api.POST('/api/v1/documents/{document}/preview', { params: { path: { document: String(documentId) } }, body: { variables } }));

/**
 * Saves a document's file (or a text's body) the way a download link would: the call needs our
 * credentials, which a plain link would not send.
 */
export async function downloadDocument(document: Pick<CommunicationDocument, 'documentId' | 'name' | 'file'>): Promise<void> {
  const response = await send(new Request(`/api/v1/documents/${document.documentId}/content`));
  if (!response.ok) throw toApiError(response, await readJson(response));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = Object.assign(window.document.createElement('a'), {
      href: url,
      download: document.file?.fileName ?? `${document.name}.txt`,
    });
    link.click();
  } finally {
    // The click has handed the blob to the browser's download; the URL is not needed after it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
