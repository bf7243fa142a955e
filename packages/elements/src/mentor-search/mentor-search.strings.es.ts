import type { Locale } from '../locales/strings.js';
import { sharedEs } from '../locales/shared.strings.es.js';
import type { en } from './mentor-search.strings.js';

/** Spanish for <menteo-mentor-search>: complete, and loaded only when an element is in Spanish. */
const es: Locale<typeof en> = {
  ...sharedEs,
  search_label: 'Buscar mentores',
  search_placeholder: 'Habilidad, puesto o empresa',
  search_filters: 'Filtros',
  search_filtersToggle: (p) => (p.count ? `Filtros (${p.count})` : 'Filtros'),
  search_facet_skills: 'Habilidades',
  search_facet_industries: 'Sectores',
  search_facet_languages: 'Idiomas',
  search_facet_seniority: 'Nivel',
  search_facet_helpsWith: 'Ayuda con',
  search_facetOption: (p) => `${p.label}, ${p.formatted} ${p.count === 1 ? 'mentor' : 'mentores'}`,
  search_showAll: (p) => `Ver los ${p.count}`,
  search_showFewer: 'Ver menos',
  search_sort: 'Ordenar por',
  search_sort_relevance: 'Más relevantes',
  search_sort_rating: 'Mejor valorados',
  search_sort_sessions: 'Más sesiones',
  search_sort_response: 'Responden antes',
  search_sort_availability: 'Disponibles antes',
  search_count: (p) => `${p.formatted} ${p.count === 1 ? 'mentor' : 'mentores'}`,
  search_results: 'Mentores',
  search_loading: 'Cargando mentores…',
  search_loadError: 'No pudimos cargar los mentores.',
  search_empty: 'Ningún mentor coincide con tu búsqueda.',
  search_emptyHint: 'Prueba con otras palabras o menos filtros.',
  search_clearFilters: 'Quitar filtros',
  search_loadMore: 'Cargar más mentores',
  search_loadingMore: 'Cargando más mentores…',
  search_seniority_mid: 'Nivel medio',
  search_seniority_senior: 'Sénior',
  search_seniority_staff: 'Staff',
  search_seniority_principal: 'Principal',
  search_seniority_director: 'Director',
  search_seniority_vp: 'Vicepresidencia',
  search_seniority_c_level: 'Alta dirección',
};

export default es;
