import { SelectArrayInput } from 'react-admin';
import { useRoleChoices } from './use-role-choices';

/** The roles a user holds, picked by name from GET /api/v1/roles. */
export function RoleNamesInput() {
  const { choices, isPending, problem } = useRoleChoices();
  return (
    <SelectArrayInput
      source="roles"
      choices={choices}
      optionValue="name"
      optionText="name"
      isPending={isPending}
      helperText={problem}
      error={problem !== undefined}
    />
  );
}
