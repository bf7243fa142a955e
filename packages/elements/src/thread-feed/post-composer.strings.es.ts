import type { Locale } from '../locales/strings.js';
import type { en } from './post-composer.strings.js';

/** Spanish for the composer and its "Link to…" picker: complete, and loaded only when the feed is in Spanish. */
const es: Locale<typeof en> = {
  feedComposer: 'Nueva publicación',
  feedKind: 'Tipo',
  feedBody: '¿Qué ha pasado? (Markdown)',
  feedPost: 'Publicar',
  feedPostError: 'No pudimos publicar tu entrada.',
  composerLinkLabel: 'Vincular a…',
  composerLinkNone: 'Sin vínculo',
  composerLinkStep: (p) => `Paso ${p.index} — ${p.title} · ${p.roadmap}`,
  composerLinkGoal: (p) => `Objetivo: ${p.title}`,
  composerLinkRoom: (p) => `Sala: ${p.title}`,
  composerLinkRefused:
    'No pudimos vincular tu publicación a eso: ya no es uno de tus pasos de ruta ni objetivos de sala. Elige otro o «Sin vínculo»; tu texto se conserva.',
};

export default es;
