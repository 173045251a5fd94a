/** The plain message for a rate-limited account form. */
export const tooManyTries = (retryAfterSeconds: number): string =>
  `Too many tries. Please wait ${String(Math.max(1, Math.ceil(retryAfterSeconds / 60)))} minutes and try again.`;
