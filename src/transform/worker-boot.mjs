// A transform worker's entry: registers tsx in this thread (the worker is TypeScript), then loads it.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
