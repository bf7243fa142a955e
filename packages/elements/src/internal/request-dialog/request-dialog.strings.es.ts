import type { Locale } from '../../locales/strings.js';
import type { en } from './request-dialog.strings.js';

/** Spanish for the request dialog: complete, and loaded only when the dialog is in Spanish. */
const es: Locale<typeof en> = {
  requestTitle: (p) => `Solicitar mentoría con ${p.name}`,
  requestIntro: 'Cuenta qué quieres lograr; el mentor acepta o rechaza en un plazo de 14 días.',
  requestGoal: 'Tu objetivo',
  requestGoalHint: '¿Qué quieres lograr con esta mentoría? Al menos 10 caracteres.',
  requestGoalCount: (p) => `${p.count} de ${p.max} caracteres`,
  requestGoalTooShort: 'Escribe al menos 10 caracteres.',
  requestCadence: 'Cada cuánto reunirse',
  requestCadence_weekly: 'Cada semana',
  requestCadence_biweekly: 'Cada dos semanas',
  requestCadence_monthly: 'Cada mes',
  requestTerm: 'Duración en semanas',
  requestTermHint: 'De 4 a 52 semanas.',
  requestMessage: 'Primer mensaje (opcional)',
  requestAgreement: 'Acuerdo propuesto (opcional)',
  requestAgreementHint: 'Cómo te gustaría trabajar, p. ej. una agenda antes de cada sesión.',
  requestConfidence: '¿Cuánta confianza tienes hoy para hacerlo por tu cuenta? (opcional)',
  requestConfidenceHint: '1 ninguna, 5 total. La sala muestra el cambio al final.',
  requestConfidence_1: '1 – ninguna',
  requestConfidence_5: '5 – total',
  requestSend: 'Enviar solicitud',
  requestSending: 'Enviando…',
  requestCancel: 'Cancelar',
  requestAlready: (p) => `Ya tienes una solicitud con ${p.name}.`,
  requestUnavailable: (p) => `${p.name} no acepta nuevas solicitudes de mentoría por ahora.`,
  requestRefused: 'La solicitud no se envió.',
  requestFieldErrors: 'Corrige los campos marcados abajo.',
  requestFailed: 'No pudimos enviar tu solicitud. Comprueba tu conexión e inténtalo de nuevo.',
  requestId: (p) => `ID de la solicitud: ${p.id}`,
};

export default es;
