// The folder servers under test serve as the built app: a committed stand-in index.html, only ever read.
import { join } from 'node:path';

export const STATIC_ROOT = join(import.meta.dirname, '..', 'fixtures', 'static-root');
