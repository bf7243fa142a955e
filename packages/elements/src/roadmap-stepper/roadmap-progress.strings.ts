import { defineStrings } from '../locales/strings.js';

// Loaded with roadmap-progress.ts once a reader is signed in: an anonymous reader's page never
// downloads them (the stepper's own strings are in roadmap-stepper.strings.ts).

/** The English strings of the stepper's progress bar and step controls: the source, whose keys and parameters every locale repeats. */
export const en = {
  roadmapYourProgress: 'Your progress',
  roadmapPercent: (p: { percent: string }) => `${p.percent} complete`,
  roadmapFinished: (p: { finished: number; total: number }) => `${p.finished} of ${p.total} steps finished`,
  roadmapActions: (p: { title: string }) => `Progress on “${p.title}”`,
  roadmapNote: 'Your note',
  roadmapSaveNote: 'Save note',
  roadmapNoteSaved: 'Note saved.',
  roadmapUpdateError: 'We couldn’t save your change; it was undone.',
};

/** The strings of the progress controls: English, and complete Spanish loaded when the stepper is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./roadmap-progress.strings.es.js') });
