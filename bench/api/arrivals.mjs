// How a load generator spreads "a constant rate" in time (docs/ARCHITECTURE.md "The read's tail"): a sink HTTP
// server in this process records when each request arrives, loaded for 5 s at RATE (default 500) req/s, first by
// autocannon's `overallRate` over 50 connections (the former constant-rate rows of load.mjs), then by steady.mjs.
// Prints the share of requests in the busiest tenth of the 10 ms windows (an even spread puts 10 % there).
//   node bench/api/arrivals.mjs
import http from 'node:http';
import autocannon from 'autocannon';
import { steady } from './steady.mjs';

const rate = Number(process.env.RATE ?? 500);
const seconds = 5;

async function arrivals(load) {
  const times = [];
  const server = http.createServer((request, response) => { times.push(performance.now()); response.end('ok'); }).listen(0, '127.0.0.1');
  await new Promise((ready) => server.once('listening', ready));
  await load(`http://127.0.0.1:${server.address().port}`);
  server.close();
  const windows = new Map();
  for (const t of times) windows.set(Math.floor((t - times[0]) / 10), (windows.get(Math.floor((t - times[0]) / 10)) ?? 0) + 1);
  const counts = [...Array(seconds * 100).keys()].map((k) => windows.get(k) ?? 0).sort((a, b) => b - a);
  const busiest = counts.slice(0, counts.length / 10).reduce((a, b) => a + b, 0);
  return `${times.length} requests in ${seconds} s; busiest 10 % of the 10 ms windows carry ${(busiest / times.length * 100).toFixed(0)} % of them; ` +
    `busiest window ${counts[0]} (an even rate puts ${rate / 100}); empty windows ${counts.filter((c) => c === 0).length} of ${counts.length}`;
}

const s = { path: () => '/' };
console.log(`autocannon overallRate ${rate}, 50 connections: ${await arrivals((url) => autocannon({ url, duration: seconds, connections: 50, overallRate: rate }))}`);
console.log(`steady.mjs at ${rate} req/s:                 ${await arrivals((url) => steady(url, s, { rate, seconds, warmup: 0 }))}`);
