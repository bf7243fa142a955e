import type { Locale } from '../locales/strings.js';
import type { en } from './comment-actions.strings.js';

/** Spanish for the feed's comment forms: complete, and loaded only when the feed is in Spanish. */
const es: Locale<typeof en> = {
  commentReply: 'Responder',
  commentEdit: 'Editar',
  commentDelete: 'Eliminar',
  commentReport: 'Denunciar',
  commentHide: 'Ocultar',
  commentUnhide: 'Mostrar de nuevo',
  commentBlock: 'Bloquear al autor',
  commentModerateError: 'No funcionó.',
  commentLock: 'Cerrar comentarios',
  commentUnlock: 'Abrir comentarios',
  commentActions: (p) => `Comentario de ${p.name}`,
  commentReplyTo: (p) => `Responder a ${p.name}`,
  commentSendReply: 'Publicar respuesta',
  commentCancel: 'Cancelar',
  commentEditLabel: 'Edita tu comentario',
  commentSave: 'Guardar',
  commentEditError: 'No pudimos guardar tu cambio.',
  commentDeleteConfirm: '¿Eliminar este comentario? Sus respuestas se eliminan con él.',
  commentDeleteError: 'No pudimos eliminar el comentario.',
  commentReportTitle: 'Denunciar este comentario',
  commentReason: 'Motivo',
  commentReason_spam: 'Spam o publicidad',
  commentReason_harassment: 'Acoso',
  commentReason_off_topic: 'Fuera de tema',
  commentReason_misinformation: 'Desinformación',
  commentReason_other: 'Otro motivo',
  commentNote: 'Nota (opcional)',
  commentSendReport: 'Enviar denuncia',
  commentReportError: 'No pudimos enviar tu denuncia.',
  commentReported: 'Gracias: quien creó el hilo verá tu denuncia.',
  commentAlreadyReported: 'Ya denunciaste este comentario.',
  // gaps: Report once reported (GAPS, #12)
  commentReportedButton: 'Denunciado',
  commentClose: 'Cerrar',
  commentBlockConfirm: (p) => `¿Bloquear a ${p.name} en este hilo? Ya no podrá comentar, reaccionar ni denunciar aquí.`,
  commentBlockYes: 'Bloquear',
  commentBlocked: (p) => `${p.name} está bloqueado en este hilo.`,
  commentUnblock: 'Desbloquear',
};

export default es;
