import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { PLATFORM_ERRORS, DomainError, invalid } from '@contactly/platform';
import type { FastifyRequest } from 'fastify';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

export interface UploadedFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartUpload {
  fields: Record<string, string>;
  file: UploadedFile | null;
}

const LIMITS = { files: 1, fields: 20, fieldSize: 4000, parts: 25 };
/** How long an upload may send nothing before it is dropped. */
const UPLOAD_IDLE_MS = 30_000;

const tooLarge = (limit: number) =>
  new DomainError(
    'PayloadTooLarge',
    COMMUNICATIONS_ERRORS.FILE_TOO_LARGE,
    `The file is larger than the ${Math.floor(limit / 1024)} KiB allowed`,
    { extra: { maxBytes: limit } },
  );
const malformed = () => invalid(COMMUNICATIONS_ERRORS.MALFORMED_MULTIPART, 'The multipart body could not be read');

const isMultipart = (request: FastifyRequest) => /^multipart\/form-data\s*(;|$)/i.test(request.headers['content-type'] ?? '');

/**
 * Reads a multipart request: its text fields and one file (`file`), the file cut at `maxFileBytes`
 * (413). Not multipart: 415. The whole file is held in memory, within that limit, so it is
 * checked before anything is written and the write is one short transaction. The body arrives
 * unread (multipart-support.ts).
 */
export function readMultipart(request: FastifyRequest, maxFileBytes: number): Promise<MultipartUpload> {
  if (!isMultipart(request)) {
    return Promise.reject(
      new DomainError(
        'UnsupportedMediaType',
        COMMUNICATIONS_ERRORS.MULTIPART_REQUIRED,
        'Send the file as multipart/form-data with a part named "file"',
      ),
    );
  }
  const body = request.raw;
  if (body.destroyed) return Promise.reject(malformed()); // the client went away before the route ran
  return new Promise((resolve, reject) => {
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({ headers: request.headers as never, limits: { ...LIMITS, fileSize: maxFileBytes } });
    } catch {
      body.resume();
      return reject(malformed()); // no boundary, or one Busboy cannot use
    }
    const fields: Record<string, string> = Object.create(null);
    let file: UploadedFile | null = null;
    let failed = false;
    let drained = 0;
    let idle: NodeJS.Timeout | undefined;
    const settle = () => clearTimeout(idle);
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      body.unpipe(parser);
      // Unpiping pauses the body: keep it flowing, so the rest is read and dropped (up to the cap
      // below) and the request ends; paused, it would sit until the idle timeout destroyed it and
      // its keep-alive connection, under whatever request that carried by then.
      body.resume();
      reject(error);
    };

    parser.on('file', (fieldname: string, stream: BusboyFileStream, fileName: string, _encoding: string, mimeType: string) => {
      // A body cut inside a part errors the part's stream: unhandled, that would end the process.
      stream.on('error', () => fail(malformed()));
      if (fieldname !== 'file') {
        stream.resume();
        return fail(
          invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `Unexpected file part "${fieldname}": send the file as "file"`, [
            { field: fieldname, message: 'is not a known attribute' },
          ]),
        );
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge(maxFileBytes)));
      stream.on('end', () => {
        if (!stream.truncated) file = { fileName, contentType: mimeType.split(';')[0].trim().toLowerCase(), data: Buffer.concat(chunks) };
      });
    });
    parser.on('field', (fieldname: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
      if (valueTruncated)
        return fail(invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `${fieldname} is too long`, [{ field: fieldname, message: 'is too long' }]));
      fields[fieldname] = value;
    });
    parser.on('filesLimit', () =>
      fail(
        invalid(COMMUNICATIONS_ERRORS.TOO_MANY_FILES, 'Send one file per request', [
          { field: 'file', message: 'only one file is accepted' },
        ]),
      ),
    );
    parser.on('partsLimit', () => fail(invalid(COMMUNICATIONS_ERRORS.TOO_MANY_PARTS, 'The form has too many parts')));
    parser.on('fieldsLimit', () => fail(invalid(COMMUNICATIONS_ERRORS.TOO_MANY_PARTS, 'The form has too many parts')));
    parser.on('error', () => fail(malformed()));
    parser.on('finish', () => {
      settle();
      if (!failed) resolve({ fields, file });
    });

    body.pipe(parser);
    // After a refusal the rest of the body is read and dropped (so the answer reaches the client),
    // but no more than another file's worth; a client that stops sending is cut off after a while.
    const stalled = () => {
      fail(invalid(COMMUNICATIONS_ERRORS.UPLOAD_STALLED, `Nothing arrived for ${UPLOAD_IDLE_MS / 1000} s`));
      body.destroy();
    };
    idle = setTimeout(stalled, UPLOAD_IDLE_MS);
    body.on('data', (chunk: Buffer) => {
      idle?.refresh();
      if (failed && (drained += chunk.length) > maxFileBytes) body.destroy();
    });
    body.once('end', settle);
    body.once('error', () => fail(malformed()));
    body.once('close', () => {
      settle();
      if (!body.readableEnded) fail(malformed()); // the client went away mid-upload
    });
  });
}
