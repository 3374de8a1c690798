import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TextField } from '../http/validation/fields.js';

/** A free-text remark on a resource (TMF Note), as a client sends it; author and date are ours to set. */
export class NoteDto {
  @TextField({ max: 2000, example: 'Customer asked to be called after 6 pm' }) text: string;
}

export class NoteView {
  @ApiProperty({ example: '3' }) id: string;
  @ApiPropertyOptional({ example: 'Maria Agent', nullable: true, type: String, description: 'Who wrote it' }) author: string | null;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) date: string;
  @ApiProperty({ example: 'Customer asked to be called after 6 pm' }) text: string;
}

export function toNoteView(note: { id: number; author: string | null; createdAt: Date; text: string }): NoteView {
  return { id: String(note.id), author: note.author, date: note.createdAt.toISOString(), text: note.text };
}
