import type { Locale } from '../locales/strings.js';
import type { en } from './sign-in.strings.js';

/** Spanish for the sign-in's strings. */
const es: Locale<typeof en> = {
  signInFailed: 'No se completó el inicio de sesión. Puedes intentarlo de nuevo.',
  signInBlocked: 'Tu navegador bloqueó la ventana de inicio de sesión. Permite las ventanas emergentes en este sitio e inténtalo de nuevo.',
  signedInAs: (p) => `Sesión iniciada como ${p.name}`,
  signOut: 'Cerrar sesión',
};

export default es;
