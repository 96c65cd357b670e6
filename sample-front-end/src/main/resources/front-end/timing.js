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

// The Resource Timing panel: one cross-origin call, then what performance.getEntriesByName(url)
// reports for it. Without Timing-Allow-Origin naming this page's origin (or '*'), the browser zeroes
// the phases of a cross-origin entry (DNS, connection, request, first byte); only start, end and
// duration stay. The sample API sends it with cors.timing-allow-origin=true.
(() => {
  const config = window.SAMPLE_CONFIG;
  const apiOrigin = `${location.protocol}//${location.hostname}:${config.apiPort}`;
  const fields = ['domainLookupStart', 'connectStart', 'requestStart', 'responseStart', 'responseEnd'];
  const result = document.getElementById('timing-result');

  // the entry is queued once the body has arrived, sometimes a moment after fetch() resolves
  async function entryFor(url) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const entries = performance.getEntriesByName(url);
      if (entries.length > 0) {
        return entries[entries.length - 1];
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  }

  function show(entry) {
    const detailed = entry.requestStart > 0;
    const rows = fields.map((name) => [name, entry[name]]);
    rows.push(['responseStart - requestStart', entry.responseStart - entry.requestStart]);
    rows.push(['duration', entry.duration]);
    document.getElementById('timing-rows').replaceChildren(...rows.map(([name, value]) => {
      const tr = document.createElement('tr');
      tr.innerHTML = '<td><code></code></td><td></td>';
      tr.querySelector('code').textContent = name;
      tr.cells[1].textContent = `${value.toFixed(1)} ms`;
      tr.cells[1].dataset.field = name;
      return tr;
    }));
    result.dataset.detailed = String(detailed);
    result.dataset.requestStart = String(entry.requestStart);
    result.textContent = detailed
      ? 'Detailed timing: the API answered with Timing-Allow-Origin for this origin.'
      : 'Coarse timing only: the phases are zero, as without Timing-Allow-Origin for this origin.';
  }

  async function measure() {
    const url = `${apiOrigin}/api/public/ping?timing=${Date.now()}`;
    result.dataset.detailed = '';
    result.textContent = 'measuring...';
    try {
      const response = await fetch(url, { credentials: 'include' });
      await response.text();
    } catch (error) {
      result.dataset.detailed = 'cors-error';
      result.textContent = `CORS error: the browser blocked the response (${error.name}: ${error.message})`;
      return;
    }
    const entry = await entryFor(url);
    if (entry === null) {
      result.dataset.detailed = 'no-entry';
      result.textContent = 'No Resource Timing entry for the call.';
      return;
    }
    show(entry);
  }

  document.getElementById('timing-run').addEventListener('click', measure);
})();
