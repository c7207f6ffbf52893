// The web app's build: static files in web/dist, served by `npm start` locally and from S3/CloudFront in AWS.
// Run with web/ as the root: `vite build web --config web/vite.config.ts` (npm run build:web).
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // Preact through the automatic JSX runtime: no framework plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  logLevel: 'warn',
});
