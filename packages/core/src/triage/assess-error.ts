/** Longest message `assess` reads (characters). Longer input gets an `InputTooLongError`, never a partial reading. */
export const MAX_MESSAGE_LENGTH = 200_000;

/** Thrown when a message is too long to read whole. */
export class InputTooLongError extends Error {
  override readonly name = "InputTooLongError";
  readonly length: number;
  readonly limit: number;

  constructor(length: number, limit: number = MAX_MESSAGE_LENGTH) {
    super(`The message is ${length} characters long; the limit is ${limit}.`);
    this.length = length;
    this.limit = limit;
  }
}
