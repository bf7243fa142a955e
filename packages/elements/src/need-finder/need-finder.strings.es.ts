import type { Locale } from '../locales/strings.js';
import { sharedEs } from '../locales/shared.strings.es.js';
import type { en } from './need-finder.strings.js';

/** Spanish for <menteo-need-finder>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  needFinder_title: 'Encuentra un mentor para lo que necesitas ahora',
  needFinder_step: (p) => `Paso ${p.current} de ${p.total}`,
  needFinder_needLegend: '¿Qué necesitas ahora mismo?',
  needFinder_need_leadership: 'Alcanzar una meta de equipo',
  needFinder_need_leadershipHint: 'El sombrero de líder: rumbo, decisiones y plazos. Un mentor directivo te ayuda a llevar a tu equipo hasta allí.',
  needFinder_need_mentorship: 'Crecer hacia quien quieres ser',
  needFinder_need_mentorshipHint:
    'El sombrero de mentor: crecimiento y autoconocimiento. Un mentor facilitador te hace las preguntas que te ayudan a encontrar tu propio camino.',
  needFinder_needRequired: 'Elige una de las dos opciones.',
  needFinder_continue: 'Continuar',
  needFinder_back: 'Atrás',
  needFinder_goals: 'Tus objetivos',
  needFinder_goalsHint: (p) => `Con tus palabras, ¿qué quieres lograr? De ${p.min} a ${p.max} caracteres.`,
  needFinder_goalsTooShort: (p) => `Escribe al menos ${p.min} caracteres (llevas ${p.count}).`,
  needFinder_goalsTooLong: (p) => `No pases de ${p.max} caracteres (llevas ${p.count}).`,
  needFinder_skills: 'Habilidades en las que quieres ayuda (opcional)',
  needFinder_language: 'Idioma de la mentoría',
  needFinder_anyLanguage: 'Cualquier idioma',
  needFinder_submit: 'Buscar mentores',
  needFinder_submitting: 'Buscando mentores…',
  needFinder_fieldRefused: (p) => `No aceptado: ${p.detail}`,
  needFinder_requestRefused: 'No se aceptaron tus respuestas. Revísalas e inténtalo de nuevo.',
  needFinder_error: 'No pudimos buscar mentores en este momento.',
  needFinder_results: 'Tus mejores coincidencias',
  needFinder_resultsCount: (p) => `${p.count} ${p.count === 1 ? 'mentor ordenado' : 'mentores ordenados'} según tu necesidad.`,
  needFinder_score: (p) => `${p.percent} de coincidencia`,
  needFinder_reasons: 'Por qué este mentor',
  needFinder_noMatches: 'Ahora mismo ningún mentor está disponible para esto. Prueba con menos habilidades, otro idioma u otras palabras para tus objetivos.',
  needFinder_startOver: 'Empezar de nuevo',
  needFinder_skill_leadership: 'Liderazgo',
  'needFinder_skill_decision-making': 'Toma de decisiones',
  needFinder_skill_delegation: 'Delegación',
  needFinder_skill_roadmapping: 'Hojas de ruta',
  'needFinder_skill_people-management': 'Gestión de personas',
  'needFinder_skill_stakeholder-management': 'Gestión de interesados',
  needFinder_skill_feedback: 'Feedback',
  'needFinder_skill_career-change': 'Cambio de carrera',
  'needFinder_skill_self-discovery': 'Autoconocimiento',
  'needFinder_skill_public-speaking': 'Hablar en público',
  'needFinder_skill_imposter-syndrome': 'Síndrome del impostor',
  'needFinder_skill_work-life-balance': 'Equilibrio entre vida y trabajo',
};

export default es;
