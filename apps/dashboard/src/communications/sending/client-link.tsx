import { Link } from 'react-router';
import { ReferenceField, WithRecord } from 'react-admin';
import { customerPath } from '../../customers/customer-paths';

interface ClientRecord {
  clientId: number;
  firstName: string | null;
  lastName: string | null;
}

export const clientNameOf = (client: ClientRecord): string =>
  [client.firstName, client.lastName].filter(Boolean).join(' ') || `Client #${client.clientId}`;

/**
 * A communication's client by name, linking to their customer 360 page at its communications tab
 * (a click on it does not also open the row it sits in).
 */
export function ClientLink({ source = 'clientId' }: { source?: string }) {
  return (
    <WithRecord
      render={(record) =>
        record[source] === null || record[source] === undefined ? (
          '—'
        ) : (
          <Link to={customerPath(record[source] as number, 'communications')} onClick={(event) => event.stopPropagation()}>
            <ReferenceField source={source} reference="clients" link={false}>
              <WithRecord<ClientRecord> render={(client) => clientNameOf(client)} />
            </ReferenceField>
          </Link>
        )
      }
    />
  );
}
