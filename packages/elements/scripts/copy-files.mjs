// Publishes the data package's .ics and .vcf files beside the CDN bundle, so the elements' calendar
// and vCard links work from the same origin (and without JavaScript).
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dataDist = join(dirname(require.resolve('@goteborgsregionen/data/package.json')), 'dist');
for (const dir of ['ics', 'vcf']) {
  const from = join(dataDist, dir);
  if (!existsSync(from)) {
    console.error(`copy-files: ${from} is missing; build @goteborgsregionen/data first.`);
    process.exit(1);
  }
  cpSync(from, join('dist', 'cdn', dir), { recursive: true });
}
cpSync(join(dataDist, 'dataset.json'), join('dist', 'cdn', 'dataset.json'));
console.log('copy-files: dist/cdn/ics, dist/cdn/vcf, dist/cdn/dataset.json');
