import { DomainError, invalid } from '@contactly/platform';
import type { FastifyRequest } from 'fastify';

export interface UploadedFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartUpload {
  fields: Record<string, string>;
  file: UploadedFile | null;
}

const tooLarge = (limit: number) =>
  new DomainError('PayloadTooLarge', 'FILE_TOO_LARGE', `The file is larger than the ${Math.floor(limit / 1024)} KiB allowed`, { extra: { maxBytes: limit } });

/**
 * Reads a multipart request: its text fields and one file (`file`), the file cut at `maxFileBytes`
 * (413). Not multipart: 415. The whole file is held in memory, within that limit, so it is
 * checked before anything is written and the write is one short transaction.
 */
export async function readMultipart(request: FastifyRequest, maxFileBytes: number): Promise<MultipartUpload> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) {
    throw new DomainError('UnsupportedMediaType', 'MULTIPART_REQUIRED', 'Send the file as multipart/form-data with a part named "file"');
  }
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxFileBytes, files: 1, fields: 20, fieldSize: 4000, parts: 25 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw invalid('VALIDATION_FAILED', `Unexpected file part "${part.fieldname}": send the file as "file"`, [{ field: part.fieldname, message: 'is not a known attribute' }]);
        const data = await part.toBuffer();
        file = { fileName: part.filename, contentType: part.mimetype.split(';')[0].trim().toLowerCase(), data };
      } else if (part.valueTruncated) {
        throw invalid('VALIDATION_FAILED', `${part.fieldname} is too long`, [{ field: part.fieldname, message: 'is too long' }]);
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxFileBytes);
    if (code === 'FST_FILES_LIMIT') throw invalid('TOO_MANY_FILES', 'Send one file per request', [{ field: 'file', message: 'only one file is accepted' }]);
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw invalid('TOO_MANY_PARTS', 'The form has too many parts');
    throw invalid('MALFORMED_MULTIPART', 'The multipart body could not be read');
  }
  return { fields, file };
}
