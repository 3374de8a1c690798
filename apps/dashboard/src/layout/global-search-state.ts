/**
 * The navigation state the app bar's search box sends with the customer search page's URL, so that
 * the page, when already open, takes the new query into its field.
 */
export const SEARCH_STATE = 'contactly.globalSearch';
