#!/usr/bin/env node
// Copies the TTF fonts embedded in printed PDFs (renderer/src/print) from the npm font packages
// into assets/fonts/, with their licences. The copies are committed so that printing never needs
// the network or node_modules at run time; run this after upgrading @expo-google-fonts/*.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'assets', 'fonts');
const pkg = (name) => join(root, 'node_modules', '@expo-google-fonts', name);

/** [source inside the package, name in assets/fonts] */
const FILES = [
  ['roboto', '400Regular/Roboto_400Regular.ttf', 'Roboto-Regular.ttf'],
  ['roboto', '700Bold/Roboto_700Bold.ttf', 'Roboto-Bold.ttf'],
  ['roboto', 'LICENSE_FONT', 'Roboto-OFL.txt'],
  ['roboto-mono', '400Regular/RobotoMono_400Regular.ttf', 'RobotoMono-Regular.ttf'],
  ['roboto-mono', '700Bold/RobotoMono_700Bold.ttf', 'RobotoMono-Bold.ttf'],
  ['roboto-mono', 'LICENSE_FONT', 'RobotoMono-OFL.txt'],
];

mkdirSync(out, { recursive: true });
for (const [name, from, to] of FILES) {
  copyFileSync(join(pkg(name), from), join(out, to));
  console.log(`assets/fonts/${to}`);
}
