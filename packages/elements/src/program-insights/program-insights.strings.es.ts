import { sharedEs } from '../locales/shared.strings.es.js';
import type { Locale } from '../locales/strings.js';
import type { en } from './program-insights.strings.js';

/** Spanish for <menteo-program-insights>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  insightsTitle: 'Indicadores del programa',
  insightsRange: (p) => `Del ${p.from} al ${p.to}`,
  insightsLoading: 'Cargando los indicadores del programa…',
  insightsLoadError: 'No pudimos cargar los indicadores del programa.',
  insightsEmpty: 'Todavía no hay indicadores.',
  insightsFewer: 'menos de 5',
  insightsPrivacy: 'Para proteger la privacidad, una cifra de menos de 5 personas se muestra como «menos de 5».',
  insightsShowTable: 'Ver los datos en una tabla',
  insightsWeek: 'Semana',
  insightsCategory: 'Grupo',
  insightsValue: 'Valor',
  insightsRequests: 'Solicitudes',
  insightsAcceptance: 'Aceptadas',
  insightsMedianAccept: 'Mediana del tiempo hasta aceptar',
  insightsHours: (p) => `${p.hours} h`,
  insightsActiveRooms: 'Salas activas',
  insightsSessionsHeld: 'Sesiones realizadas',
  insightsNoShows: 'Ausencias',
  insightsGoalsAchieved: 'Objetivos logrados',
  insightsGoalsDropped: 'Objetivos abandonados',
  insightsSteps: 'Pasos de rutas completados',
  insightsHatFit: 'Sesiones que dieron la ayuda necesaria',
  insightsEfficacy: 'Cambio de autoeficacia (escala 1–5)',
  insightsRequestsChart: 'Solicitudes y aceptación en el tiempo',
  insightsRequestsSummary: (p) => `${p.requests} solicitudes en ${p.weeks} semanas, ${p.rate} de ellas aceptadas.`,
  insightsSessionsChart: 'Sesiones por semana',
  insightsSessionsSummary: (p) => `${p.held} sesiones realizadas y ${p.noShows} ausencias en ${p.weeks} semanas.`,
  insightsNeedChart: 'Tipos de necesidad',
  insightsNeedSummary: (p) => `Sesiones realizadas según la necesidad: ${p.leadership} de liderazgo, ${p.mentorship} de mentoría.`,
  insightsGoalsChart: 'Resultados de los objetivos',
  insightsGoalsSummary: (p) => `${p.achieved} objetivos logrados y ${p.dropped} abandonados.`,
  insightsLoadChart: 'Carga de los mentores',
  insightsLoadSummary: (p) => `${p.mentors} mentores internos: ${p.idle} sin mentorados activos, ${p.busy} con 4 o más.`,
  insightsMentees: (p) => `${p.count} mentorados activos`,
};

export default es;
