/**
 * The vendor-neutral vocabulary of the seeded cases: which providers exist and which issues they
 * have. Each vendor spells providers and error codes its own way (see its mapper); the hub's job is to
 * see through the spellings, so the underlying facts must be shared.
 */

export interface Issue {
  /** Four digits; vendors decorate them (`E-1101`, `ERR1101`, …). */
  code: string;
  summary: string;
  detail: string;
}

export const ISSUES = {
  simActivation: { code: '1101', summary: 'SIM activation fails', detail: 'The new SIM stays inactive after the activation window.' },
  esimDownload: {
    code: '1102',
    summary: 'eSIM profile download fails',
    detail: 'The QR code is accepted but the profile download aborts.',
  },
  portIn: { code: '1204', summary: 'Number port-in stuck', detail: 'The port-in request has been pending for days.' },
  portOut: { code: '1205', summary: 'Number port-out rejected', detail: 'The donor network rejects the port-out request.' },
  roamingData: { code: '2301', summary: 'Roaming data not working', detail: 'Calls work abroad but mobile data does not.' },
  roamingCharges: { code: '2302', summary: 'Roaming charges disputed', detail: 'The bill shows roaming charges inside the included zone.' },
  invoiceAmount: { code: '3401', summary: 'Invoice amount wrong', detail: 'The monthly invoice does not match the tariff.' },
  directDebit: { code: '3402', summary: 'Direct debit failed', detail: 'The direct debit was returned although the account is funded.' },
  coverage: { code: '4501', summary: 'No network coverage at home', detail: 'No signal indoors since last week.' },
  droppedCalls: { code: '4502', summary: 'Calls drop after a few seconds', detail: 'Outgoing calls drop after 5 to 10 seconds.' },
  voicemail: { code: '5601', summary: 'Voicemail not reachable', detail: 'Dialling the voicemail number gives a busy tone.' },
  smsDelivery: { code: '5602', summary: 'SMS not delivered', detail: 'Text messages to other networks are not delivered.' },
  topUp: { code: '6701', summary: 'Top-up not credited', detail: 'A paid top-up does not appear on the balance.' },
  tariffChange: { code: '6702', summary: 'Tariff change not applied', detail: 'The requested tariff change has not taken effect.' },
} satisfies Record<string, Issue>;

export type ProviderKey = 'vodafone' | 'orange' | 'telefonica' | 'deutsche-telekom' | 'o2' | 'mts' | 'beeline' | 't-mobile-us';

export interface Provider {
  key: ProviderKey;
  region: 'EU' | 'CIS' | 'NA';
  /** Hottest first: the generator favours the front of the list. */
  issues: readonly Issue[];
}

/** Busiest first, for the same reason. */
export const PROVIDERS: readonly Provider[] = [
  {
    key: 'vodafone',
    region: 'EU',
    issues: [ISSUES.simActivation, ISSUES.portIn, ISSUES.roamingData, ISSUES.invoiceAmount, ISSUES.droppedCalls],
  },
  { key: 'orange', region: 'EU', issues: [ISSUES.esimDownload, ISSUES.portOut, ISSUES.roamingCharges, ISSUES.directDebit] },
  { key: 'telefonica', region: 'EU', issues: [ISSUES.roamingData, ISSUES.simActivation, ISSUES.coverage, ISSUES.topUp] },
  { key: 'mts', region: 'CIS', issues: [ISSUES.simActivation, ISSUES.portOut, ISSUES.coverage, ISSUES.topUp] },
  { key: 'deutsche-telekom', region: 'EU', issues: [ISSUES.portIn, ISSUES.invoiceAmount, ISSUES.voicemail, ISSUES.tariffChange] },
  { key: 'o2', region: 'EU', issues: [ISSUES.esimDownload, ISSUES.roamingCharges, ISSUES.droppedCalls, ISSUES.smsDelivery] },
  { key: 'beeline', region: 'CIS', issues: [ISSUES.portIn, ISSUES.roamingData, ISSUES.smsDelivery, ISSUES.tariffChange] },
  { key: 't-mobile-us', region: 'NA', issues: [ISSUES.esimDownload, ISSUES.directDebit, ISSUES.droppedCalls, ISSUES.topUp] },
];

/** Lifecycle states in the richest vendor's terms; vendors with fewer states fold them. */
export type CaseStatus = 'open' | 'pending' | 'resolved' | 'closed';
