import type { FileKind } from './document.entity.js';

/**
 * What an uploaded audio or video file may be: its largest size and its content types. A larger
 * file is refused with 413, another type with 415; nothing is stored.
 */
export class DocumentUploadLimits {
  constructor(
    readonly maxBytes: Readonly<Record<FileKind, number>>,
    readonly contentTypes: Readonly<Record<FileKind, readonly string[]>>,
  ) {}

  /** The largest file any kind may have: the stream is cut there, before the kind is known. */
  get largest(): number {
    return Math.max(...Object.values(this.maxBytes));
  }
}

const MiB = 1024 * 1024;

export const DEFAULT_UPLOAD_LIMITS = new DocumentUploadLimits(
  { audio: 20 * MiB, video: 50 * MiB },
  {
    audio: [
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
    video: ['video/mp4', 'video/webm', 'video/ogg', 'video/quicktime', 'video/mpeg'],
  },
);
