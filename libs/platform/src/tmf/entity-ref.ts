import { ApiProperty } from '@nestjs/swagger';
import { rowIdOf } from '../http/validation/parse-id.pipe.js';
import { TextField } from '../http/validation/fields.js';

/**
 * The numeric id a TMF reference names (`{id: "42"}`), or -1 when it cannot name one of our rows:
 * such a reference then simply matches nothing and is reported as not found.
 */
export const refId = rowIdOf;

/** A reference to another resource by id, as a client sends it (TMF EntityRef / RelatedParty). */
export class ResourceRefDto {
  @TextField({ max: 20, example: '42' }) id: string;
  @TextField({ max: 500, optional: true }) href?: string;
  @TextField({ max: 300, optional: true }) name?: string;
  @TextField({ max: 60, optional: true, example: 'Individual' }) '@referredType'?: string;
  @TextField({ max: 60, optional: true }) '@type'?: string;
  @TextField({ max: 60, optional: true }) role?: string;
}

/** A reference as we answer it (TMF EntityRef): always with its href and name. */
export class RefView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/party/v4/individual/42' }) href: string;
  @ApiProperty({ example: 'Maria Ivanova' }) name: string;
  @ApiProperty({ example: 'Individual', name: '@referredType' }) '@referredType': string;
}

/** A party in a role (TMF RelatedParty): the owner, the owning affiliate… */
export class RelatedPartyView extends RefView {
  @ApiProperty({ example: 'affiliate' }) role: string;
}

/** Builds a RefView (or, given a role, a RelatedPartyView) in the order TMF payloads put it. */
export function tmfRef(ref: { id: string | number; href: string; name: string; referredType: string }): RefView;
export function tmfRef(ref: { id: string | number; href: string; name: string; referredType: string; role: string }): RelatedPartyView;
export function tmfRef(ref: {
  id: string | number;
  href: string;
  name: string;
  referredType: string;
  role?: string;
}): RefView | RelatedPartyView {
  return {
    id: String(ref.id),
    href: ref.href,
    name: ref.name,
    ...(ref.role !== undefined ? { role: ref.role } : {}),
    '@referredType': ref.referredType,
  };
}
