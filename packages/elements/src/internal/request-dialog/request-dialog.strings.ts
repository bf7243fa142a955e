import { defineStrings } from '../../locales/strings.js';

/** The English strings of the request dialog: the source, whose keys and parameters every locale repeats. */
export const en = {
  requestTitle: (p: { name: string }) => `Request mentorship with ${p.name}`,
  requestIntro: 'Say what you want to achieve; the mentor accepts or declines within 14 days.',
  requestGoal: 'Your goal',
  requestGoalHint: 'What do you want to achieve in this mentorship? At least 10 characters.',
  requestGoalCount: (p: { count: string; max: string }) => `${p.count} of ${p.max} characters`,
  requestGoalTooShort: 'Write at least 10 characters.',
  requestCadence: 'How often to meet',
  requestCadence_weekly: 'Weekly',
  requestCadence_biweekly: 'Every two weeks',
  requestCadence_monthly: 'Monthly',
  requestTerm: 'Term in weeks',
  requestTermHint: 'From 4 to 52 weeks.',
  requestMessage: 'First message (optional)',
  requestAgreement: 'Proposed agreement (optional)',
  requestAgreementHint: 'How you would like to work together, e.g. agendas before each session.',
  requestConfidence: 'How confident are you to do this on your own today? (optional)',
  requestConfidenceHint: '1 not at all, 5 fully. The room shows the change at the end.',
  requestConfidence_1: '1 – not at all',
  requestConfidence_5: '5 – fully',
  requestSend: 'Send request',
  requestSending: 'Sending…',
  requestCancel: 'Cancel',
  requestAlready: (p: { name: string }) => `You already have a request with ${p.name}.`,
  requestUnavailable: (p: { name: string }) => `${p.name} isn’t taking new mentees right now.`,
  requestRefused: 'The request was not sent.',
  requestFieldErrors: 'Please correct the fields marked below.',
  requestFailed: 'We couldn’t send your request. Check your connection and try again.',
  requestId: (p: { id: string }) => `Request ID: ${p.id}`,
};

/** The request dialog's strings: English, and complete Spanish loaded when the dialog is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./request-dialog.strings.es.js') });
