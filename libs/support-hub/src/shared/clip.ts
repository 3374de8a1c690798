/** Shortens a text to fit its column, marking the cut. */
export const clip = (text: string, max = 1000) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
