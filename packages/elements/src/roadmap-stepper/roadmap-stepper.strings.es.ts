import type { Locale } from '../locales/strings.js';
import { sharedEs } from '../locales/shared.strings.es.js';
import type { en } from './roadmap-stepper.strings.js';

/** Spanish for <menteo-roadmap-stepper>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  roadmapLoading: 'Cargando itinerario…',
  roadmapLoadError: 'No pudimos cargar este itinerario.',
  roadmapNotFound: 'Este itinerario no está disponible.',
  roadmapProgressLoadError: 'No pudimos cargar tu progreso.',
  signIn: 'Iniciar sesión',
  roadmapBy: (p) => `Por ${p.name}, ${p.title}`,
  roadmapAbout: 'Sobre este itinerario',
  roadmapLevel_beginner: 'Principiante',
  roadmapLevel_intermediate: 'Intermedio',
  roadmapLevel_advanced: 'Avanzado',
  roadmapHours: (p) => `${p.formatted} ${p.hours === 1 ? 'hora' : 'horas'}`,
  roadmapStepCount: (p) => `${p.count} ${p.count === 1 ? 'paso' : 'pasos'}`,
  roadmapSteps: 'Pasos',
  roadmapStepNumber: (p) => `Paso ${p.position}`,
  roadmapOptional: 'Opcional',
  roadmapState_todo: 'Pendiente',
  roadmapState_doing: 'En curso',
  roadmapState_done: 'Hecho',
  roadmapState_skipped: 'Omitido',
  roadmapCurrent: 'Paso actual',
  roadmapResources: 'Recursos',
  roadmapKind_article: 'Artículo',
  roadmapKind_video: 'Vídeo',
  roadmapKind_course: 'Curso',
  roadmapKind_book: 'Libro',
  roadmapKind_exercise: 'Ejercicio',
  roadmapNewTab: '(se abre en una pestaña nueva)',
  roadmapSignInToTrack: 'Inicia sesión para seguir tu progreso y tomar notas en cada paso.',
};

export default es;
