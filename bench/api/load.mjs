// Load driver of bench/api/run.sh (README "Operate: throughput"): runs every scenario against one running server,
// one after the other — saturated (32 connections), at a constant rate (steady.mjs: evenly spaced, open loop) and one
// request at a time for the reads —
// and prints req/s, p50, p99, non-2xx answers and the CPU used (whole machine, and the server process), so that a
// figure is always read beside /health/live of the same run.
// Environment: BASE (http://127.0.0.1:PORT), TOKEN (bearer), IDS (file of case ids, one a line), APP_PID,
// SECONDS_EACH (default 15), RATE (constant rate of the "at rate" rows, default 500), WARMUP_SECONDS (each scenario's
// unmeasured load before its rows, default 15).
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { scenarios as requests, setup } from './scenarios.mjs';
import { steady } from './steady.mjs';

const base = process.env.BASE;
const token = process.env.TOKEN;
const ids = readFileSync(process.env.IDS, 'utf8').split('\n').filter(Boolean);
const appPid = process.env.APP_PID;
const duration = Number(process.env.SECONDS_EACH ?? 15);
const rate = Number(process.env.RATE ?? 500);
const warmup = Number(process.env.WARMUP_SECONDS ?? 15);
const scenarios = Object.values(requests(ids, token, 'Bench'));

function cpu() {
  const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = f.map(Number);
  const idle = n[3] + n[4];
  const total = n.reduce((a, b) => a + b, 0);
  let app = 0;
  if (appPid) {
    const stat = readFileSync(`/proc/${appPid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    app = Number(rest[11]) + Number(rest[12]);
  }
  return { idle, total, app, at: process.hrtime.bigint() };
}

function usage(before, after) {
  const seconds = Number(after.at - before.at) / 1e9;
  const ticks = 100; // USER_HZ
  const cores = 1 - (after.idle - before.idle) / (after.total - before.total);
  return { seconds, machine: cores * 100, app: (after.app - before.app) / ticks / seconds };
}

async function run(s, opts) {
  const before = cpu();
  const result = await autocannon({
    url: base, duration, ...opts,
    requests: [{
      method: s.method ?? 'GET',
      setupRequest: setup(s),
    }],
  });
  const { machine, app } = usage(before, cpu());
  return {
    rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts, machine, app,
  };
}

// The constant-rate row: its CPU figures cover the measured seconds and the warm-up before them, its req/s the
// answers of the measured seconds over the time they took. The generator's own CPU is printed apart: on 2 cores it is part of what the server competes with.
async function runSteady(s) {
  const before = cpu();
  const result = await steady(base, s, { rate, seconds: duration });
  const { seconds, machine, app } = usage(before, cpu());
  generators.push(`${s.name}: ${(result.generatorCpu / seconds * 100).toFixed(0)}% of a core`);
  return { rps: result.rps, p50: result.p50, p99: result.p99, bad: result.bad, machine, app };
}

const generators = [];

const rows = [];
for (const s of scenarios) {
  // Warm-up, so the measured seconds do not carry the JIT or the connection pool's growth. Tiered compilation keeps
  // recompiling a create's hot methods for ~15 s of load (perf map: ~3,800 methods compiled during the 3,000 creates
  // that follow 1,500), so a short warm-up charged start-up work to the steady state.
  await autocannon({ url: base, duration: warmup, connections: 8, requests: [{ setupRequest: setup(s) }] });
  rows.push({ name: `${s.name}, saturation (32 connections)`, base: s.name, ...(await run(s, { connections: 32 })) });
  if (s.method !== 'POST') {
    rows.push({ name: `${s.name}, at ${rate} req/s`, base: s.name, rated: true, ...(await runSteady(s)) });
    // One request at a time: the latency of a lone request, the floor under the loaded rows' percentiles.
    rows.push({ name: `${s.name}, one at a time (1 connection)`, base: s.name, rated: true, ...(await run(s, { connections: 1 })) });
  }
}

const live = rows.find((r) => r.base === 'health/live' && !r.rated);
const pad = (v, n) => String(v).padStart(n);
console.log(`\n${'scenario'.padEnd(42)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('non-2xx', 9)}${pad('machine', 9)}${pad('app', 7)}${pad('vs live', 9)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(42)}${pad(r.rps.toFixed(0), 9)}${pad(r.p50, 8)}${pad(r.p99, 8)}${pad(r.bad, 9)}${pad(r.machine.toFixed(0) + '%', 9)}${pad(r.app.toFixed(2), 7)}${pad(r.rated ? '' : (live.rps / r.rps).toFixed(1) + '×', 9)}`);
}
console.log(`\nconstant-rate load generator (steady.mjs) used: ${generators.join('; ')}`);
console.log(`\nmachine: CPU of the whole machine (100% = both cores); app: cores used by the Passerelle process; vs live: how many times /health/live's saturated rate.`);
