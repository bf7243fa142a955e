import { defineStrings } from '../locales/strings.js';

/**
 * What the sign-in says in the elements: loaded with the sign-in itself (internal/sign-in-flow.ts),
 * so an anonymous reader's page carries none of it.
 */
export const en = {
  signInFailed: 'Sign-in didn’t finish. You can try again.',
  signInBlocked: 'Your browser blocked the sign-in window. Allow pop-ups for this site and try again.',
  signedInAs: (p: { name: string }) => `Signed in as ${p.name}`,
  signOut: 'Sign out',
};

/** The sign-in's strings: English, and Spanish loaded when the element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./sign-in.strings.es.js') });
