import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '@contactly/platform';

export class CreateCompanyDto {
  @TextField({ max: 200, example: 'Contactly Telecom' }) name: string;
  @TextField({ max: 1000, min: 0, optional: true, nullable: true, example: 'Оператор связи' }) description?: string | null;
}

export class UpdateCompanyDto {
  @TextField({ max: 200, optional: true }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
}

export class CompanyView {
  @ApiProperty({ example: 1 }) companyId: number;
  @ApiProperty({ example: 'Contactly Telecom' }) name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
