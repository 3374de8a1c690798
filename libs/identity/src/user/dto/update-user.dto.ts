import { BooleanField, EmailField, StringListField, TextField } from '@contactly/platform';

/** PATCH: every attribute optional; username and kind never change. */
export class UpdateUserDto {
  @TextField({ max: 200, optional: true, example: 'Anna Agent' })
  displayName?: string;

  @EmailField({ optional: true, nullable: true })
  email?: string | null;

  @StringListField({ itemMax: 60, maxItems: 20, optional: true, example: ['agent', 'marketer'] })
  roles?: string[];

  @BooleanField({ optional: true })
  active?: boolean;
}
