import { EnumField } from '@contactly/platform';
import { USER_LOCALES, type UserLocale } from '../user.entity.js';

/** PATCH /users/me: what a user may change of their own account besides the password. */
export class UpdateOwnAccountDto {
  @EnumField(USER_LOCALES, { example: 'ru', description: 'Interface language of the dashboard and of messages sent to the user' })
  locale: UserLocale;
}
