/**
 * Pictograms of entity types, as small SVGs drawn in white on the node's colour. They are built
 * into the app as data URLs: nothing is fetched from the internet.
 */

const svg = (body: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 24 24" fill="white" stroke="white">${body}</svg>`,
  )}`;

/** Icon shapes by name. */
export const ICONS = {
  person: svg('<circle cx="12" cy="7" r="4" stroke="none"/><path stroke="none" d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8z"/>'),
  official: svg(
    '<circle cx="12" cy="8" r="3.5" stroke="none"/><path stroke="none" d="M5 21c0-4 3-7 7-7s7 3 7 7z"/><path stroke="none" d="M7 4h10l-1 2H8z"/>',
  ),
  company: svg('<path stroke="none" d="M3 21V8l6-3v4l6-3v4l6-3v14z"/>'),
  refinery: svg('<path stroke="none" d="M3 21V11h4V5h3v6h4V8h3v3h4v10z"/>'),
  group: svg(
    '<circle cx="7" cy="8" r="3" stroke="none"/><circle cx="17" cy="8" r="3" stroke="none"/><circle cx="12" cy="6" r="3" stroke="none"/><path stroke="none" d="M2 20c0-3 2-6 5-6h10c3 0 5 3 5 6z"/>',
  ),
  account: svg('<path stroke="none" d="M3 9l9-5 9 5v2H3zM5 12h2v6H5zm4 0h2v6H9zm4 0h2v6h-2zm4 0h2v6h-2zM3 19h18v2H3z"/>'),
  transaction: svg('<path stroke="none" d="M4 7h12V4l5 5-5 5v-3H4zm16 10H8v3l-5-5 5-5v3h12z"/>'),
  mine: svg('<path stroke="none" d="M2 21l7-12 4 6 3-4 6 10z"/><path fill="none" stroke-width="2" d="M14 3l5 5M19 3l-5 5"/>'),
  licence: svg('<path stroke="none" d="M5 2h10l4 4v16H5zm3 8v2h8v-2zm0 4v2h8v-2z"/>'),
  shipment: svg('<path stroke="none" d="M2 7h12v9H2zm12 3h4l4 4v2h-8z"/><circle cx="6" cy="18" r="2" stroke="none"/><circle cx="18" cy="18" r="2" stroke="none"/>'),
  seizure: svg('<path stroke="none" d="M12 2l8 3v6c0 5-3.5 9.5-8 11-4.5-1.5-8-6-8-11V5z"/>'),
  sample: svg('<path stroke="none" d="M9 2h6v2h-1v6l5 9c.6 1.2-.2 3-1.6 3H6.6C5.2 22 4.4 20.2 5 19l5-9V4H9z"/>'),
  prosecution: svg('<path stroke="none" d="M12 2l9 4v2H3V6zM5 10h2v8H5zm6 0h2v8h-2zm6 0h2v8h-2zM3 20h18v2H3z"/>'),
  address: svg('<path stroke="none" d="M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7zm0 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"/>'),
  country: svg('<circle cx="12" cy="12" r="9" fill="none" stroke-width="2"/><path fill="none" stroke-width="1.5" d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>'),
  area: svg('<path stroke="none" d="M12 2l5 8h-3l5 7h-6v5h-2v-5H5l5-7H7z"/>'),
  price: svg('<path stroke="none" d="M3 17l6-6 4 4 8-8v4h2V4h-7v2h4l-7 7-4-4-7 7z"/>'),
  document: svg('<path stroke="none" d="M6 2h8l5 5v15H6zm8 0v5h5"/>'),
  unknown: svg('<circle cx="12" cy="12" r="6" stroke="none"/>'),
} as const;

export type IconName = keyof typeof ICONS;
