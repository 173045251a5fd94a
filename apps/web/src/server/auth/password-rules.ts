import "server-only";

/** Shortest password an account accepts (the forms and the account library). */
export const MIN_PASSWORD_LENGTH = 10;
