/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
'use strict';

const config = window.SAMPLE_CONFIG;
const api = `${location.protocol}//${location.hostname}:${config.apiPort}`;
const bearer = { Authorization: `Bearer ${config.token}` };

const scenarios = [
  {
    id: 'credentialed-get',
    title: 'Credentialed GET with a token',
    request: 'GET /api/v1/credits/balance, Authorization + X-Request-ID, credentials: include',
    expect: 'readable 200 with exposed ETag and X-Request-ID (preflighted)',
    send: () => fetch(`${api}/api/v1/credits/balance`, {
      credentials: 'include',
      headers: { ...bearer, 'X-Request-ID': `demo-${Date.now()}` },
    }),
  },
  {
    id: 'no-token',
    title: 'GET without a token',
    request: 'GET /api/v1/jobs/overview, credentials: include',
    expect: 'readable 401, not a CORS error',
    send: () => fetch(`${api}/api/v1/jobs/overview`, { credentials: 'include' }),
  },
  {
    id: 'wrong-token',
    title: 'GET with a wrong token',
    request: 'GET /api/v1/users/me/profiles, Authorization: Bearer wrong',
    expect: 'readable 401, not a CORS error',
    send: () => fetch(`${api}/api/v1/users/me/profiles`, {
      credentials: 'include',
      headers: { Authorization: 'Bearer wrong' },
    }),
  },
  {
    id: 'post-json',
    title: 'POST JSON with a custom header',
    request: 'POST /dashboard/update-profile, Content-Type: application/json, X-Request-ID',
    expect: 'readable 200 (preflighted)',
    send: () => fetch(`${api}/dashboard/update-profile`, {
      method: 'POST',
      credentials: 'include',
      headers: { ...bearer, 'Content-Type': 'application/json', 'X-Request-ID': `demo-post-${Date.now()}` },
      body: JSON.stringify({ displayName: 'Ada', theme: 'dark' }),
    }),
  },
  {
    id: 'server-error',
    title: 'A route that fails',
    request: 'GET /api/v1/fail',
    expect: 'readable 500, not a CORS error',
    send: () => fetch(`${api}/api/v1/fail`, { credentials: 'include' }),
  },
  {
    id: 'disallowed-header',
    title: 'A header the policy does not allow',
    request: 'GET /api/v1/credits/balance, X-Debug-Mode: on',
    expect: 'CORS error: the preflight is rejected',
    send: () => fetch(`${api}/api/v1/credits/balance`, {
      credentials: 'include',
      headers: { ...bearer, 'X-Debug-Mode': 'on' },
    }),
  },
  {
    id: 'public-ping',
    title: 'Public route',
    request: 'GET /api/public/ping',
    expect: 'readable 200, body pong',
    send: () => fetch(`${api}/api/public/ping`),
  },
];

function row(scenario) {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td><strong></strong><br><small></small></td><td><code></code></td>
    <td class="result" id="result-${scenario.id}" data-outcome="pending">not run yet</td>
    <td><button type="button">Run</button></td>`;
  tr.querySelector('strong').textContent = scenario.title;
  tr.querySelector('small').textContent = `expected: ${scenario.expect}`;
  tr.querySelector('code').textContent = scenario.request;
  tr.querySelector('button').addEventListener('click', () => run(scenario));
  return tr;
}

async function run(scenario) {
  const cell = document.getElementById(`result-${scenario.id}`);
  cell.dataset.outcome = 'running';
  cell.textContent = 'running...';
  try {
    const response = await scenario.send();
    const exposed = ['ETag', 'X-Request-ID']
      .map((name) => [name, response.headers.get(name)])
      .filter(([, value]) => value !== null);
    const body = (await response.text()).slice(0, 80);
    cell.dataset.outcome = response.ok ? 'ok' : 'http-error';
    cell.dataset.status = String(response.status);
    cell.dataset.exposed = exposed.map(([name]) => name).join(',');
    cell.textContent = `HTTP ${response.status}`
      + exposed.map(([name, value]) => ` · ${name}: ${value}`).join('')
      + (body ? ` · body: ${body}` : '');
  } catch (error) {
    // fetch rejects with a TypeError, and nothing else, when CORS blocks the response
    cell.dataset.outcome = 'cors-error';
    cell.dataset.status = '';
    cell.textContent = `CORS error: the browser blocked the response (${error.name}: ${error.message})`;
  }
}

document.getElementById('page-origin').textContent = location.origin;
document.getElementById('api-origin').textContent = api;
const tbody = document.getElementById('scenarios');
scenarios.forEach((scenario) => tbody.appendChild(row(scenario)));
document.getElementById('run-all').addEventListener('click', async () => {
  for (const scenario of scenarios) {
    await run(scenario);
  }
  document.body.dataset.finished = 'true';
});
