/** What the gateway logs through: console, pino, or a test's recorder all fit. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
