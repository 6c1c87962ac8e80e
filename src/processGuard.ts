/**
 * The process's last line of defence (installed by main.ts). Every promise a request makes has
 * an owner and every error a resolver throws is answered (DESIGN.md, practice 13), so neither
 * event below should ever fire; when one does, it is a bug to fix, logged in one line that holds
 * no secret, and the policy is:
 *
 * - `unhandledRejection`: log and keep serving. The promise's creator has already moved on (its
 *   request was answered, or is answered with its own error); nothing was left half-done by the
 *   rejection itself, and exiting would drop every other caller's in-flight request for it.
 * - `uncaughtException`: log, then shut down gracefully (stop accepting, finish in-flight
 *   requests) and exit 1 for the supervisor to restart. A synchronous throw that reaches the
 *   event loop comes from outside any request's promise chain (a timer, a socket or pool event)
 *   and may have left shared state (a pool, a circuit breaker) half-updated; Node documents that
 *   resuming after it is unsafe.
 */

export interface ProcessGuardOptions {
  /** Writes one error line. */
  log: (line: string) => void;
  /** Values never to print (the configured vendor credentials): replaced by `[redacted]`. */
  secrets: readonly string[];
  /** Called once after an uncaught exception is logged: drain and exit non-zero. */
  onFatal: () => void;
}

/** Longest error message printed; a hostile input echoed in a message must not flood the log. */
const MAX_MESSAGE = 300;

/** `Name: message (code) at <first frame>`, in one line, without secrets. */
function describeFailure(reason: unknown, secrets: readonly string[]): string {
  let text: string;
  if (reason instanceof Error) {
    const code = (reason as { extensions?: { code?: unknown } }).extensions?.code ?? (reason as { code?: unknown }).code;
    const message = reason.message.length > MAX_MESSAGE ? `${reason.message.slice(0, MAX_MESSAGE)}… (${reason.message.length} characters)` : reason.message;
    const frame = reason.stack?.split('\n').find((line) => line.trimStart().startsWith('at '))?.trim();
    text = `${reason.name}: ${message}${typeof code === 'string' ? ` (${code})` : ''}${frame ? ` ${frame}` : ''}`;
  } else {
    text = `non-error value of type ${typeof reason}`; // a thrown string or object may hold anything: not printed
  }
  for (const secret of secrets) if (secret) text = text.split(secret).join('[redacted]');
  return text.replace(/\s*\n\s*/g, ' ');
}

export function guardProcess({ log, secrets, onFatal }: ProcessGuardOptions): void {
  process.on('unhandledRejection', (reason) => {
    log(`unhandled promise rejection (a bug; the gateway keeps serving): ${describeFailure(reason, secrets)}`);
  });
  let fatal = false;
  process.on('uncaughtException', (error) => {
    log(`uncaught exception (a bug; shutting down for a restart): ${describeFailure(error, secrets)}`);
    if (fatal) return;
    fatal = true;
    onFatal();
  });
}
