// Cost per request (bench/api/cost.mjs): sends AMOUNT requests of one scenario (read, list, create) with CONNECTIONS
// connections and prints the CPU milliseconds spent per request by the Passerelle process (APP_PID) and by the
// PostgreSQL cluster (the processes of PG_PIDS, e.g. `pgrep -d, -f "postgres.*$cluster"`), which unlike req/s is
// robust to other load on the machine. Environment as load.mjs, plus SCENARIO, AMOUNT (default 2000), CONNECTIONS (8).
import autocannon from 'autocannon';
import { readFileSync, readdirSync } from 'node:fs';
import { scenarios as requests, setup } from './scenarios.mjs';

const base = process.env.BASE;
const ids = readFileSync(process.env.IDS, 'utf8').split('\n').filter(Boolean);
const amount = Number(process.env.AMOUNT ?? 2000);
const connections = Number(process.env.CONNECTIONS ?? 8);
const scenarios = requests(ids, process.env.TOKEN, 'Cost');
const s = scenarios[process.env.SCENARIO ?? 'read'];

// Every postgres process of the cluster, including the backends started during the run.
const pgRoot = process.env.PG_POSTMASTER;
function ticks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), t: Number(rest[11]) + Number(rest[12]) };
  } catch { return null; }
}
function pgTicks() {
  if (!pgRoot) return 0;
  let sum = ticks(pgRoot)?.t ?? 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const x = ticks(d);
    if (x && String(x.ppid) === pgRoot) sum += x.t;
  }
  return sum;
}
const run = (n, c) => autocannon({
  url: base, amount: n, connections: c,
  requests: [{ setupRequest: setup(s) }],
});
await run(Math.min(500, amount), 4);
const app0 = ticks(process.env.APP_PID).t; const pg0 = pgTicks(); const t0 = process.hrtime.bigint();
const r = await run(amount, connections);
const app1 = ticks(process.env.APP_PID).t; const pg1 = pgTicks(); const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const done = r.requests.total;
console.log(`${process.env.SCENARIO ?? 'read'}: ${done} requests (${r.non2xx} non-2xx) in ${secs.toFixed(1)} s, ${(done / secs).toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms; ` +
  `CPU per request: app ${((app1 - app0) * 10 / done).toFixed(2)} ms, PostgreSQL ${((pg1 - pg0) * 10 / done).toFixed(2)} ms`);
