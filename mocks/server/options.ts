import { parseArgs } from 'node:util';

export type ServerOptions = {
  port: number;
  host: string;
  dataFile?: string;
  staticDir?: string;
  fixedTime?: number;
  trustProxy: boolean;
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
`;

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
  };
}
