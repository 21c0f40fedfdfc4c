// Security headers on every answer (JSON, the web app's pages and assets, file downloads, errors, 404s,
// /api/docs), set in one onSend hook so that no response type is missed.
import type { FastifyInstance } from 'fastify';

/**
 * The web app loads only its own scripts (Vite emits no inline script); antd's CSS-in-JS writes <style>
 * elements, hence 'unsafe-inline' for styles only; photos and QR codes are shown from data: and blob: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // frame-ancestors for current browsers, X-Frame-Options for older ones.
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(HEADERS);
    // What a signed-in user is answered may be personal: no browser or proxy keeps a copy.
    if (request.user && request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
