import type { Logger } from 'pino';

/** Stable log messages of the process-level handlers (tests and log alerts look for them). */
export const UNHANDLED_REJECTION = 'unhandled rejection: a bug; the node keeps running';
export const UNCAUGHT_EXCEPTION = 'uncaught exception: a bug; the node stops';

/**
 * The node's process-level policy for errors nothing caught. Nothing a peer
 * sends should reach here: every such error is a bug, fixed where it
 * arises, and logged at error level with a stable message so that it is
 * seen and counted.
 *
 * - An unhandled rejection is a promise nobody awaited: the work it stood
 *   for has already ended, and nothing is half-done because of it. The node
 *   logs it and keeps running (Node's default would end the process: one
 *   bad answer from a parent would stop a site, at every restart).
 * - An uncaught exception was thrown out of an event handler or timer: the
 *   code that threw stopped half-way (a stream half-read, a lock never
 *   released), and Node cannot say what state it left. The node logs it at
 *   fatal level and stops (`onFatal`: close what can be closed, exit 1), so
 *   that a supervisor restarts it clean; the store stays consistent, since
 *   every LevelDB write is one atomic batch.
 */
export function guardProcess(logger: Logger, onFatal: (err: unknown) => void): () => void {
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason }, UNHANDLED_REJECTION);
  };
  let fatal = false;
  const onException = (err: unknown) => {
    logger.fatal({ err }, UNCAUGHT_EXCEPTION);
    if (fatal) return; // a second one while stopping: the first already asked for the stop
    fatal = true;
    onFatal(err);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
