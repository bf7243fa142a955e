import type { Locale } from '../locales/strings.js';
import type { en } from './roadmap-progress.strings.js';

/** Spanish for the stepper's progress bar and step controls: complete, and loaded only when the stepper is in Spanish. */
const es: Locale<typeof en> = {
  roadmapYourProgress: 'Tu progreso',
  roadmapPercent: (p) => `${p.percent} completado`,
  roadmapFinished: (p) => `${p.finished} de ${p.total} pasos terminados`,
  roadmapActions: (p) => `Progreso en «${p.title}»`,
  roadmapNote: 'Tu nota',
  roadmapSaveNote: 'Guardar nota',
  roadmapNoteSaved: 'Nota guardada.',
  roadmapUpdateError: 'No pudimos guardar tu cambio; se ha deshecho.',
};

export default es;
