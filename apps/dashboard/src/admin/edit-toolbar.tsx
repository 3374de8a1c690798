import { DeleteWithConfirmButton, SaveButton, Toolbar } from 'react-admin';

interface EditToolbarProps {
  deletable?: boolean;
  /** What else a delete does, for the confirmation dialog. */
  deleteConsequence?: string;
}

/**
 * Save, and delete after a confirmation. Both wait for the server (pessimistic), so a refusal
 * (409 ROLE_IN_USE, 412 stale version…) is shown at once and nothing looks done that is not.
 */
export function EditToolbar({ deletable = true, deleteConsequence }: EditToolbarProps) {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {deletable && <DeleteWithConfirmButton mutationMode="pessimistic" confirmContent={deleteConsequence} />}
    </Toolbar>
  );
}
