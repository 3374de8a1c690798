import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '@contactly/platform';

/** A reference to another resource by id (TMF `…Ref`). */
export class ResourceRefDto {
  @TextField({ max: 20, example: '42' }) id: string;
  @TextField({ max: 500, optional: true }) href?: string;
  @TextField({ max: 300, optional: true }) name?: string;
  @TextField({ max: 60, optional: true, example: 'Individual' }) '@referredType'?: string;
  @TextField({ max: 60, optional: true }) '@type'?: string;
  @TextField({ max: 60, optional: true }) role?: string;
}

export class RefView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/party/v4/individual/42' }) href: string;
  @ApiProperty({ example: 'Maria Ivanova' }) name: string;
  @ApiProperty({ example: 'Individual', name: '@referredType' }) '@referredType': string;
}

export class RelatedPartyView extends RefView {
  @ApiProperty({ example: 'affiliate' }) role: string;
}
