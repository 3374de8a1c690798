import { ApiProperty } from '@nestjs/swagger';

export const DUPLICATE_MATCHES = ['email', 'phone'] as const;
export type DuplicateMatch = (typeof DUPLICATE_MATCHES)[number];

/** The contacts a new customer brings: emails in lower case, phones in E.164. */
export interface NewContacts {
  emails: string[];
  phones: string[];
}

/** An existing customer that a new one may be: who, and what of theirs matched. */
export class PossibleDuplicateView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/customerManagement/v4/customer/42' }) href: string;
  @ApiProperty({ example: 'Maria Ivanova' }) name: string;
  @ApiProperty({ enum: DUPLICATE_MATCHES, isArray: true, example: ['email', 'phone'] }) matched: DuplicateMatch[];
  @ApiProperty({ nullable: true, type: String, example: 'maria.ivanova@example.com' }) email: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+447700900123' }) phone: string | null;
}

/** "email and phone", for the message of a 409. */
export const matchedInWords = (matched: DuplicateMatch[]) => matched.map((m) => (m === 'email' ? 'email' : 'phone')).join(' and ');
