// Independent check of a sops file written by NixClaw (run by SecretsSetTests):
//   node sops-verify.mjs <tools dir> <sops.yaml> <age key file>
// 1. decrypts the whole file with npm sops-age (pinned in tools/package.json);
// 2. verifies the MAC by the sops rule with node:crypto and age-encryption: SHA-512 over the plaintext of
//    every value in document order, upper-case hex, AES-256-GCM-encrypted with AAD = lastmodified.
// Prints {"data": ..., "mac": "ok"}; on any failure prints {"error": "..."} and exits 1.
import { readFileSync } from 'node:fs';
import { createDecipheriv, createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [tools, file, keyFile] = process.argv.slice(2);
const load = (p) => import(pathToFileURL(join(tools, 'node_modules', p)).href);

try {
  const { decryptSops } = await load('sops-age/dist/index.js');
  const { Decrypter, armor } = await load('age-encryption/dist/index.js');
  const YAML = (await load('yaml/dist/index.js')).default;

  const text = readFileSync(file, 'utf8');
  const secretKey = readFileSync(keyFile, 'utf8').split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-'));
  const data = await decryptSops(text, { secretKey, fileType: 'yaml' });

  const doc = YAML.parse(text);
  const decrypter = new Decrypter();
  decrypter.addIdentity(secretKey);
  const wrapped = doc.sops.age.map((a) => a.enc);
  let dataKey = null;
  for (const enc of wrapped) {
    try { dataKey = Buffer.from(await decrypter.decrypt(armor.decode(enc))); break; } catch { /* next */ }
  }
  if (!dataKey) throw new Error('no age entry decrypts with this key');

  const decryptValue = (value, aad) => {
    const m = /^ENC\[AES256_GCM,data:([^,]*),iv:([^,]+),tag:([^,]+),type:([a-z]+)\]$/.exec(value);
    if (!m) throw new Error(`not an encrypted value: ${aad}`);
    const d = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(m[2], 'base64'));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(Buffer.from(m[3], 'base64'));
    return Buffer.concat([d.update(Buffer.from(m[1], 'base64')), d.final()]);
  };

  const hash = createHash('sha512');
  const walk = (node, path) => {
    for (const [k, v] of Object.entries(node)) {
      if (path.length === 0 && k === 'sops') continue;
      const p = [...path, k];
      if (v !== null && typeof v === 'object') walk(v, p);
      else if (k.endsWith(doc.sops.unencrypted_suffix ?? '_unencrypted')) hash.update(String(v), 'utf8');
      else hash.update(decryptValue(String(v), p.map((s) => s + ':').join('')));
    }
  };
  walk(doc, []);
  const expected = hash.digest('hex').toUpperCase();
  const stored = decryptValue(doc.sops.mac, String(doc.sops.lastmodified)).toString('utf8');
  if (stored !== expected) throw new Error(`MAC mismatch: stored ${stored.slice(0, 16)}..., computed ${expected.slice(0, 16)}...`);
  console.log(JSON.stringify({ data, mac: 'ok' }));
} catch (e) {
  console.log(JSON.stringify({ error: String(e && e.message || e) }));
  process.exit(1);
}
