// Runs a command beside a CPU-bound process: the suite must pass on a loaded machine, not only on
// an idle one (a CI runner shared with other jobs, a laptop compiling something else).
//
//   node scripts/with-cpu-load.mjs [--cores N] -- <command> [args…]
//   node scripts/with-cpu-load.mjs -- npx playwright test e2e/scenarios.spec.ts
//   node scripts/with-cpu-load.mjs --cores 1 -- npm test
//
// N busy loops (default 1), each a separate process at normal priority spinning on arithmetic,
// compete for the cores for as long as the command runs; then they are stopped and the command's
// exit code is this script's. Prints how much CPU time the loops took, so a run shows that the
// load was really there.
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
if (separator === -1 || separator === args.length - 1) {
  console.error('usage: node scripts/with-cpu-load.mjs [--cores N] -- <command> [args…]');
  process.exit(2);
}
const options = args.slice(0, separator);
const [command, ...commandArgs] = args.slice(separator + 1);
const coresAt = options.indexOf('--cores');
const cores = coresAt === -1 ? 1 : Number(options[coresAt + 1]);
if (!Number.isInteger(cores) || cores < 1) {
  console.error('--cores takes a whole number, 1 or more');
  process.exit(2);
}

// A loop the engine cannot optimise away; it reports its CPU time when asked to stop.
const loop = `
let x = 0;
process.on('SIGTERM', () => {
  const { user, system } = process.cpuUsage();
  process.stdout.write(String((user + system) / 1e6));
  process.exit(0);
});
const spin = () => { for (let i = 0; i < 5e7; i += 1) x = (x * 31 + i) % 1000003; setImmediate(spin); };
spin();
`;
const loops = Array.from({ length: cores }, () => {
  const child = spawn(process.execPath, ['-e', loop], { stdio: ['ignore', 'pipe', 'inherit'] });
  let cpu = '';
  child.stdout.on('data', (chunk) => (cpu += chunk));
  return { child, cpu: () => Number(cpu) || 0, done: new Promise((r) => child.on('exit', r)) };
});

const started = Date.now();
console.log(
  `[with-cpu-load] ${cores} busy loop(s) running beside: ${command} ${commandArgs.join(' ')}`,
);
const run = spawn(command, commandArgs, { stdio: 'inherit' });
const forward = (signal) => run.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);

run.on('exit', async (code, signal) => {
  for (const { child } of loops) child.kill('SIGTERM');
  await Promise.all(loops.map((l) => l.done));
  const wall = (Date.now() - started) / 1000;
  const burnt = loops.reduce((sum, l) => sum + l.cpu(), 0);
  console.log(
    `[with-cpu-load] ${wall.toFixed(0)} s; the busy loops took ${burnt.toFixed(0)} s of CPU ` +
      `(${Math.round((100 * burnt) / wall)}% of one core)`,
  );
  process.exit(code ?? (signal ? 1 : 0));
});
