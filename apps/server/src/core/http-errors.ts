import type { FastifyError, FastifyInstance } from 'fastify';
import { localizeIssue } from '@shian/shared/messages';
import { AppError } from './errors.ts';
import { invalidField } from './field-error.ts';
import { RateLimitedError } from './rate-limit.ts';
import { RequestValidationError } from './validation.ts';

const FASTIFY_CODES: Record<string, () => AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new AppError('PAYLOAD_TOO_LARGE', { limit: '1 MB' }),
  FST_REQ_FILE_TOO_LARGE: () => new AppError('PAYLOAD_TOO_LARGE', { limit: '20 MB' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new AppError('UNSUPPORTED_FILE', { reason: { zh: '请求的内容类型不受支持', en: 'unsupported content type' } }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new AppError('VALIDATION_FAILED'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new AppError('VALIDATION_FAILED'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => new AppError('UNSUPPORTED_FILE', { reason: { zh: '请以表单方式上传文件', en: 'upload the file as multipart/form-data' } }),
};

// busboy's errors for a body it cannot parse carry no code, only these messages: a boundary that does not
// match the header, a body cut off, no boundary, a boundary too long to search for.
const BROKEN_MULTIPART = /unexpected end of multipart data|boundary not found|needle cannot have a length/i;

/** Renders every error in the one shape; bad input never becomes a 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | RequestValidationError, request, reply) => {
    const lang = request.lang;
    if (error instanceof RequestValidationError) {
      const fields = error.issues.map((issue) => localizeIssue(issue, lang));
      return reply.status(400).send({ error: new AppError('VALIDATION_FAILED', {}, fields).render(lang) });
    }
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(error.status).send({ error: error.render(lang) });
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) {
      const appError = mapped();
      return reply.status(appError.status).send({ error: appError.render(lang) });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON and the like: fastify's own 4xx.
      const appError = new AppError('VALIDATION_FAILED');
      return reply.status(400).send({ error: { ...appError.render(lang), detail: error.message } });
    }
    if (request.isMultipart() && BROKEN_MULTIPART.test(error.message)) {
      return reply.status(400).send({ error: invalidField('file', 'multipart.malformed').render(lang) });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: new AppError('INTERNAL').render(lang) });
  });
}
