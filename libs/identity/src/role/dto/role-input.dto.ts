import { StringListField, TextField } from '@contactly/platform';
import { ROLE_NAME_PATTERN } from '../builtin-roles.js';

const PERMISSION_PATTERN = /^[a-z-]+:[a-z-]+$/;

export class CreateRoleDto {
  @TextField({
    max: 60,
    pattern: ROLE_NAME_PATTERN,
    patternMessage: 'name must be lower-case letters, digits and dashes, starting with a letter',
    example: 'billing-clerk',
  })
  name: string;

  @TextField({ max: 500, optional: true, example: 'Handles invoices and payments' })
  description?: string;

  @StringListField({ itemMax: 60, maxItems: 100, itemPattern: PERMISSION_PATTERN, example: ['customers:read'] })
  permissions: string[];
}

export class UpdateRoleDto {
  @TextField({ max: 500, optional: true, example: 'Handles invoices and payments' })
  description?: string;

  @StringListField({
    itemMax: 60,
    maxItems: 100,
    itemPattern: PERMISSION_PATTERN,
    optional: true,
    example: ['customers:read', 'customers:write'],
  })
  permissions?: string[];
}

export class PermissionsDto {
  @StringListField({ itemMax: 60, maxItems: 100, itemPattern: PERMISSION_PATTERN, example: ['statistics:read'] })
  permissions: string[];
}
