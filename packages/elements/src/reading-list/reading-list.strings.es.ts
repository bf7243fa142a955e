import type { Locale } from '../locales/strings.js';
import { sharedEs } from '../locales/shared.strings.es.js';
import type { en } from './reading-list.strings.js';

/** Spanish for <menteo-reading-list>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  readingTitle: 'Tu lista de lectura',
  readingLoading: 'Cargando tu lista de lectura…',
  readingLoadError: 'No pudimos cargar tu lista de lectura.',
  readingNotFound: 'Tu lista de lectura no está disponible.',
  readingSignIn: 'Inicia sesión para ver tu lista de lectura',
  readingPrivate: 'Las publicaciones que guardas solo las ves tú.',
  readingSignInButton: 'Iniciar sesión',
  readingEmpty: 'Tu lista de lectura está vacía',
  readingEmptyHint: 'Guarda una publicación con su botón Guardar para leerla más tarde.',
  readingKind_update: 'Novedad',
  readingKind_challenge: 'Reto',
  readingKind_breakthrough: 'Avance',
  readingKind_milestone: 'Hito',
  readingKind_question: 'Pregunta',
  readingSaved: (p) => `Guardada el ${p.date}`,
  readingRemove: 'Quitar',
  readingRemoveLabel: (p) => `Quitar de tu lista de lectura la publicación de «${p.title}»`,
  readingRemoved: (p) => `Se quitó la publicación de «${p.title}».`,
  readingRemoveError: 'No pudimos quitar esta publicación; sigue en tu lista.',
  readingLoadMore: 'Cargar más',
};

export default es;
