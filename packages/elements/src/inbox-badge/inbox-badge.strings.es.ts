import type { Locale } from '../locales/strings.js';
import { sharedEs } from '../locales/shared.strings.es.js';
import type { en } from './inbox-badge.strings.js';

/** Spanish for <menteo-inbox-badge>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  inboxLoading: 'Cargando tu bandeja…',
  inboxLoadError: 'No pudimos cargar tu bandeja.',
  inboxNotFound: 'Tu bandeja no está disponible.',
  inboxSignIn: 'Inicia sesión para ver tu bandeja',
  inboxUnread: (p) => `${p.count} sin leer en tus salas de mentoría`,
  inboxUnreadAtLeast: (p) => `Al menos ${p.count} sin leer en tus salas de mentoría`,
  inboxNone: 'Nada sin leer',
};

export default es;
