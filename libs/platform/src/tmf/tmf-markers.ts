import { TextField } from '../http/validation/fields.js';

/** TMF polymorphism markers a client may send along with a resource; accepted, not stored. */
export class TmfMarkers {
  @TextField({ max: 60, optional: true, description: 'TMF polymorphism marker; ignored' }) '@type'?: string;
  @TextField({ max: 60, optional: true }) '@baseType'?: string;
  @TextField({ max: 500, optional: true }) '@schemaLocation'?: string;
}
