import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMain } from './start-main';

// The entry electron-vite builds to out/main/main.js; everything else lives in startMain
// so tests can run it against a stand-in of Electron.
void startMain({ mainDir: path.dirname(fileURLToPath(import.meta.url)) });
