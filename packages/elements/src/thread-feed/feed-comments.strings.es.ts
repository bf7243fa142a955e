import type { Locale } from '../locales/strings.js';
import type { en } from './feed-comments.strings.js';

/** Spanish for the feed's comment list and field: complete, and loaded only when the feed is in Spanish. */
const es: Locale<typeof en> = {
  feedNoComments: 'Todavía no hay comentarios.',
  feedAddComment: 'Añade un comentario',
  feedComment: 'Comentar',
  feedSignIn: 'Iniciar sesión',
  feedSignInToComment: 'Inicia sesión para comentar.',
  feedMoreComments: 'Más comentarios',
  commentHidden: 'Oculto',
  commentReplies: (p) => `Respuestas a ${p.name}`,
};

export default es;
