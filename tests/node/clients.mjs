// The npm SDKs as an unmodified app uses them: no proxy, CA or base URL in the code; only the
// environment (the output of `sovereign env --runtime node`) puts them through the proxy.
//
//   node clients.mjs CASES.json     CASES: [{"id", "sdk": openai|anthropic|gemini, "stream",
//                                            "prompt", "base_url"?}]
// prints one JSON line per case: {"id", "ok": true, "text"} or {"id", "ok": false, "error":
// {"name", "status", "message", "code"}}, then {"lookups": [...]}: the host names this process
// tried to resolve itself. Through a proxy at an IP address Node resolves no name at all; a
// name here means a request went to the network directly. Such a lookup is answered ENOTFOUND
// on the spot, so a bypassing request fails here instead of reaching the internet.
import dns from 'node:dns';
import { readFileSync } from 'node:fs';

import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';

const lookups = [];
const realLookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  if (hostname === 'localhost') return realLookup.call(dns, hostname, options, callback);
  lookups.push(hostname);
  const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`),
    { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname });
  process.nextTick(cb, err);
  return {};
};

const KEYS = {
  openai: 'sk-test-client-key-0123456789abcdef',
  anthropic: 'sk-ant-test-client-key-0123456789',
  gemini: 'AIzaSyTestClientKey0123456789abcdefghijk',
};
const SYSTEM = 'You are terse.';

async function askOpenAI(c) {
  const client = new OpenAI({ apiKey: KEYS.openai, maxRetries: 0, timeout: 30000,
    ...(c.base_url ? { baseURL: c.base_url } : {}) });
  const messages = [{ role: 'system', content: SYSTEM }, { role: 'user', content: c.prompt }];
  if (!c.stream) {
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    return completion.choices[0].message.content ?? '';
  }
  let out = '';
  const stream = await client.chat.completions.create({ model: 'gpt-4o', messages, stream: true });
  for await (const chunk of stream) out += chunk.choices[0]?.delta?.content ?? '';
  return out;
}

async function askAnthropic(c) {
  const client = new Anthropic({ apiKey: KEYS.anthropic, maxRetries: 0, timeout: 30000 });
  const params = { model: 'claude-opus-4-7', max_tokens: 256, system: SYSTEM,
    messages: [{ role: 'user', content: c.prompt }] };
  if (!c.stream) {
    const message = await client.messages.create(params);
    return message.content.filter((b) => b.type === 'text').map((b) => b.text).join('');
  }
  let out = '';
  for await (const event of client.messages.stream(params)) {
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') out += event.delta.text;
  }
  return out;
}

async function askGemini(c) {
  const ai = new GoogleGenAI({ apiKey: KEYS.gemini,
    httpOptions: { timeout: 30000, retryOptions: { attempts: 1 } } });
  const params = { model: 'gemini-2.5-flash', contents: c.prompt,
    config: { systemInstruction: SYSTEM } };
  if (!c.stream) return (await ai.models.generateContent(params)).text ?? '';
  let out = '';
  for await (const chunk of await ai.models.generateContentStream(params)) out += chunk.text ?? '';
  return out;
}

const ASK = { openai: askOpenAI, anthropic: askAnthropic, gemini: askGemini };

function describe(err) {
  let cause = err;
  while (cause && cause.cause && !cause.code) cause = cause.cause;
  return { name: err?.constructor?.name ?? 'Error', status: err?.status ?? null,
    message: String(err?.message ?? err), code: cause?.code ?? null };
}

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const c of cases) {
  try {
    const text = await ASK[c.sdk](c);
    console.log(JSON.stringify({ id: c.id, ok: true, text }));
  } catch (err) {
    console.log(JSON.stringify({ id: c.id, ok: false, error: describe(err) }));
  }
}
console.log(JSON.stringify({ lookups }));
