import { defineConfig } from 'vite';

// `npm run build` writes web/dist/, which `dragoman serve` embeds (rust-embed).
// Asset URLs are relative, so the dashboard works wherever index.html is served from.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 400,
  },
  json: { stringify: true },
  server: {
    // `npx vite` for live reloading, with the API from the mock (or a real server)
    proxy: { '/api': process.env.DRAGOMAN_URL || 'http://127.0.0.1:8787' },
  },
});
