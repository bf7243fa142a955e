// What the hosted sign-in pages say, in each language the elements ship (English, Spanish). A
// Spanish blog's reader who presses "Iniciar sesión" should not land on an English page: the page
// takes OpenID Connect's `ui_locales` (the SDK sends the element's language), else the browser's
// Accept-Language, else English.

/** A language the pages speak. */
export type PageLang = 'en' | 'es';

const supported: readonly PageLang[] = ['en', 'es'];

/**
 * The page's language: the first of `uiLocales` (space-separated BCP 47 tags, most wanted first,
 * OIDC Core §3.1.2.1) the pages speak, else the first of Accept-Language's, else English. Only
 * the primary subtag counts (`es-MX` → `es`).
 *
 * @example
 * ```ts
 * pageLang('fr es-MX', 'en-GB,en;q=0.8'); // 'es'
 * pageLang(null, 'es-ES,es;q=0.9'); // 'es'
 * pageLang(undefined, undefined); // 'en'
 * ```
 */
export function pageLang(uiLocales: string | null | undefined, acceptLanguage: string | undefined): PageLang {
  const wanted = [
    ...(uiLocales ?? '').split(/\s+/),
    ...(acceptLanguage ?? '')
      .split(',')
      .map((range) => range.split(';'))
      // Ranges in the order of their weights (q=0 means "not this one"); the header's order breaks ties.
      .map(([tag, ...params], at) => ({
        tag: tag ?? '',
        q: Number(
          params
            .find((p) => p.trim().startsWith('q='))
            ?.trim()
            .slice(2) ?? 1,
        ),
        at,
      }))
      .filter((range) => range.q > 0)
      .sort((a, b) => b.q - a.q || a.at - b.at)
      .map((range) => range.tag),
  ];
  for (const tag of wanted) {
    const primary = tag.trim().toLowerCase().split('-')[0] as PageLang;
    if (supported.includes(primary)) return primary;
  }
  return 'en';
}

/** The error pages, each a title and what to do. */
export type PageError =
  | 'unknownClient'
  | 'unregisteredRedirect'
  | 'expired'
  | 'noDecision'
  | 'foreignAnswer'
  | 'unreadableForm'
  | 'nothingToSignIn'
  | 'failed'
  | 'notMember'
  | 'needName'
  | 'needEmail'
  | 'emailTaken';

interface Strings {
  signInTitle: string;
  signInTo: (organization: string) => string;
  asks: (origin: string) => string;
  continueAs: string;
  createAccount: string;
  name: string;
  email: string;
  allow: string;
  cancel: string;
  callbackTitle: string;
  signedIn: string;
  cancelled: string;
  closeWindow: string;
  errors: Record<PageError, [title: string, detail: string]>;
}

const invalidLink = { en: 'This sign-in link is not valid', es: 'Este enlace de inicio de sesión no es válido' };
const cannotSignIn = { en: 'Cannot sign in', es: 'No se puede iniciar sesión' };

/** The pages' words. Arguments arrive as HTML, escaped by the caller; the fixed words hold no markup characters. */
export const pageStrings: Record<PageLang, Strings> = {
  en: {
    signInTitle: 'Sign in to Menteo',
    signInTo: (organization) => `Sign in to ${organization}`,
    asks: (origin) => `${origin} asks to act for you: show you as signed in, and react, comment and post as you.`,
    continueAs: 'Continue as',
    createAccount: 'Create an account',
    name: 'Name',
    email: 'Email',
    allow: 'Allow',
    cancel: 'Cancel',
    callbackTitle: 'Menteo sign-in',
    signedIn: 'You are signed in',
    cancelled: 'Sign-in cancelled',
    closeWindow: 'You can close this window.',
    errors: {
      unknownClient: [invalidLink.en, 'The client_id is not a publishable key of any organization.'],
      unregisteredRedirect: [
        invalidLink.en,
        'The redirect URI is not registered for this key, or the page that asks is not on one of its allowed origins. Nothing was sent anywhere.',
      ],
      expired: ['This sign-in has expired', 'Start again from the page you were signing in to.'],
      noDecision: [invalidLink.en, 'Choose Allow or Cancel.'],
      foreignAnswer: [invalidLink.en, 'The answer did not come from the sign-in page.'],
      unreadableForm: [invalidLink.en, 'The form could not be read.'],
      nothingToSignIn: ['Nothing to sign in with', 'This window holds no sign-in answer. Close it and try again.'],
      failed: ['Something went wrong', 'Sign-in failed on our side. Close this window and try again.'],
      notMember: [cannotSignIn.en, 'That person is not a member of this organization.'],
      needName: [cannotSignIn.en, 'A new account needs a name (up to 120 characters).'],
      needEmail: [cannotSignIn.en, 'A new account needs a valid email address.'],
      emailTaken: [cannotSignIn.en, 'An account with this email exists: pick it from the list instead.'],
    },
  },
  es: {
    signInTitle: 'Iniciar sesión en Menteo',
    signInTo: (organization) => `Iniciar sesión en ${organization}`,
    asks: (origin) => `${origin} pide actuar en tu nombre: mostrar que has iniciado sesión, y reaccionar, comentar y publicar como tú.`,
    continueAs: 'Continuar como',
    createAccount: 'Crear una cuenta',
    name: 'Nombre',
    email: 'Correo electrónico',
    allow: 'Permitir',
    cancel: 'Cancelar',
    callbackTitle: 'Inicio de sesión en Menteo',
    signedIn: 'Has iniciado sesión',
    cancelled: 'Inicio de sesión cancelado',
    closeWindow: 'Puedes cerrar esta ventana.',
    errors: {
      unknownClient: [invalidLink.es, 'El client_id no es una clave publicable de ninguna organización.'],
      unregisteredRedirect: [
        invalidLink.es,
        'La URI de redirección no está registrada para esta clave, o la página que lo pide no está en uno de sus orígenes permitidos. No se ha enviado nada.',
      ],
      expired: ['Este inicio de sesión ha caducado', 'Vuelve a empezar desde la página en la que estabas iniciando sesión.'],
      noDecision: [invalidLink.es, 'Elige Permitir o Cancelar.'],
      foreignAnswer: [invalidLink.es, 'La respuesta no vino de la página de inicio de sesión.'],
      unreadableForm: [invalidLink.es, 'No se pudo leer el formulario.'],
      nothingToSignIn: ['Nada con lo que iniciar sesión', 'Esta ventana no tiene ninguna respuesta de inicio de sesión. Ciérrala y vuelve a intentarlo.'],
      failed: ['Algo ha fallado', 'El inicio de sesión falló por nuestra parte. Cierra esta ventana y vuelve a intentarlo.'],
      notMember: [cannotSignIn.es, 'Esa persona no es miembro de esta organización.'],
      needName: [cannotSignIn.es, 'Una cuenta nueva necesita un nombre (hasta 120 caracteres).'],
      needEmail: [cannotSignIn.es, 'Una cuenta nueva necesita un correo electrónico válido.'],
      emailTaken: [cannotSignIn.es, 'Ya existe una cuenta con este correo: elígela en la lista.'],
    },
  },
};
