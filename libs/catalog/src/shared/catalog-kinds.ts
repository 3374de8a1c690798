/** The kinds of resource (TMF639) a product of a specification needs: a mobile plan an MSISDN and a SIM. */
export const RESOURCE_KINDS = ['msisdn', 'iccid'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** A recurring charge (monthly or yearly), a one-time charge or a usage rate. */
export const PRICE_TYPES = ['recurring', 'oneTime', 'usage'] as const;
export type PriceType = (typeof PRICE_TYPES)[number];
export const RECURRING_PERIODS = ['month', 'year'] as const;
export type RecurringPeriod = (typeof RECURRING_PERIODS)[number];
