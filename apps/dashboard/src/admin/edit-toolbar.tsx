import { DeleteWithConfirmButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Save, and delete after a confirmation. Both wait for the server (pessimistic), so a refusal
 * (409 ROLE_IN_USE, 412 stale version…) is shown at once and nothing looks done that is not.
 */
export function EditToolbar({ deletable = true }: { deletable?: boolean }) {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {deletable && <DeleteWithConfirmButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}
