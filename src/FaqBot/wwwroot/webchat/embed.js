// Drop-in widget for other sites: <script src="https://<bot host>/webchat/embed.js" defer></script>
// adds a chat button that opens the bot's page in an iframe. The page runs on the bot's origin, so
// the host site needs no CORS setup; the bot must list the site in WebChat:EmbedOrigins.
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var title = script.getAttribute('data-title') || 'Ask FaqBot';

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = title;
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147483000;padding:12px 18px;border:0;' +
    'border-radius:24px;background:#0f6e6e;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;';

  var frame = document.createElement('iframe');
  frame.src = origin + '/';
  frame.title = title;
  frame.style.cssText = 'position:fixed;right:20px;bottom:76px;z-index:2147483000;width:380px;height:600px;' +
    'max-width:calc(100vw - 40px);max-height:calc(100vh - 100px);border:1px solid #ccc;border-radius:8px;' +
    'box-shadow:0 4px 24px rgba(0,0,0,.2);display:none;background:#fff;';

  button.addEventListener('click', function () {
    var open = frame.style.display === 'none';
    frame.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
