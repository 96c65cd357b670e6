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

// The live-origins panel: shown only when the API answers /api/v1/admin/origins (the live profile).
// Without the profile the route is a 404 and the panel stays hidden; from an origin the API does not
// allow, the browser hides the answer (a CORS error) and the panel stays hidden too.
(() => {
  const config = window.SAMPLE_CONFIG;
  const api = `${location.protocol}//${location.hostname}:${config.apiPort}`;
  const admin = `${api}/api/v1/admin/origins`;
  const headers = { Authorization: `Bearer ${config.token}`, 'Content-Type': 'application/json' };
  const panel = document.getElementById('live-origins');
  const message = document.getElementById('live-message');
  // the same page on the other loopback name: another origin to the browser
  const otherHost = (location.hostname === 'localhost') ? '127.0.0.1' : 'localhost';
  const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;

  async function call(method, url, body) {
    const response = await fetch(url, { method, headers, body: body && JSON.stringify(body) });
    return { status: response.status, body: await response.json().catch(() => ({})) };
  }

  function say(outcome, text) {
    message.dataset.outcome = outcome;
    message.textContent = text;
  }

  function button(label, action, onClick) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.dataset.action = action;
    element.addEventListener('click', onClick);
    return element;
  }

  function row(origin) {
    const tr = document.createElement('tr');
    tr.id = `live-row-${origin.id}`;
    tr.dataset.origin = origin.origin;
    tr.dataset.enabled = String(origin.enabled);
    tr.innerHTML = '<td></td><td></td><td><code></code></td><td></td><td class="actions"></td>';
    const cells = tr.querySelectorAll('td');
    cells[0].textContent = origin.id;
    cells[1].textContent = origin.kind + (origin.mapping ? ` (${origin.mapping})` : '');
    cells[2].firstChild.textContent = origin.origin;
    cells[3].textContent = origin.enabled ? 'allowed' : 'disabled';
    cells[4].append(
      button(origin.enabled ? 'Disable' : 'Enable', origin.enabled ? 'disable' : 'enable',
        () => write('PATCH', `${admin}/${origin.id}`, { enabled: !origin.enabled })),
      button('Delete', 'delete', () => write('DELETE', `${admin}/${origin.id}`)));
    return tr;
  }

  async function load() {
    const { status, body } = await call('GET', admin);
    if (status !== 200) {
      return false;
    }
    document.getElementById('live-rows').replaceChildren(...body.origins.map(row));
    document.getElementById('live-interval').textContent = `${body.refreshIntervalMillis / 1000} s`;
    panel.dataset.version = String(body.snapshotVersion);
    return true;
  }

  async function write(method, url, body) {
    say('running', `${method} ${url}...`);
    try {
      const { status, body: answer } = await call(method, url, body);
      if (status >= 400) {
        const reasons = (answer.problems || []).map((p) => `'${p.value}' ${p.problem}; fix: ${p.fix}`);
        say('refused', `HTTP ${status}: ${reasons.length ? reasons.join(' · ') : answer.detail}`);
        return;
      }
      const warnings = (answer.warnings || []).map((w) => ` · warning: '${w.value}' ${w.problem}`).join('');
      say('applied', `HTTP ${status}: ${answer.origin.origin} ${method === 'DELETE' ? 'deleted' : 'saved'};`
        + ` refresh ${answer.refresh.outcome}, snapshot version ${answer.refresh.version} serves${warnings}`);
      await load();
    } catch (error) {
      say('cors-error', `CORS error: the browser blocked the response (${error.name}: ${error.message})`);
    }
  }

  document.getElementById('live-add').addEventListener('submit', (event) => {
    event.preventDefault();
    write('POST', admin, {
      origin: document.getElementById('live-origin').value,
      kind: document.getElementById('live-kind').value,
    });
  });

  (async () => {
    try {
      panel.hidden = !(await load());
    } catch (error) {
      panel.hidden = true; // a CORS error: this origin may not read the admin API
    }
    const link = document.getElementById('live-other-link');
    link.href = `${otherOrigin}/`;
    link.textContent = `${otherOrigin}/`;
    document.getElementById('live-origin').value = otherOrigin;
    panel.dataset.loaded = 'true';
  })();
})();
