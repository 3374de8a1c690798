import { EmailField, EnumField, BooleanField, IntField, PasswordField, StringListField, TextField } from '@contactly/platform';
import { PRINCIPAL_KINDS } from '../user.entity.js';

export const USERNAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._@+-]*$/u;

export class CreateUserDto {
  @TextField({
    max: 100,
    pattern: USERNAME_PATTERN,
    patternMessage: 'username may hold letters, digits and . _ @ + - (no spaces or colons)',
    example: 'anna.agent',
  })
  username: string;

  @TextField({ max: 200, example: 'Anna Agent' })
  displayName: string;

  @EmailField({ optional: true, nullable: true })
  email?: string | null;

  @PasswordField({ description: 'At least 10 characters, not the username, not a common password', example: 'Correct-Horse-42' })
  password: string;

  @StringListField({ itemMax: 60, maxItems: 20, example: ['agent'], description: 'Role names' })
  roles: string[];

  @EnumField(PRINCIPAL_KINDS, { optional: true, example: 'staff', description: 'Default staff' })
  kind?: (typeof PRINCIPAL_KINDS)[number];

  @IntField({ optional: true, nullable: true, min: 1, description: 'Required for kind affiliate' })
  affiliateId?: number | null;

  @BooleanField({ optional: true, example: true })
  active?: boolean;
}
