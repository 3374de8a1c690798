/**
 * A valid mobile number of its own for one test (Moscow's +7 916 range, ten million of them). The
 * server refuses numbers no country has, and a second customer with another's phone is a possible
 * duplicate (409); the UK drama range +44 7700 900xxx holds only a thousand, too few to stay apart.
 */
export const uniqueMobile = () => `+7916${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
