/**
 * Strings every element uses (errors, retry, the two kinds of need). Elements spread them
 * into their own catalog, so each bundle carries only what it shows.
 */
export const sharedEn = {
  connectionError: 'Check your connection and try again.',
  requestId: (p: { id: string }) => `Request ID: ${p.id}`,
  retry: 'Try again',
  notConfigured: 'Menteo is not configured: add a publishable key.',
  need_leadership: 'Leadership',
  need_mentorship: 'Mentorship',
  signInRequired: 'Sign in to see this.',
  signIn: 'Sign in',
};

/** Spanish for {@link sharedEn}. */
export const sharedEs: { [K in keyof typeof sharedEn]: (typeof sharedEn)[K] } = {
  connectionError: 'Revisa tu conexión e inténtalo de nuevo.',
  requestId: (p) => `ID de solicitud: ${p.id}`,
  retry: 'Reintentar',
  notConfigured: 'Menteo no está configurado: añade una clave publicable.',
  need_leadership: 'Liderazgo',
  need_mentorship: 'Mentoría',
  signInRequired: 'Inicia sesión para ver esto.',
  signIn: 'Iniciar sesión',
};
