import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

class FieldProblemDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'must be an email address' }) message: string;
}

/** The common error shape, for the OpenAPI document. */
export class ErrorDto {
  @ApiProperty({ enum: ['Error'], name: '@type' }) '@type': 'Error';
  @ApiProperty({ example: 'USER_NOT_FOUND', description: 'Stable machine-readable code' }) code: string;
  @ApiProperty({ example: 'Not Found' }) reason: string;
  @ApiProperty({ example: 'User 42 does not exist' }) message: string;
  @ApiProperty({ example: '404', description: 'The HTTP status, as a string (TMF630)' }) status: string;
  @ApiPropertyOptional({ type: [FieldProblemDto] }) details?: FieldProblemDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `details` names each field',
  401: 'Missing or wrong credentials (`WWW-Authenticate: Basic`)',
  403: 'The principal lacks the permission',
  404: 'No such record, or out of the principal’s scope',
  409: 'Conflicts with the current state',
  412: 'If-Match names a stale version',
  413: 'Body over the size limit',
  415: 'Unsupported content type',
  422: 'Refers to something that cannot be used',
  429: 'Too many attempts; see `Retry-After`',
  503: 'A dependency is unavailable',
};

/** Documents the error responses of a route, each with the common error shape. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorDto })),
  );
}
