import { useTranslate } from 'react-admin';
import { statusLabel } from './customer-status';

/** A customer status in the user's language (the English label is the default). */
export function useStatusLabel() {
  const translate = useTranslate();
  return (status: string) => translate(`contactly.customer360.status.${status}`, { _: statusLabel(status) });
}
