import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from './harness.ts';

const root = resolve(import.meta.dirname, '../..');

/** Makes sure Debian's Chromium and a built dist/ exist before the browser tests run (never downloads a browser build). */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    console.log(`[e2e] ${CHROMIUM} is missing; installing Debian's chromium: apt-get install -y chromium`);
    try {
      execSync('apt-get install -y chromium', { stdio: 'inherit' });
    } catch {
      console.log('[e2e] install failed; running apt-get update first and trying again');
      execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
    }
  }
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    console.log('[e2e] dist/ is missing; running npm run build');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
}
