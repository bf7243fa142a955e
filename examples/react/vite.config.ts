// Vite for the React example: `pnpm --filter @menteo/example-react dev` (dev server with HMR on
// 4040), and `server.ts` (what `npm start` and the end-to-end test use: a production build, served).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // `@menteo/react` is linked from the workspace: make it share this app's React.
    dedupe: ['react', 'react-dom'],
  },
  server: { host: '127.0.0.1', port: 4040 },
  // The elements' dist uses ES2022 (class fields, private methods, static blocks).
  build: { target: 'es2022', sourcemap: true },
});
