import { useGetList, useTranslate } from 'react-admin';
import type { Role } from '../api-types';

/** Every role, by name, for inputs that pick roles (users hold role names, not role ids). */
export function useRoleChoices() {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<Role>('roles', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  return {
    choices: data ?? [],
    isPending,
    problem: error ? translate('contactly.admin.roles.load_failed', { reason: error.message }) : undefined,
  };
}
