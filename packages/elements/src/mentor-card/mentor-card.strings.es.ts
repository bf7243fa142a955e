import type { Locale } from '../locales/strings.js';
import { sharedEs } from '../locales/shared.strings.es.js';
import type { en } from './mentor-card.strings.js';

/** Spanish for <menteo-mentor-card>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  loadingMentor: 'Cargando mentor…',
  loadError: 'No pudimos cargar este mentor.',
  notFound: 'Este mentor no está disponible.',
  titleAtCompany: (p) => `${p.title} en ${p.company}`,
  avatarOf: (p) => `Foto de ${p.name}`,
  skills: 'Habilidades',
  languages: 'Idiomas',
  speaks: (p) => `Habla ${p.list}`,
  localTime: (p) => `${p.time} hora local`,
  rating: (p) => `Valoración de ${p.rating} sobre 5 en ${p.count} ${p.count === 1 ? 'reseña' : 'reseñas'}`,
  noReviews: 'Aún sin reseñas',
  sessions: (p) => `${p.formatted} ${p.count === 1 ? 'sesión' : 'sesiones'}`,
  nextAvailable: (p) => `Próxima disponibilidad: ${p.when}`,
  noAvailability: 'Sin huecos libres en los próximos 30 días',
  helpsWith: 'Ayuda con',
  style_directive: 'Estilo directivo',
  style_facilitative: 'Estilo facilitador',
  requestMentorship: 'Solicitar mentoría',
  requestMentorshipWith: (p) => `Solicitar mentoría con ${p.name}`,
  notAccepting: 'No acepta solicitudes',
  requested: 'Solicitada',
  view: 'ver',
  viewRequestTo: (p) => `Ver tu solicitud a ${p.name}`,
  yourMentor: 'Tu mentor',
  openRoom: 'abrir',
  openRoomWith: (p) => `Abrir tu sala de mentoría con ${p.name}`,
  free: 'Gratis',
  internal: (p) => `Solo para ${p.organization}`,
};

export default es;
