import { ApiProperty } from '@nestjs/swagger';

/** One line of the agents' customer search. */
export class CustomerSummaryDto {
  @ApiProperty({ example: 42 }) id: number;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/customerManagement/v4/customer/42' }) href: string;
  @ApiProperty({ example: 'Maria Ivanova' }) name: string;
  @ApiProperty({ enum: ['individual', 'organization'] }) partyType: string;
  @ApiProperty({ enum: ['B2C', 'B2B'] }) segment: string;
  @ApiProperty({ example: 'active' }) status: string;
  @ApiProperty({ nullable: true, type: String, example: 'maria.ivanova@example.com' }) email: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+447700900123' }) phone: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 3 }) affiliateId: number | null;
}
