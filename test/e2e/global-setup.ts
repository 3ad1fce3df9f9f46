import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from './harness.ts';

const root = resolve(import.meta.dirname, '../..');

/** Installs Debian packages with apt-get, running `apt-get update` first only if the plain install fails. */
function aptInstall(packages: string): void {
  try {
    execSync(`apt-get install -y ${packages}`, { stdio: 'inherit' });
  } catch {
    console.log('[e2e] install failed; running apt-get update first and trying again');
    execSync(`apt-get update && apt-get install -y ${packages}`, { stdio: 'inherit' });
  }
}

/** Whether the system has a font for Chinese text (labels are measured in tests; without one they are empty boxes). */
function hasChineseFont(): boolean {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/**
 * Makes sure Debian's Chromium, a Chinese font and a built dist/ exist before the browser
 * tests run (never downloads a browser build).
 */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    console.log(`[e2e] ${CHROMIUM} is missing; installing Debian's chromium: apt-get install -y chromium`);
    aptInstall('chromium');
  }
  if (!hasChineseFont()) {
    console.log("[e2e] no Chinese font; installing Debian's fonts-noto-cjk");
    aptInstall('fonts-noto-cjk');
  }
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    console.log('[e2e] dist/ is missing; running npm run build');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
}
