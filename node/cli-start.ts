// `patchtree start`: runs a node in this process until a signal. Tells the
// admin where the console is and where the admin token is kept, and prints
// a generated token once: at the first start that gets as far as listening,
// so that a first start that failed (a port taken) loses nothing.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { PatchtreeError } from '../protocol/index.js';
import { adminTokenPath } from './identity.js';
import { guardProcess } from './process-guard.js';
import { CLI_CODES, integer } from './cli-args.js';
import { note } from './cli-output.js';
import type { RunningNode } from './node.js';
import type { NodeConfig } from './config.js';

/** A stopping node exits by then, whatever is still waiting. */
const STOP_DEADLINE_MS = 5_000;

/** Beside the token file while the token it holds has not been printed yet. */
const unshownMarker = (tokenFile: string) => `${tokenFile}.unshown`;

export function startCommand(program: Command): void {
  program
    .command('start')
    .description('run a node (until SIGINT or SIGTERM)')
    .option('--config <file>', 'JSON config file (see Configuration)')
    .option('--data <dir>', 'data directory (default ./.patchtree-data)')
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port; default 8470)').argParser(integer(0, 65535)))
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .action(start);
}

async function start(opts: { config?: string; data?: string; port?: number; host?: string }): Promise<void> {
  // The node's modules are loaded by the command that runs one only: every other command starts faster.
  const [{ loadConfig }, { createLogger }, { startNode }] = await Promise.all([import('./config.js'), import('./logger.js'), import('./node.js')]);
  const config: Readonly<NodeConfig> = loadConfig({ file: opts.config, flags: { dataDir: opts.data, port: opts.port, host: opts.host } });
  const logger = createLogger(config.logLevel);
  const tokenFile = config.adminToken ? undefined : resolve(adminTokenPath(config.dataDir));
  if (tokenFile && !existsSync(tokenFile)) {
    // This start generates the token: marked unshown until a start prints it.
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(unshownMarker(tokenFile), '', { mode: 0o600 });
  }
  let node: RunningNode | undefined;
  const stopWith = async (code: number) => {
    // Runs end after their batch in flight and the store closes; whatever still waits after that is not worth a hang.
    setTimeout(() => process.exit(code), STOP_DEADLINE_MS).unref();
    await node?.close().catch((err) => logger.error({ err }, 'the node did not close cleanly'));
    process.exit(code);
  };
  // Installed before the node starts, so nothing of its start escapes them either (see process-guard.ts).
  guardProcess(logger, () => void stopWith(1));
  try {
    node = await startNode(config, logger);
  } catch (err) {
    if (tokenFile && existsSync(tokenFile) && existsSync(unshownMarker(tokenFile))) {
      note(`the admin token was generated in ${tokenFile}; the next start that succeeds prints it`);
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PatchtreeError(CLI_CODES.portInUse, `port ${config.port} on ${config.host} is in use (another node?): choose another with --port`, { details: { port: config.port, host: config.host } });
    }
    throw err;
  }
  note(`console: ${node.url}/`);
  if (!tokenFile) note('admin token: from the configuration (adminToken or PATCHTREE_ADMIN_TOKEN)');
  else if (node.tokenCreated || existsSync(unshownMarker(tokenFile))) {
    note(`\nadmin token (shown once; also in ${tokenFile}):\n  ${node.context.adminToken}\n`);
    rmSync(unshownMarker(tokenFile), { force: true });
  } else note(`admin token: in ${tokenFile}`);
  const stop = () => stopWith(0);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<never>(() => undefined); // runs until a signal
}
