import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(`${dist}/index.html`, 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
let total = 0;
for (const f of files) {
  const size = gzipSync(readFileSync(`${dist}/${f}`)).length;
  total += size;
  console.log(f, (size / 1024).toFixed(1), 'KB gz');
}
console.log('initial JS total', (total / 1024).toFixed(1), 'KB gz');
