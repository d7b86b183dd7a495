// Setup file of the browser tests: each file's shared Chromium closes when the file ends.
import { afterAll } from 'vitest';
import { closeSharedChromium } from './browser';

afterAll(closeSharedChromium);
