import type { Locale } from './strings.js';
import type { sharedEn } from './shared.strings.js';

/** Spanish for {@link sharedEn}, in every element's Spanish catalog. */
export const sharedEs: Locale<typeof sharedEn> = {
  connectionError: 'Revisa tu conexión e inténtalo de nuevo.',
  requestId: (p) => `ID de solicitud: ${p.id}`,
  retry: 'Reintentar',
  notConfigured: 'Menteo no está configurado: añade una clave publicable.',
  need_leadership: 'Liderazgo',
  need_mentorship: 'Mentoría',
};
