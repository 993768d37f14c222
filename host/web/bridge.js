// The web host's stand-in for the Electron preload: builds the same `window.lawdrill`
// object (one method per channel) over fetch. Served as a classic script; the server fills
// in the channel list. The token arrives once in the URL fragment (never sent to the server
// in a URL, never in logs) and is kept in this origin's localStorage: the host keeps the same
// token and port across restarts, so a bookmark or a new tab of 127.0.0.1:<port> works.
(function installLawdrillBridge(channels) {
  var KEY = 'lawdrill.token';
  var match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    localStorage.setItem(KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  var token = localStorage.getItem(KEY) || '';
  var api = {};
  channels.forEach(function (channel) {
    api[channel] = function (arg) {
      return fetch('/api/' + channel, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify(arg === undefined ? {} : arg),
      })
        .then(function (res) { return res.json(); })
        .catch(function (e) {
          return { ok: false, error: { code: 'host.unreachable', message: String(e) } };
        });
    };
  });
  Object.defineProperty(window, 'lawdrill', { value: Object.freeze(api) });
})(/*CHANNELS*/ []);
