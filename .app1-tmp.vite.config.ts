import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import base from './vite.config';
// Temporary (app1, not committed): shims a framer-motion/motion-dom version clash and others' missing CSS files.
const emptyMissingCss = {
  name: 'app1-empty-missing-css',
  enforce: 'pre' as const,
  resolveId(id: string, importer?: string) {
    if (id.endsWith('.css') && importer && !existsSync(resolve(dirname(importer), id))) return '\0empty.css';
    return null;
  },
  load(id: string) {
    return id === '\0empty.css' ? '' : null;
  },
};
export default { ...base, plugins: [...(base.plugins ?? []), emptyMissingCss] };
