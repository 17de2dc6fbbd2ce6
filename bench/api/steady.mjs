// Load at a truly constant rate, for the "at N req/s" rows of load.mjs: one request every 1/rate s, whatever the
// answers before it (open loop), each on a keep-alive connection of a pool that grows as needed, and its latency taken
// from the moment it was due, so that a slow server or a late generator both show. autocannon's `overallRate`
// is not that: each connection sends its share of a second back to back at the start of the second, then waits
// (docs/ARCHITECTURE.md "The read's tail": 92 % of the requests in 10 % of the time).
import http from 'node:http';

export async function steady(base, s, { rate, seconds, warmup = 2 }) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const latencies = [];
  let bad = 0;
  const cpu = process.cpuUsage();
  const start = performance.now() + 5;
  const total = Math.round(rate * (warmup + seconds));
  const counted = Math.round(rate * warmup);
  let sent = 0;
  let settled = 0;
  let last = 0;
  await new Promise((done) => {
    const settle = (index, due, ok) => {
      if (index >= counted) {
        last = performance.now();
        if (ok) latencies.push(last - due); else bad++;
      }
      if (++settled === total) done();
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * 1000 / rate <= now) {
        const index = sent++;
        const due = start + index * 1000 / rate;
        const request = http.request({ host: url.hostname, port: url.port, path: s.path(), method: s.method ?? 'GET', headers: s.headers ?? {}, agent }, (response) => {
          response.resume();
          response.on('end', () => settle(index, due, response.statusCode < 300));
        });
        request.on('error', () => settle(index, due, false));
        request.end(s.body ? s.body() : undefined);
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  agent.destroy();
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const at = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN);
  const rps = latencies.length / ((last - (start + warmup * 1000)) / 1000);
  return { rps, p50: at(0.5), p99: at(0.99), bad, generatorCpu: (used.user + used.system) / 1e6 };
}
