import { MemoryStorage } from './MemoryStorage';

// Import this first in a Node test: stores read localStorage as soon as they are imported.
Object.assign(globalThis, { Storage: MemoryStorage, localStorage: new MemoryStorage(), sessionStorage: new MemoryStorage() });
