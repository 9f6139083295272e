import pino, { type Logger } from 'pino';

/** The node's root logger (JSON lines on stdout); modules take `logger.child({ module })`. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
