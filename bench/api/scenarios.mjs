// The requests of the API benches (load.mjs, cost.mjs), one definition for both: /health/live, a case read, a page
// of the case list and a case create (a new fictional case each time, named after `label`).
export function scenarios(ids, token, label) {
  const auth = { authorization: `Bearer ${token}` };
  const pick = () => ids[Math.floor(Math.random() * ids.length)];
  let created = 0;
  const body = () => JSON.stringify({
    pseudonym: `${label} ${++created}`, sex: 'female', birthYear: 1990 + (created % 20), ageDisputed: false,
    nationality: 'NG', exploitationForms: ['forced-labour'], departement: '93',
    detectedOn: new Date().toISOString().slice(0, 10), legalName: `Fictive ${label} ${created}`,
  });
  return {
    live: { name: 'health/live', path: () => '/health/live' },
    read: { name: 'case read', path: () => `/api/v1/cases/${pick()}`, headers: auth },
    list: { name: 'case list', path: () => `/api/v1/cases?page=${1 + Math.floor(Math.random() * 20)}&pageSize=20`, headers: auth },
    create: { name: 'case create', method: 'POST', path: () => '/api/v1/cases', headers: { ...auth, 'content-type': 'application/json' }, body },
  };
}

// autocannon's setupRequest for a scenario: a new path (and body) for every request.
export const setup = (s) => (r) => ({ ...r, method: s.method ?? 'GET', path: s.path(), headers: s.headers ?? {}, body: s.body ? s.body() : undefined });
