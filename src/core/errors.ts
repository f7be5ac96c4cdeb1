/** Stable error codes: scripts and tests match on `code`, people read `message`. */
export const ERROR_CODES = [
  'USAGE',
  'SOURCE_NOT_FOUND',
  'SOURCE_FORMAT_UNKNOWN',
  'BAD_RECORD',
  'PLUGIN_FAILED',
  'PLUGIN_INVALID',
  'STORE_FAILED',
  'STORE_LOCKED',
  'NOT_FOUND',
  'CONFIG_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class QyranError extends Error {
  override readonly name: string = 'QyranError';
  readonly code: ErrorCode;
  /** What the person should do about it. */
  readonly hint: string | null;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint ?? null;
  }
}

export class UsageError extends QyranError {
  override readonly name = 'UsageError';
  constructor(message: string, hint?: string) {
    super('USAGE', message, hint === undefined ? {} : { hint });
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
