/** The gateway's real logger (src/observability/log.ts) writing to memory: tests read the lines as parsed JSON. */
import { createLogger, type LogLevel } from '../../src/observability/log.ts';

export type LogLine = Record<string, unknown> & { level: string; msg: string };

export function memoryLogger(level: LogLevel = 'debug') {
  const raw: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void raw.push(line) } });
  return {
    logger,
    /** Every line written so far, as written (one JSON object each). */
    raw,
    lines: (): LogLine[] => raw.map((line) => JSON.parse(line) as LogLine),
  };
}

/** A process's JSON log output (stdout and stderr together) as its messages, one a line; throws on a line that is not JSON. */
export function logMessages(output: string): string {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as LogLine).msg)
    .join('\n');
}
