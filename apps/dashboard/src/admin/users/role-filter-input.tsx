import { SelectInput, type SelectInputProps } from 'react-admin';
import { useRoleChoices } from './use-role-choices';

/** The users list filter `role=<name>`. */
export function RoleFilterInput(props: Omit<SelectInputProps, 'choices'>) {
  const { choices, isPending, problem } = useRoleChoices();
  return (
    <SelectInput
      label="resources.users.fields.role"
      {...props}
      choices={choices}
      optionValue="name"
      optionText="name"
      isPending={isPending}
      helperText={problem ?? props.helperText}
    />
  );
}
