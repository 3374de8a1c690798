import type { DocumentKind } from '../api-types';

export type FileKind = Extract<DocumentKind, 'audio' | 'video'>;

export const isFileKind = (kind: unknown): kind is FileKind => kind === 'audio' || kind === 'video';

interface UploadLimit {
  maxBytes: number;
  contentTypes: readonly string[];
  /** The usual file extensions, as people know the types. */
  extensions: string;
}

const MiB = 1024 * 1024;

/**
 * What the server accepts for audio and video documents, as POST /api/v1/documents/upload
 * documents it (the server's DEFAULT_UPLOAD_LIMITS). The server decides; the form uses these to
 * say so before a long upload, and explains a 413 or 415 with the figures the server answers.
 */
export const UPLOAD_LIMITS: Readonly<Record<FileKind, UploadLimit>> = {
  audio: {
    maxBytes: 20 * MiB,
    contentTypes: [
      'audio/mpeg',
      'audio/mp4',
      'audio/x-m4a',
      'audio/aac',
      'audio/ogg',
      'audio/opus',
      'audio/wav',
      'audio/x-wav',
      'audio/webm',
      'audio/flac',
    ],
    extensions: 'mp3, m4a, aac, ogg, opus, wav, webm, flac',
  },
  video: {
    maxBytes: 50 * MiB,
    contentTypes: ['video/mp4', 'video/webm', 'video/ogg', 'video/quicktime', 'video/mpeg'],
    extensions: 'mp4, webm, ogg, mov, mpeg',
  },
};

/** A size as people read it: 512 bytes, 300 KiB, 1.5 MiB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MiB) return `${Math.round(bytes / 1024)} KiB`;
  const mib = bytes / MiB;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}

const aKind = (kind: FileKind) => (kind === 'audio' ? 'an audio' : 'a video');
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The limits of a kind in one line, for the form's helper text. */
export const limitsText = (kind: FileKind): string =>
  `${kind === 'audio' ? 'Audio' : 'Video'}: ${UPLOAD_LIMITS[kind].extensions}, up to ${formatBytes(UPLOAD_LIMITS[kind].maxBytes)}`;

/** The `accept` of a file input for the kind. */
export const acceptOf = (kind: FileKind): string => UPLOAD_LIMITS[kind].contentTypes.join(',');

/**
 * Why the server would refuse this file, before sending it; undefined when it looks acceptable.
 * A file whose type the browser does not know (empty) is left to the server.
 */
export function uploadProblem(kind: FileKind, file: { size: number; type: string }): string | undefined {
  const limit = UPLOAD_LIMITS[kind];
  if (file.size === 0) return 'The file is empty';
  const type = file.type.split(';')[0].trim().toLowerCase();
  if (type && !limit.contentTypes.includes(type))
    return `${capitalized(aKind(kind))} document must be ${limit.extensions} (this file is ${type})`;
  if (file.size > limit.maxBytes)
    return `${capitalized(aKind(kind))} file may be at most ${formatBytes(limit.maxBytes)} (this one is ${formatBytes(file.size)})`;
  return undefined;
}

/** The body of a refused upload: the error shape, with the server's limit when it gave one. */
interface RefusalBody {
  code?: string;
  message?: string;
  maxBytes?: number;
  allowed?: string[];
}

/** A 413 or 415 from the server in plain words; undefined for any other answer. */
export function uploadRefusal(status: number, body: unknown, kind: FileKind, file?: { size: number; type: string }): string | undefined {
  const refusal = (typeof body === 'object' && body !== null ? body : {}) as RefusalBody;
  if (status === 413) {
    const max = typeof refusal.maxBytes === 'number' ? refusal.maxBytes : UPLOAD_LIMITS[kind].maxBytes;
    const size = file ? `, and this one is ${formatBytes(file.size)}` : '';
    return `The file is too large: the server takes ${kind} files up to ${formatBytes(max)}${size}. Nothing was stored.`;
  }
  if (status === 415) {
    const allowed = Array.isArray(refusal.allowed) && refusal.allowed.length ? refusal.allowed.join(', ') : UPLOAD_LIMITS[kind].extensions;
    const type = file?.type ? `files of type ${file.type}` : 'this type of file';
    return `The server does not take ${type} as ${kind}: it takes ${allowed}. Nothing was stored.`;
  }
  return undefined;
}
