import { defineStrings } from '../locales/strings.js';
import { sharedEn } from '../locales/shared.strings.js';

/** The English strings of <menteo-roadmap-stepper>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  roadmapLoading: 'Loading roadmap…',
  roadmapLoadError: 'We couldn’t load this roadmap.',
  roadmapNotFound: 'This roadmap isn’t available.',
  roadmapProgressLoadError: 'We couldn’t load your progress.',
  signIn: 'Sign in',
  roadmapBy: (p: { name: string; title: string }) => `By ${p.name}, ${p.title}`,
  roadmapAbout: 'About this roadmap',
  roadmapLevel_beginner: 'Beginner',
  roadmapLevel_intermediate: 'Intermediate',
  roadmapLevel_advanced: 'Advanced',
  roadmapHours: (p: { hours: number; formatted: string }) => `${p.formatted} ${p.hours === 1 ? 'hour' : 'hours'}`,
  roadmapStepCount: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'step' : 'steps'}`,
  roadmapSteps: 'Steps',
  roadmapStepNumber: (p: { position: number }) => `Step ${p.position}`,
  roadmapOptional: 'Optional',
  roadmapState_todo: 'To do',
  roadmapState_doing: 'In progress',
  roadmapState_done: 'Done',
  roadmapState_skipped: 'Skipped',
  roadmapCurrent: 'Current step',
  roadmapResources: 'Resources',
  roadmapKind_article: 'Article',
  roadmapKind_video: 'Video',
  roadmapKind_course: 'Course',
  roadmapKind_book: 'Book',
  roadmapKind_exercise: 'Exercise',
  roadmapNewTab: '(opens in a new tab)',
  roadmapSignInToTrack: 'Sign in to track your progress and keep notes on each step.',
};

/** The strings of <menteo-roadmap-stepper>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./roadmap-stepper.strings.es.js') });
