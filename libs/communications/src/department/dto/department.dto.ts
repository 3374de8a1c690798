import { ApiProperty } from '@nestjs/swagger';
import { IntField, TextField } from '@contactly/platform';

export class CreateDepartmentDto {
  @IntField({ min: 1, example: 1, description: 'The company it belongs to' }) companyId: number;
  @TextField({ max: 200, example: 'Маркетинг' }) name: string;
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
}

export class UpdateDepartmentDto {
  @IntField({ min: 1, optional: true, description: 'Moves it to another company' }) companyId?: number;
  @TextField({ max: 200, optional: true }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
}

export class CompanyRefView {
  @ApiProperty({ example: 1 }) companyId: number;
  @ApiProperty({ example: 'Contactly Telecom' }) name: string;
}

export class DepartmentView {
  @ApiProperty({ example: 3 }) departmentId: number;
  @ApiProperty({ example: 'Маркетинг' }) name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: CompanyRefView }) company: CompanyRefView;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
