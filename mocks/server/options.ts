import { parseArgs } from 'node:util';
import { WORLD_DEFAULTS } from '../db/worlds';

export type ServerOptions = {
  port: number;
  host: string;
  dataFile?: string;
  staticDir?: string;
  fixedTime?: number;
  trustProxy: boolean;
  maxWorlds: number;
  worldIdleMinutes: number;
};

const DEFAULT_PORT = 8787;

export const usage = `npm run api -- [options]   the simulated backend over HTTP

  --port <n>          port (env PORT; default ${DEFAULT_PORT}; 0 picks a free one)
  --host <name>       address to listen on (env MOCK_HOST; default 127.0.0.1)
  --data-file <path>  keep the store in this JSON file across restarts (env MOCK_DATA_FILE);
                      without it everything lives in memory and a restart starts from the seed
  --static <dir>      also serve this built app on the same origin, e.g. dist-real
                      (env MOCK_STATIC_DIR)
  --fixed-time <iso>  stop the clock at this instant; only POST /api/__mock/clock moves it
                      (env MOCK_FIXED_TIME; for the handler tests over HTTP)
  --trust-proxy       behind a TLS-terminating proxy: believe X-Forwarded-Proto and
                      X-Forwarded-For (env TRUST_PROXY=1)
  --max-worlds <n>    worlds (POST /api/__mock/worlds) kept at once besides the default one
                      (env MOCK_MAX_WORLDS; default ${WORLD_DEFAULTS.limit})
  --world-idle-minutes <n>
                      a world no request named for this long is dropped
                      (env MOCK_WORLD_IDLE_MINUTES; default ${WORLD_DEFAULTS.idleMinutes})
`;

function wholeNumber(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || !Number.isSafeInteger(value))
    throw new Error(`--${name}: "${text}" is not a whole number of at least ${min}`);
  return value;
}

/** Command-line flags win over environment variables; anything invalid throws with a reason. */
export function parseOptions(args: string[], env: NodeJS.ProcessEnv): ServerOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-file': { type: 'string' },
      static: { type: 'string' },
      'fixed-time': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      'max-worlds': { type: 'string' },
      'world-idle-minutes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535)
    throw new Error(`--port: "${portText}" is not a port`);
  const fixedText = values['fixed-time'] ?? env.MOCK_FIXED_TIME;
  const fixedTime = fixedText === undefined ? undefined : Date.parse(fixedText);
  if (fixedTime !== undefined && Number.isNaN(fixedTime)) {
    throw new Error(`--fixed-time: "${fixedText}" is not an ISO date-time`);
  }
  return {
    port,
    host: values.host ?? env.MOCK_HOST ?? '127.0.0.1',
    dataFile: values['data-file'] ?? (env.MOCK_DATA_FILE || undefined),
    staticDir: values.static ?? (env.MOCK_STATIC_DIR || undefined),
    fixedTime,
    trustProxy: values['trust-proxy'] ?? env.TRUST_PROXY === '1',
    maxWorlds: wholeNumber(
      'max-worlds',
      values['max-worlds'] ?? env.MOCK_MAX_WORLDS ?? String(WORLD_DEFAULTS.limit),
      0,
    ),
    worldIdleMinutes: wholeNumber(
      'world-idle-minutes',
      values['world-idle-minutes'] ??
        env.MOCK_WORLD_IDLE_MINUTES ??
        String(WORLD_DEFAULTS.idleMinutes),
      1,
    ),
  };
}
