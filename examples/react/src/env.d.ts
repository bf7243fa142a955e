/// <reference types="vite/client" />

// The app's settings, from Vite's env (`.env` files or the environment, `VITE_` prefix).
interface ImportMetaEnv {
  /** The Menteo API's origin; the seeded sandbox's by default. */
  readonly VITE_MENTEO_BASE_URL?: string;
  /** The organization's publishable key; the sandbox's demo key by default. */
  readonly VITE_MENTEO_PUBLISHABLE_KEY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
