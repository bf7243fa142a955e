import type { Locale } from '../locales/strings.js';
import type { en } from './post-actions.strings.js';

/** Spanish for the feed's post actions: complete, and loaded only when the feed is in Spanish. */
const es: Locale<typeof en> = {
  postEditLabel: 'Edita tu publicación (Markdown)',
  postEditSave: 'Guardar',
  postEditCancel: 'Cancelar',
  postEditError: 'No pudimos guardar tu edición; tu texto sigue aquí.',
  postDeleteAsk: '¿Eliminar esta publicación? Sus comentarios y reacciones se eliminan con ella.',
  postDeleteConfirm: 'Eliminar publicación',
  postDeleteCancel: 'Conservarla',
  postDeleteError: 'No pudimos eliminar esta publicación.',
  postReportTitle: 'Denunciar esta publicación',
  postReportReason: '¿Por qué?',
  postReason_spam: 'Spam o publicidad',
  postReason_harassment: 'Acoso',
  postReason_off_topic: 'Fuera de tema',
  postReason_misinformation: 'Desinformación',
  postReason_other: 'Otro motivo',
  postReportNote: '¿Algo que añadir? (opcional)',
  postReportSend: 'Enviar denuncia',
  postReportCancel: 'Cancelar',
  postReportSent: 'Gracias: la persona dueña del hilo verá tu denuncia.',
  postReportAlready: 'Ya denunciaste esta publicación. Si la envías de nuevo, se reemplaza el motivo.',
  postReportError: 'No pudimos enviar tu denuncia.',
};

export default es;
