// `npm run openapi` writes docs/openapi.json from the contract; `--check` (run by `npm test`)
// fails when the committed file differs from what the schemas generate now.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from './openapi-document';

const target = 'docs/openapi.json';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const text = `${JSON.stringify(buildOpenApiDocument(version), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (committed !== text) {
    console.error(`${target} is out of date with src/api/: run \`npm run openapi\` and commit it.`);
    process.exit(1);
  }
  console.log(`${target} matches the contract.`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
