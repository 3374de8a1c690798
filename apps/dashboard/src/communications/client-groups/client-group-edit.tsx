import { Edit, SimpleForm, useTranslate } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import { ClientGroupInputs } from './client-group-inputs';
import { ClientGroupMembers } from './client-group-members';

/** A group's name, description and members; saved with its version (a stale edit is refused, 412). */
export function ClientGroupEdit() {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic" title={translate('contactly.clientGroups.editTitle', { _: 'Client group' })}>
      <SimpleForm
        toolbar={
          <EditToolbar
            deleteConsequence={translate('contactly.clientGroups.deleteConsequence', {
              _: 'Its clients stay; mailings sent to it keep their history.',
            })}
          />
        }
      >
        <ClientGroupInputs />
        <ClientGroupMembers />
      </SimpleForm>
    </Edit>
  );
}
