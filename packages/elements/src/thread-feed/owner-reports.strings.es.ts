import { sharedEs } from '../locales/shared.strings.es.js';
import type { Locale } from '../locales/strings.js';
import type { en } from './owner-reports.strings.js';

/** Spanish for the owner's reports panel: complete, and loaded only when the panel is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  reportsToggle: (p) => `Denuncias (${p.count}${p.more ? '+' : ''})`,
  reportsTitle: 'Denuncias de lectores',
  reportsLoading: 'Cargando denuncias…',
  reportsLoadError: 'No pudimos cargar las denuncias.',
  reportsNone: 'No hay denuncias. Aquí aparecen las denuncias de publicaciones y comentarios.',
  reportsReopenHint: 'Las denuncias nuevas aparecen al volver a abrir esta lista.',
  reportsOnComment: 'Comentario',
  reportsOnPost: 'Publicación',
  reportsReason: 'Motivo',
  reportsReason_spam: 'Spam o publicidad',
  reportsReason_harassment: 'Acoso',
  reportsReason_off_topic: 'Fuera de tema',
  reportsReason_misinformation: 'Desinformación',
  reportsReason_other: 'Otra cosa',
  reportsNote: 'Nota',
  reportsBy: (p) => `Denunciado por ${p.name}, ${p.date}`,
  reportsActions: (p) => `Qué hacer con la denuncia de ${p.name}`,
  reportsHide: 'Ocultar el comentario',
  reportsHidden: 'El comentario está oculto para los lectores.',
  reportsLock: 'Cerrar los comentarios de la publicación',
  reportsLocked: 'Los comentarios de la publicación están cerrados.',
  reportsBlock: 'Bloquear a quien escribió el comentario',
  reportsBlocked: (p) => `${p.name} está bloqueado en este hilo.`,
  reportsNoAuthor: 'Ese comentario ya no existe: no hay a quién bloquear.',
  reportsActionError: 'No funcionó; no cambió nada.',
  reportsMore: 'Más denuncias',
};

export default es;
