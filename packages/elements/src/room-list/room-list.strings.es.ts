import type { Locale } from '../locales/strings.js';
import { sharedEs } from '../locales/shared.strings.es.js';
import type { en } from './room-list.strings.js';

/** Spanish for <menteo-room-list>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  roomListTitle: 'Tus salas de mentoría',
  roomListLoading: 'Cargando tus salas…',
  roomListLoadError: 'No pudimos cargar tus salas.',
  roomListNotFound: 'Tus salas no están disponibles.',
  roomListSignIn: 'Inicia sesión para ver tus salas',
  roomListPersonal: 'Las salas de mentoría son privadas para su mentorizado y su mentor.',
  roomListFilter: 'Mostrar',
  roomListGroup_all: 'Todas',
  roomListGroup_active: 'Activas',
  roomListGroup_requests: 'Solicitudes',
  roomListGroup_ended: 'Terminadas',
  roomListRequests: 'Solicitudes para ti',
  roomListRooms: 'Salas',
  roomListNone: 'Todavía no hay salas aquí.',
  roomListNoneHint: 'Una sala empieza cuando un mentorizado pide una mentoría a un mentor.',
  roomListYourMentor: 'Tu mentor',
  roomListYourMentee: 'Tu mentorizado',
  roomListAvatarOf: (p) => `Foto de ${p.name}`,
  roomListStatus: 'Estado',
  roomListStatus_requested: 'Solicitada',
  roomListStatus_active: 'Activa',
  roomListStatus_paused: 'En pausa',
  roomListStatus_declined: 'Rechazada',
  roomListStatus_withdrawn: 'Retirada',
  roomListStatus_expired: 'Caducada',
  roomListStatus_completed: 'Completada',
  roomListStatus_closed_early: 'Cerrada antes de tiempo',
  roomListUnread: (p) => `${p.count} ${p.count === 1 ? 'mensaje sin leer' : 'mensajes sin leer'}`,
  roomListLastMessage: 'Último mensaje',
  roomListNextSession: 'Próxima sesión',
  roomListAccept: 'Aceptar',
  roomListDecline: 'Rechazar',
  roomListDeclineConfirm: (p) => `¿Rechazar la solicitud de ${p.name}?`,
  roomListKeep: 'Mantener',
  roomListActionsFor: (p) => `Solicitud de ${p.name}`,
  roomListActionError: 'No pudimos responder a esta solicitud.',
  roomListLoadMore: 'Cargar más',
};

export default es;
