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

// The live balance, from the API's two WebSocket endpoints: the plain feed at /ws and the same feed
// over STOMP at /stomp. The browser sends the page's Origin on each handshake (and cannot send an
// Authorization header); the API's CORS policy accepts the origin or answers 403. A script never sees
// that status: the connection fails and closes with code 1006, and the browser's console names the
// response code.
(() => {
  const config = window.SAMPLE_CONFIG;
  const base = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.hostname}:${config.apiPort}`;

  function show(id, state, text) {
    document.getElementById(id).dataset.state = state;
    document.getElementById(`${id}-state`).textContent = text;
  }

  function showBalance(id, json) {
    const update = JSON.parse(json);
    const cell = document.getElementById(`${id}-balance`);
    cell.dataset.balance = String(update.balance);
    cell.dataset.sequence = String(update.sequence);
    cell.textContent = `${update.balance} ${update.currency} (update ${update.sequence})`;
  }

  function watchClose(socket, id, opened) {
    socket.addEventListener('close', (event) => {
      if (!opened()) {
        show(id, 'refused', `refused: the handshake failed (close code ${event.code}); the console shows the status`);
      } else if (document.getElementById(id).dataset.state !== 'error') {
        show(id, 'closed', `closed (code ${event.code})`);
      }
    });
  }

  function plainFeed() {
    const id = 'feed-ws';
    let opened = false;
    const socket = new WebSocket(`${base}/ws`);
    socket.addEventListener('open', () => {
      opened = true;
      show(id, 'open', `connected to ${base}/ws`);
    });
    socket.addEventListener('message', (event) => showBalance(id, event.data));
    watchClose(socket, id, () => opened);
  }

  // STOMP 1.2, the few frames this page needs: CONNECT, SUBSCRIBE; CONNECTED, MESSAGE, ERROR.
  function frame(command, headers) {
    const lines = Object.entries(headers).map(([name, value]) => `${name}:${value}`);
    return `${command}\n${lines.join('\n')}\n\n\0`;
  }

  function unescape(value) {
    return value.replace(/\\([\\nrc])/g, (_, c) => ({ '\\': '\\', n: '\n', r: '\r', c: ':' })[c]);
  }

  function parse(text) {
    const end = text.indexOf('\0');
    if (end < 0) {
      return null; // a heart-beat
    }
    const blank = text.indexOf('\n\n');
    const [command, ...lines] = text.slice(0, blank).replace(/^[\r\n]+/, '').split(/\r?\n/);
    const headers = {};
    lines.forEach((line) => {
      const colon = line.indexOf(':');
      const name = unescape(line.slice(0, colon));
      if (!(name in headers)) {
        headers[name] = (command === 'CONNECTED') ? line.slice(colon + 1) : unescape(line.slice(colon + 1));
      }
    });
    return { command, headers, body: text.slice(blank + 2, end) };
  }

  function stompFeed() {
    const id = 'feed-stomp';
    let opened = false;
    const socket = new WebSocket(`${base}/stomp`, ['v12.stomp']);
    socket.addEventListener('open', () => {
      opened = true;
      show(id, 'open', 'WebSocket open, STOMP CONNECT sent');
      socket.send(frame('CONNECT', { 'accept-version': '1.2', host: location.hostname, 'heart-beat': '0,0' }));
    });
    socket.addEventListener('message', (event) => {
      const received = parse(event.data);
      if (received === null) {
        return;
      }
      if (received.command === 'CONNECTED') {
        show(id, 'connected', `CONNECTED (STOMP ${received.headers.version}), SUBSCRIBE to /topic/balance sent`);
        socket.send(frame('SUBSCRIBE', { id: 'sub-0', destination: '/topic/balance' }));
      } else if (received.command === 'MESSAGE') {
        show(id, 'subscribed', `MESSAGE on ${received.headers.destination}`);
        showBalance(id, received.body);
      } else if (received.command === 'ERROR') {
        show(id, 'error', `ERROR: ${received.headers.message}`);
      }
    });
    watchClose(socket, id, () => opened);
  }

  plainFeed();
  stompFeed();
})();
