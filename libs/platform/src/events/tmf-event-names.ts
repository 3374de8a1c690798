/** TMF event names for a resource, e.g. `eventNames('Customer').created === 'CustomerCreateEvent'`. */
export function eventNames(resource: string) {
  return {
    created: `${resource}CreateEvent`,
    attributeChanged: `${resource}AttributeValueChangeEvent`,
    stateChanged: `${resource}StateChangeEvent`,
    deleted: `${resource}DeleteEvent`,
  } as const;
}
