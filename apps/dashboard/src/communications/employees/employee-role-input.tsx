import { required, SelectInput } from 'react-admin';
import { useRoleChoices } from '../../admin/users/use-role-choices';

/** The role the employee works under, by name (the API also gives it to their login). */
export function EmployeeRoleInput() {
  const { choices, isPending, problem } = useRoleChoices();
  return (
    <SelectInput
      source="roleName"
      label="Role"
      choices={choices}
      optionValue="name"
      optionText="name"
      isPending={isPending}
      validate={required()}
      helperText={problem ?? 'Decides which communication types and channels they may send'}
      error={problem !== undefined}
    />
  );
}
