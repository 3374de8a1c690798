import { lazy } from 'react';
import { Resource } from 'react-admin';
import { LazyPage } from '../../layout/lazy-page';
import { ClientGroupCreate } from '../client-groups/client-group-create';
import { ClientGroupEdit } from '../client-groups/client-group-edit';
import { ClientGroupList } from '../client-groups/client-group-list';
import { CommunicationList } from '../communication-list/communication-list';
import { CommunicationShow } from '../communication-list/communication-show';
import { MailingList } from '../mailings/mailing-list';
import { MailingShow } from '../mailings/mailing-show';
import { clientNameOf } from './client-link';

// The compose page (search, preview, schedule) loads when first opened.
const ComposePage = lazy(() => import('../compose/compose-page').then((m) => ({ default: m.ComposePage })));

const Compose = () => (
  <LazyPage>
    <ComposePage />
  </LazyPage>
);

/**
 * The sending screens as react-admin resources (an element of `<Admin>`): communications (list,
 * compose as their create screen, show) and mailings (list, show), read with communications:read;
 * composing takes communications:send or :admin, as the API, and so does making and editing the
 * saved client groups. Clients are only read for names.
 */
export function sendingResources(can: (permission: string) => boolean) {
  if (!can('communications:read')) return null;
  const sender = can('communications:send') || can('communications:admin');
  return (
    <>
      <Resource
        name="communications"
        list={CommunicationList}
        show={CommunicationShow}
        create={sender ? Compose : undefined}
        recordRepresentation={(c) => `${c.name} #${c.communicationId}`}
      />
      <Resource name="mailings" list={MailingList} show={MailingShow} recordRepresentation="name" />
      <Resource name="clients" recordRepresentation={clientNameOf} />
      <Resource
        name="client_groups"
        list={ClientGroupList}
        create={sender ? ClientGroupCreate : undefined}
        edit={sender ? ClientGroupEdit : undefined}
        recordRepresentation="name"
      />
    </>
  );
}
