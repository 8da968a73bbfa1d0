/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `off` talks to a real backend; anything else (the default) starts the MSW simulation. */
  readonly VITE_API_MOCKING?: string;
  /** Origin of a real backend; empty means same origin. */
  readonly VITE_API_BASE_URL?: string;
  /** Issuer shown in authenticator apps. */
  readonly VITE_MFA_ISSUER?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
